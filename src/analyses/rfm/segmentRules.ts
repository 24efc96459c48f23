/**
 * The RFM segment rule tables, in one editable place. The SQL (rfmScoring.ts) is generated from
 * these arrays and the page prints them, so what a reader sees is the rule that ran.
 *
 * Named segments: rules over 1–5 scores, evaluated top to bottom; the first match wins, and a
 * customer no rule matches is "others". The order matters (Champions before Loyal, Can't Lose
 * Them before At Risk): specific rules come first.
 *
 * Eight classes (the Chinese 八类客户 convention): high/low of R, F and M against the mean (or
 * median); for R "high" means recent, i.e. days since the last purchase AT OR BELOW the mean —
 * the widely copied snippet that treats a large R as good swaps 重要价值 and 重要保持.
 */

type Bilingual = { readonly zh: string; readonly en: string };
type Range = readonly [number, number];

export interface SegmentRule {
  readonly id: string;
  readonly r: Range;
  readonly f: Range;
  readonly m: Range;
  readonly name: Bilingual;
  readonly action: Bilingual;
}

const rule = (id: string, r: Range, f: Range, m: Range, name: Bilingual, action: Bilingual): SegmentRule => ({
  id,
  r,
  f,
  m,
  name,
  action
});

export const NAMED_SEGMENTS: readonly SegmentRule[] = [
  rule("champions", [4, 5], [4, 5], [4, 5], { zh: "冠军客户", en: "Champions" }, {
    zh: "给予会员专属权益、新品优先体验，邀请评价与推荐。",
    en: "Reward them: early access, member perks; ask for reviews and referrals."
  }),
  rule("loyal", [3, 5], [3, 5], [3, 5], { zh: "忠诚客户", en: "Loyal" }, {
    zh: "推荐高客单商品与会员升级，保持互动。",
    en: "Upsell higher-value products, offer membership upgrades, keep in touch."
  }),
  rule("cant_lose", [1, 1], [4, 5], [4, 5], { zh: "不能失去的客户", en: "Can't Lose Them" }, {
    zh: "一对一回访，专属大额券，了解离开原因。",
    en: "Win them back personally: a generous coupon, a call, ask why they left."
  }),
  rule("at_risk", [1, 2], [3, 5], [3, 5], { zh: "有流失风险", en: "At Risk" }, {
    zh: "发送个性化召回信息与限时优惠。",
    en: "Send personalised reactivation messages and time-limited offers."
  }),
  rule("potential_loyalist", [4, 5], [2, 3], [1, 5], { zh: "潜力忠诚客户", en: "Potential Loyalist" }, {
    zh: "推荐会员计划与搭配商品，培养复购习惯。",
    en: "Offer the loyalty programme and related products to build a habit."
  }),
  rule("new", [5, 5], [1, 1], [1, 5], { zh: "新客户", en: "New" }, {
    zh: "做好首单体验与售后关怀，引导第二次购买。",
    en: "Make the first order a good experience; guide them to a second purchase."
  }),
  rule("promising", [4, 4], [1, 1], [1, 5], { zh: "有潜力的新客", en: "Promising" }, {
    zh: "发送新人复购券，建立品牌认知。",
    en: "Send a second-order coupon and build brand awareness."
  }),
  rule("need_attention", [3, 3], [2, 3], [1, 5], { zh: "需要关注", en: "Need Attention" }, {
    zh: "限时活动与个性化推荐，防止沉睡。",
    en: "Limited-time offers and personalised recommendations before they go quiet."
  }),
  rule("about_to_sleep", [3, 3], [1, 1], [1, 5], { zh: "即将沉睡", en: "About to Sleep" }, {
    zh: "推送热销品与小额优惠，重新唤起兴趣。",
    en: "Share bestsellers and a small discount to rekindle interest."
  }),
  rule("hibernating", [2, 2], [1, 2], [1, 5], { zh: "沉睡客户", en: "Hibernating" }, {
    zh: "低成本触达（短信、站内信），大促时再唤醒。",
    en: "Reach them cheaply (SMS, in-app) and try again at big promotions."
  }),
  rule("lost", [1, 1], [1, 2], [1, 5], { zh: "已流失", en: "Lost" }, {
    zh: "仅在大促时低成本触达，否则不再投入。",
    en: "Only low-cost reach at big promotions; otherwise do not spend on them."
  })
];

export const OTHERS: { readonly id: "others"; readonly name: Bilingual; readonly action: Bilingual } = {
  id: "others",
  name: { zh: "其他", en: "Others" },
  action: { zh: "不符合任何规则；查看其 R、F、M 分值后再决定。", en: "No rule matches; look at their R, F, M scores before acting." }
};

export interface EightClass {
  readonly id: string;
  /** true = recent (R at or below the basis), high F, high M. */
  readonly recent: boolean;
  readonly frequent: boolean;
  readonly valuable: boolean;
  readonly name: Bilingual;
  readonly action: Bilingual;
}

const cls = (id: string, recent: boolean, frequent: boolean, valuable: boolean, name: Bilingual, action: Bilingual): EightClass => ({
  id,
  recent,
  frequent,
  valuable,
  name,
  action
});

export const EIGHT_CLASSES: readonly EightClass[] = [
  cls("important_value", true, true, true, { zh: "重要价值客户", en: "Important value" }, {
    zh: "重点维护，提供 VIP 服务。",
    en: "Keep them close: VIP service."
  }),
  cls("important_retain", false, true, true, { zh: "重要保持客户", en: "Important to retain" }, {
    zh: "近期未购买，主动联系唤回。",
    en: "Not bought lately: contact them to bring them back."
  }),
  cls("important_develop", true, false, true, { zh: "重要发展客户", en: "Important to develop" }, {
    zh: "消费高但频次低，提高购买频次。",
    en: "Spend a lot but rarely: raise their purchase frequency."
  }),
  cls("important_winback", false, false, true, { zh: "重要挽留客户", en: "Important to win back" }, {
    zh: "高价值但即将流失，重点挽留。",
    en: "High value but slipping away: make a real effort to keep them."
  }),
  cls("general_value", true, true, false, { zh: "一般价值客户", en: "General value" }, {
    zh: "频繁购买但金额低，提升客单价。",
    en: "Buy often but spend little: raise the basket size."
  }),
  cls("general_retain", false, true, false, { zh: "一般保持客户", en: "General to retain" }, {
    zh: "常买但近期未来，适度提醒。",
    en: "Used to buy often, not lately: a gentle reminder."
  }),
  cls("general_develop", true, false, false, { zh: "一般发展客户", en: "General to develop" }, {
    zh: "新近低价值客户，引导再次购买。",
    en: "Recent, low value: encourage another purchase."
  }),
  cls("general_winback", false, false, false, { zh: "一般挽留客户", en: "General to win back" }, {
    zh: "低价值且久未购买，低成本触达即可。",
    en: "Low value and long gone: low-cost reach only."
  })
];

export type SegmentScheme = "named" | "eight";
export const SEGMENT_SCHEMES: readonly SegmentScheme[] = ["named", "eight"];

/** Segment ids of a scheme in display order (named segments end with "others"). */
export function segmentIds(scheme: SegmentScheme): string[] {
  return scheme === "named" ? [...NAMED_SEGMENTS.map((s) => s.id), OTHERS.id] : EIGHT_CLASSES.map((c) => c.id);
}

/** A segment's name and recommended action in either scheme. */
export function segmentInfo(id: string): { name: Bilingual; action: Bilingual } | undefined {
  if (id === OTHERS.id) return OTHERS;
  return NAMED_SEGMENTS.find((s) => s.id === id) ?? EIGHT_CLASSES.find((c) => c.id === id);
}

const between = (col: string, [lo, hi]: Range) => (lo === hi ? `${col} = ${lo}` : `${col} BETWEEN ${lo} AND ${hi}`);

/** CASE expression over r_score, f_score, m_score assigning the named segment, first match wins. */
export function namedSegmentCase(): string {
  const whens = NAMED_SEGMENTS.map(
    (s) => `WHEN ${between("r_score", s.r)} AND ${between("f_score", s.f)} AND ${between("m_score", s.m)} THEN '${s.id}'`
  );
  return `CASE ${whens.join(" ")} ELSE '${OTHERS.id}' END`;
}

/** CASE expression over the booleans r_high, f_high, m_high assigning the eight-class id. */
export function eightClassCase(): string {
  const lit = (b: boolean, col: string) => (b ? col : `NOT ${col}`);
  const whens = EIGHT_CLASSES.map(
    (c) => `WHEN ${lit(c.recent, "r_high")} AND ${lit(c.frequent, "f_high")} AND ${lit(c.valuable, "m_high")} THEN '${c.id}'`
  );
  return `CASE ${whens.join(" ")} END`;
}

/** VALUES list (id, ordinal) of a scheme's segments, so summaries show empty segments too. */
export function segmentValues(scheme: SegmentScheme): string {
  return segmentIds(scheme)
    .map((id, i) => `('${id}', ${i + 1})`)
    .join(", ");
}
