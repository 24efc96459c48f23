/**
 * Review text built from aspect phrases whose sentiment matches the facts of the order (was the
 * parcel late, is the batch defective, does the item run small) and the star rating. Degree words
 * (非常, 有点) and negations (不太好, 不错) are in the phrases on purpose: the text models downstream
 * must cope with them. About one review in ten is English.
 */
import type { Random } from "./random.ts";

export type Aspect = "logistics" | "quality" | "size" | "color" | "packaging" | "service" | "value" | "effect";

type Phrases = Record<Aspect, { pos: readonly string[]; neg: readonly string[] }>;

const ZH: Phrases = {
  logistics: { pos: ["物流很快", "快递非常快", "发货速度快", "第二天就到了", "物流不错"], neg: ["快递太慢了", "物流有点慢", "等了一个星期才到", "发货不太及时"] },
  quality: { pos: ["质量很好", "做工非常精细", "面料很舒服", "质量不错", "质量超级好"], neg: ["质量差", "做工有点粗糙", "质量不太好", "用了两次就坏了", "质量非常差"] },
  size: { pos: ["尺码标准", "大小合适", "尺码很准"], neg: ["尺码偏小", "偏小一码，建议拍大一码", "有点偏小", "尺码不太准"] },
  color: { pos: ["颜色和图片一样", "颜色很正", "没有色差"], neg: ["颜色和图片不一样", "有色差", "颜色有点暗"] },
  packaging: { pos: ["包装很用心", "包装完好", "包装精美"], neg: ["包装破损", "盒子压坏了", "包装有点简陋"] },
  service: { pos: ["客服态度好", "客服很耐心", "售后非常负责"], neg: ["客服不理人", "客服态度很差", "售后不太负责"] },
  value: { pos: ["性价比高", "价格实惠", "物超所值", "这个价格很值"], neg: ["性价比不高", "有点贵", "不值这个价"] },
  effect: { pos: ["保湿效果不错", "用着很舒服，不油腻", "很显白", "效果非常明显"], neg: ["用了有点过敏", "有点油腻", "不太显色", "没什么效果"] }
};

const EN: Phrases = {
  logistics: { pos: ["fast delivery", "arrived the next day", "very quick shipping"], neg: ["slow delivery", "took a week to arrive", "shipping was a bit slow"] },
  quality: { pos: ["great quality", "well made", "good material"], neg: ["poor quality", "broke after two uses", "not great quality"] },
  size: { pos: ["true to size", "fits well"], neg: ["runs small", "order one size up", "a bit tight"] },
  color: { pos: ["color as pictured", "nice color"], neg: ["color differs from the photo", "color is dull"] },
  packaging: { pos: ["nicely packed", "package intact"], neg: ["package was damaged", "box arrived crushed"] },
  service: { pos: ["very helpful customer service", "seller was friendly"], neg: ["customer service never replied", "rude seller"] },
  value: { pos: ["good value", "worth the price"], neg: ["not worth the price", "overpriced"] },
  effect: { pos: ["very moisturizing", "not greasy at all"], neg: ["caused a rash", "too greasy"] }
};

const ZH_CLOSING = { pos: ["会回购的", "推荐购买", "下次还来", "很满意"], mid: ["还行吧", "一般般", "凑合用"], neg: ["不会再买了", "很失望", "差评"] };
const EN_CLOSING = { pos: ["Would buy again!", "Highly recommend.", "Very happy."], mid: ["It's okay.", "Average."], neg: ["Would not buy again.", "Disappointed."] };

export const ZH_FOLLOW_UP = { pos: ["用了一个月，还是很好", "洗了几次没有变形", "家人也很喜欢，又买了一件"], neg: ["用了一周就坏了", "洗了一次就褪色了", "后来发现有线头，不太满意"] };
export const EN_FOLLOW_UP = { pos: ["Still great after a month."], neg: ["Fell apart after a week."] };

/** One review: aspects with their sentiment (true = positive) and the overall rating 1–5. */
export function reviewText(rng: Random, aspects: ReadonlyMap<Aspect, boolean>, rating: number, english: boolean): string {
  const phrases = english ? EN : ZH;
  const parts = [...aspects].map(([a, pos]) => rng.pick(pos ? phrases[a].pos : phrases[a].neg));
  const closing = english ? EN_CLOSING : ZH_CLOSING;
  const tone = rating >= 4 ? closing.pos : rating === 3 ? closing.mid : closing.neg;
  if (english) {
    const body = parts.join(", ");
    return `${body.charAt(0).toUpperCase()}${body.slice(1)}. ${rng.pick(tone)}`;
  }
  return `${parts.join("，")}，${rng.pick(tone)}${rating >= 4 ? "！" : "。"}`;
}
