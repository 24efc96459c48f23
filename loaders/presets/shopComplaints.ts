/**
 * Shop complaints export → feedback (kind complaint). The complaint type is kept as a prefix of
 * the text (`物流：…`): feedback has no type column, and topic models should see it.
 */
import { derivedId } from "./derivedId.ts";
import { feedbackText } from "./feedbackText.ts";
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["创建时间", "投诉内容"];
const OPTIONAL = ["订单编号", "买家会员名", "投诉类型"];

function mapShopComplaint(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const nick = r.text("买家会员名");
  if (nick) ctx.rememberPersonal(nick);
  const customerId = nick ? ctx.pseudonymize(nick) : null;
  const orderId = r.text("订单编号");
  const createdAt = r.time("创建时间");
  const type = r.text("投诉类型");
  const content = r.text("投诉内容");
  const text = type && content ? `${type}：${content}` : (content ?? type);
  return [
    tableRow("feedback", {
      feedback_id: derivedId(ctx, "complaint", [orderId ?? customerId, createdAt]),
      kind: "complaint",
      created_at: createdAt,
      customer_id: customerId,
      order_id: orderId,
      ...feedbackText(text, ctx)
    })
  ];
}

export const shopComplaints: Preset = {
  id: "shop-complaints",
  label: { en: "Shop complaints", zh: "店铺投诉记录" },
  tables: ["feedback"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapShopComplaint
};
