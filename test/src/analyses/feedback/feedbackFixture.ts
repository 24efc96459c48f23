/**
 * The feedback fixture every feedback test reads, worked by hand. Range under test: 2024-05-01 …
 * 2024-06-30 (61 days; the previous range of equal length is 2024-03-01 … 2024-04-30).
 *
 * Products (catalogue): p1 apparel/Acme, p2 apparel/Bloom, p3 beauty/Acme. p4 is not in it.
 * Orders (purchase = paid and not cancelled; lines):
 *   o1 05-03 paid          p1                o6 06-05 paid, refunded (still a purchase)  p1
 *   o2 05-10 paid          p3, p2*           o7 04-15 paid (before the range)            p1
 *   o3 05-20 cancelled     p1                o8 05-31 23:59:59 paid                      p2
 *   o4 05-25 unpaid        p1                o9 06-10 paid                               pX**
 *   o5 05-28 paid in USD   p3
 *   * the line itself says apparel-old / Bloom-old: products wins for a catalogued product.
 *   ** pX is not in the catalogue: the line's own beauty / Bloom is used.
 *   Purchases placed in May: o1 o2 o5 o8 = 4; in June: o6 o9 = 2; in July: none.
 *
 * Feedback (— = no text, hence no feedback_scores row); score rows: sentiment, score, scored_by, aspects:
 *   id  kind       created_at           about  ★  nps text                  sentiment  score  by       aspects
 *   f01 review     05-02 10:00          p1     5      物流很快，质量很好     positive   0.95   rating   logistics|quality
 *   f02 review     05-05 09:00          p2     1      质量太差，掉色严重     negative   0.05   rating   quality
 *   f03 review     05-08 12:00          p3     3      效果一般               neutral    0.45   rating   effect
 *   f04 review     05-12 08:00          p4     4      —
 *   f05 complaint  05-15 14:00          o2            快递太慢，客服不回复   negative   0.10   model    logistics|service
 *   f06 survey     05-20 11:00                    9   价格实惠               positive   0.80   model    price
 *   f07 survey     05-21 11:00                    6   —
 *   f08 chat       05-31 23:59:59       p1            请问什么时候发货       neutral    0.50   lexicon  logistics
 *   f09 review     06-01 00:00:00       p1     2      尺码偏小，质量一般     negative   0.95   rating   size|quality
 *   f10 review     06-03 10:00          p3     5      好评                   positive   0.70   rating   (none)
 *   f11 complaint  06-05 10:00          o1            包装破损               negative   0.02   model    packaging
 *   f12 survey     06-10 10:00                    7   还行吧，一般般         neutral    0.55   model    (none)
 *   f13 survey     06-11 10:00                    8   —
 *   f14 survey     06-12 10:00                    10  服务很好，物流也快     positive   0.90   model    service|logistics
 *   f15 chat       06-15 10:00          p2            颜色和图片不一样       negative   0.20   lexicon  appearance
 *   f16 complaint  06-20 10:00          o9            质量有问题             negative   0.15   model    quality
 *   f17 survey     06-25 10:00                    0   —
 *   f18 survey     06-28 10:00                    9   —
 *   f19 complaint  06-30 23:00          (none)        —
 *   outside the range:
 *   x1 review     03-05 p3 ★5 效果很好 positive 0.90 effect     x4 review    04-25 p2 ★2 质量不好，尺码不对 negative 0.20 quality|size
 *   x2 review     04-10 p1 ★1 物流太慢 negative 0.10 logistics  x5 complaint 07-02 物流丢件 negative 0.05 logistics
 *   x3 complaint  04-20 o7 质量差 negative 0.08 quality         x6 review    no created_at, p1 ★5 质量很好 positive 0.90 quality
 *
 * In the range: 19 items, 13 scored, 6 without text (f04 f07 f13 f17 f18 f19).
 * An item's products: f01 f08 f09 p1 (apparel Acme); f02 f15 p2 (apparel Bloom); f03 f10 p3 (beauty
 * Acme); f04 p4 (unknown); f05 via o2 → (beauty Acme) and (apparel Bloom); f11 via o1 → (apparel
 * Acme); f16 via o9 → (beauty Bloom); the surveys and f19 none.
 */
import { fixtureDb, order } from "../../../helpers/fixtureDb.ts";
import type { FeedbackFilterOptions } from "../../../../src/analyses/feedback/feedbackFilter.ts";

const q = (v: string | number | null | undefined) => (v == null ? "NULL" : typeof v === "number" ? String(v) : `'${v}'`);

const fb = (
  id: string,
  kind: string,
  at: string | null,
  o: { product?: string; order?: string; rating?: number; nps?: number; text?: string } = {}
) =>
  `INSERT INTO feedback (feedback_id, kind, created_at, customer_id, order_id, product_id, rating, nps, text, lang)
   VALUES ('${id}', '${kind}', ${at === null ? "NULL" : `TIMESTAMP '2024-${at}'`}, 'c-${id}', ${q(o.order)}, ${q(o.product)},
   ${q(o.rating)}, ${q(o.nps)}, ${q(o.text)}, 'zh')`;

const sc = (id: string, sentiment: string, score: number, by: string, aspects: string, topic: number | null = null) =>
  `INSERT INTO feedback_scores VALUES ('${id}', '${sentiment}', ${score}, '${by}', '${aspects}', ${q(topic)}, ${topic === null ? "NULL" : 0.5})`;

const product = (id: string, category: string, brand: string) =>
  `INSERT INTO products (product_id, category, brand) VALUES ('${id}', '${category}', '${brand}')`;

const line = (orderId: string, n: number, productId: string, category: string | null = null, brand: string | null = null) =>
  `INSERT INTO order_items (order_id, line_no, product_id, category, brand, quantity) VALUES ('${orderId}', ${n}, '${productId}', ${q(category)}, ${q(brand)}, 1)`;

export const FEEDBACK_INSERTS = [
  product("p1", "apparel", "Acme"),
  product("p2", "apparel", "Bloom"),
  product("p3", "beauty", "Acme"),

  order({ id: "o1", ordered: "2024-05-03 10:00:00", paid: "2024-05-03 10:00:00" }),
  order({ id: "o2", ordered: "2024-05-10 10:00:00", paid: "2024-05-10 10:00:00" }),
  order({ id: "o3", ordered: "2024-05-20 10:00:00", paid: "2024-05-20 10:00:00", status: "cancelled" }),
  order({ id: "o4", ordered: "2024-05-25 10:00:00", status: "pending_payment" }),
  order({ id: "o5", ordered: "2024-05-28 10:00:00", paid: "2024-05-28 10:00:00", currency: "USD" }),
  order({ id: "o6", ordered: "2024-06-05 10:00:00", paid: "2024-06-05 10:00:00", status: "refunded", refund: 100 }),
  order({ id: "o7", ordered: "2024-04-15 10:00:00", paid: "2024-04-15 10:00:00" }),
  order({ id: "o8", ordered: "2024-05-31 23:59:59", paid: "2024-05-31 23:59:59" }),
  order({ id: "o9", ordered: "2024-06-10 10:00:00", paid: "2024-06-10 10:00:00" }),
  line("o1", 1, "p1"),
  line("o2", 1, "p3"),
  line("o2", 2, "p2", "apparel-old", "Bloom-old"),
  line("o3", 1, "p1"),
  line("o4", 1, "p1"),
  line("o5", 1, "p3"),
  line("o6", 1, "p1"),
  line("o7", 1, "p1"),
  line("o8", 1, "p2"),
  line("o9", 1, "pX", "beauty", "Bloom"),

  fb("f01", "review", "05-02 10:00:00", { product: "p1", rating: 5, text: "物流很快，质量很好" }),
  fb("f02", "review", "05-05 09:00:00", { product: "p2", rating: 1, text: "质量太差，掉色严重" }),
  fb("f03", "review", "05-08 12:00:00", { product: "p3", rating: 3, text: "效果一般" }),
  fb("f04", "review", "05-12 08:00:00", { product: "p4", rating: 4 }),
  fb("f05", "complaint", "05-15 14:00:00", { order: "o2", text: "快递太慢，客服不回复" }),
  fb("f06", "survey", "05-20 11:00:00", { nps: 9, text: "价格实惠" }),
  fb("f07", "survey", "05-21 11:00:00", { nps: 6 }),
  fb("f08", "chat", "05-31 23:59:59", { product: "p1", text: "请问什么时候发货" }),
  fb("f09", "review", "06-01 00:00:00", { product: "p1", rating: 2, text: "尺码偏小，质量一般" }),
  fb("f10", "review", "06-03 10:00:00", { product: "p3", rating: 5, text: "好评" }),
  fb("f11", "complaint", "06-05 10:00:00", { order: "o1", text: "包装破损" }),
  fb("f12", "survey", "06-10 10:00:00", { nps: 7, text: "还行吧，一般般" }),
  fb("f13", "survey", "06-11 10:00:00", { nps: 8 }),
  fb("f14", "survey", "06-12 10:00:00", { nps: 10, text: "服务很好，物流也快" }),
  fb("f15", "chat", "06-15 10:00:00", { product: "p2", text: "颜色和图片不一样" }),
  fb("f16", "complaint", "06-20 10:00:00", { order: "o9", text: "质量有问题" }),
  fb("f17", "survey", "06-25 10:00:00", { nps: 0 }),
  fb("f18", "survey", "06-28 10:00:00", { nps: 9 }),
  fb("f19", "complaint", "06-30 23:00:00"),
  fb("x1", "review", "03-05 10:00:00", { product: "p3", rating: 5, text: "效果很好" }),
  fb("x2", "review", "04-10 10:00:00", { product: "p1", rating: 1, text: "物流太慢" }),
  fb("x3", "complaint", "04-20 10:00:00", { order: "o7", text: "质量差" }),
  fb("x4", "review", "04-25 10:00:00", { product: "p2", rating: 2, text: "质量不好，尺码不对" }),
  fb("x5", "complaint", "07-02 10:00:00", { text: "物流丢件" }),
  fb("x6", "review", null, { product: "p1", rating: 5, text: "质量很好" }),

  sc("f01", "positive", 0.95, "rating", "logistics|quality", 0),
  sc("f02", "negative", 0.05, "rating", "quality", 1),
  sc("f03", "neutral", 0.45, "rating", "effect", 2),
  sc("f05", "negative", 0.1, "model", "logistics|service", 1),
  sc("f06", "positive", 0.8, "model", "price"),
  sc("f08", "neutral", 0.5, "lexicon", "logistics"),
  sc("f09", "negative", 0.95, "rating", "size|quality", 1),
  sc("f10", "positive", 0.7, "rating", ""),
  sc("f11", "negative", 0.02, "model", "packaging"),
  sc("f12", "neutral", 0.55, "model", ""),
  sc("f14", "positive", 0.9, "model", "service|logistics", 0),
  sc("f15", "negative", 0.2, "lexicon", "appearance"),
  sc("f16", "negative", 0.15, "model", "quality", 1),
  sc("x1", "positive", 0.9, "rating", "effect"),
  sc("x2", "negative", 0.1, "rating", "logistics"),
  sc("x3", "negative", 0.08, "model", "quality"),
  sc("x4", "negative", 0.2, "rating", "quality|size"),
  sc("x5", "negative", 0.05, "model", "logistics"),
  sc("x6", "positive", 0.9, "rating", "quality"),

  // Build-time tables, inserted out of order.
  "INSERT INTO feedback_topics VALUES (1, '质量|掉色|问题', 4, 0.5), (0, '物流|很快', 3, 0.375), (2, '效果', 1, 0.125)",
  `INSERT INTO feedback_opinions VALUES ('quality', '质量', '差', false, 2), ('logistics', '物流', '不快', true, 3),
    ('logistics', '快递', '太慢', false, 3), ('quality', '质量', '很好', false, 4), ('logistics', '物流', '很快', false, 5),
    ('legacy', '旧', '词', false, 9)`,
  "INSERT INTO feedback_model VALUES ('model', 120, 60, 0.9, 0.88, 0.87, 0.7, 0.75)"
];

/** The whole range, no filter. */
export const ALL: FeedbackFilterOptions = {
  from: "2024-05-01", to: "2024-06-30", kind: "all", sentiment: "all", aspect: "all", category: "all", brand: "all"
};

export const feedbackFixture = () => fixtureDb(FEEDBACK_INSERTS);
