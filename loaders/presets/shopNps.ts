/** NPS survey export → feedback (kind survey); 推荐意愿 0–10 → nps, 意见建议 → text. */
import { derivedId } from "./derivedId.ts";
import { feedbackText } from "./feedbackText.ts";
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { ratingValue } from "./ratingValue.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["提交时间", "推荐意愿"];
const OPTIONAL = ["买家会员名", "意见建议"];

function mapShopNps(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const nick = r.text("买家会员名");
  if (nick) ctx.rememberPersonal(nick);
  const customerId = nick ? ctx.pseudonymize(nick) : null;
  const createdAt = r.time("提交时间");
  return [
    tableRow("feedback", {
      feedback_id: derivedId(ctx, "nps", [customerId, createdAt]),
      kind: "survey",
      created_at: createdAt,
      customer_id: customerId,
      nps: ratingValue(r, "推荐意愿", 0, 10),
      ...feedbackText(r.text("意见建议"), ctx)
    })
  ];
}

export const shopNps: Preset = {
  id: "shop-nps",
  label: { en: "NPS survey answers", zh: "NPS 问卷" },
  tables: ["feedback"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapShopNps
};
