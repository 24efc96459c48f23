/** Site-search log → searches; visitor pseudonymised, query masked, 是否点击 是/否/1/0/true/false. */
import { headerScore } from "./headerScore.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["搜索时间", "搜索词"];
const OPTIONAL = ["访客ID", "会话ID", "结果数", "是否点击"];

function mapShopSearch(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const searchedAt = r.time("搜索时间");
  if (searchedAt === null) throw new RowError("missing_value", "搜索时间 is empty");
  const visitor = r.text("访客ID");
  return [
    tableRow("searches", {
      searched_at: searchedAt,
      visitor_id: visitor ? ctx.pseudonymize(visitor) : null,
      session_id: r.text("会话ID"),
      query: ctx.mask(r.required("搜索词")),
      results_count: r.integer("结果数"),
      clicked: r.flag("是否点击")
    })
  ];
}

export const shopSearchLog: Preset = {
  id: "shop-search-log",
  label: { en: "Site-search log", zh: "站内搜索日志" },
  tables: ["searches"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapShopSearch
};
