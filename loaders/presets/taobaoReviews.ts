/**
 * Taobao 评价管理 export → feedback (kind review). The follow-up review (追评) is appended to the
 * first one, so one purchase is one feedback item; feedback_id = 订单编号-宝贝ID.
 */
import { feedbackText } from "./feedbackText.ts";
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { ratingValue } from "./ratingValue.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["评价时间", "订单编号", "宝贝ID", "评价内容"];
const OPTIONAL = ["买家会员名", "评分", "追评内容"];

function mapTaobaoReview(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const orderId = r.required("订单编号");
  const productId = r.required("宝贝ID");
  const nick = r.text("买家会员名");
  if (nick) ctx.rememberPersonal(nick);
  const first = r.text("评价内容") ?? "";
  const followUp = r.text("追评内容");
  const combined = followUp ? `${first} 追评：${followUp}`.trim() : first;
  return [
    tableRow("feedback", {
      feedback_id: `${orderId}-${productId}`,
      kind: "review",
      created_at: r.time("评价时间"),
      customer_id: nick ? ctx.pseudonymize(nick) : null,
      order_id: orderId,
      product_id: productId,
      rating: ratingValue(r, "评分", 1, 5),
      ...feedbackText(combined, ctx)
    })
  ];
}

export const taobaoReviews: Preset = {
  id: "taobao-reviews",
  label: { en: "Taobao reviews (评价管理)", zh: "淘宝 评价管理" },
  tables: ["feedback"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapTaobaoReview
};
