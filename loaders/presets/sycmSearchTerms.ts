/** 生意参谋 引流搜索词 (search terms that brought visitors) daily export → search_terms_daily, terms masked. */
import { headerScore } from "./headerScore.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { sycmDay } from "./sycmDay.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["统计日期", "搜索词", "访客数"];
const OPTIONAL = ["支付买家数", "支付金额", "支付转化率"];

function mapSycmSearchTerm(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const term = ctx.mask(r.required("搜索词")).trim();
  if (term === "") throw new RowError("missing_value", "搜索词 is empty after masking");
  return [
    tableRow("search_terms_daily", {
      date: sycmDay(r, ctx),
      term,
      visitors: r.integer("访客数"),
      paying_buyers: r.integer("支付买家数"),
      paid_amount: r.number("支付金额"),
      currency: "CNY"
    })
  ];
}

export const sycmSearchTerms: Preset = {
  id: "sycm-search-terms",
  label: { en: "Business Advisor search terms (生意参谋)", zh: "生意参谋 引流搜索词" },
  tables: ["search_terms_daily"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  defaultCurrency: "CNY",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapSycmSearchTerm
};
