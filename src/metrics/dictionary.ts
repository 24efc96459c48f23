/**
 * The metric dictionary: every business definition the reports use, written once. Pages show the
 * `definition` beside each number, the glossary page renders this file, and the SQL fragments
 * below are pasted into every analysis that needs them, so a definition cannot drift between a
 * page and the query behind it.
 *
 * Conventions follow Taobao/Tmall 生意参谋 where they exist (see REFERENCE-NUMBERS.md).
 */

type Bilingual = { readonly zh: string; readonly en: string };

export type MetricUnit = "money" | "count" | "ratio" | "days" | "flag";

export interface MetricDef {
  readonly id: string;
  readonly name: Bilingual;
  readonly definition: Bilingual;
  readonly formula: Bilingual;
  readonly unit: MetricUnit;
}

/**
 * A purchase is a paid order that was not cancelled. Refunded orders stay purchases (the platform
 * counts their payment in 支付金额); analyses that need "kept" purchases use isKeptPurchaseAsOf.
 * `o` is the alias of the orders table.
 */
export const IS_PURCHASE = "(o.paid_at IS NOT NULL AND o.status <> 'cancelled')";

/** Net of refunds; refunds are attributed to the order's payment period. */
export const NET_AMOUNT = "(o.amount_paid - coalesce(o.refund_amount, 0))";

/**
 * Refunds as they stood at the end of an as-of day (RFM, CLV, lifecycle): a refund counts only if
 * it happened on or before that day. When the export does not record refund times (refunded_at is
 * null) the refund counts whatever the date, because the export only shows the final state; pages
 * say so (build_info.refundTimeKnown). A "refunded" status without an amount means the whole
 * payment. `asOf` is SQL evaluating to a DATE (a literal or a parameter).
 */
export function refundAsOf(asOf: string): string {
  // A "refunded" status with no amount (null, or 0 as some exports write it) is the whole payment.
  return `(CASE WHEN o.refunded_at IS NOT NULL AND o.refunded_at >= (${asOf}::DATE + 1)::TIMESTAMP THEN 0
    WHEN o.status = 'refunded' AND coalesce(o.refund_amount, 0) = 0 THEN coalesce(o.amount_paid, 0)
    ELSE coalesce(o.refund_amount, 0) END)`;
}

/**
 * A purchase paid by the end of the as-of day and not fully refunded by then. A zero-amount
 * purchase (a free sample, a fully discounted order) is kept: it is not a refund.
 */
export function isKeptPurchaseAsOf(asOf: string): string {
  const refund = refundAsOf(asOf);
  // A paid order without an amount counts as 0, so it is neither lost from the reconciliation
  // nor a NULL that would poison quantiles and means.
  return `(${IS_PURCHASE} AND o.paid_at < (${asOf}::DATE + 1)::TIMESTAMP
    AND NOT (${refund} > 0 AND ${refund} >= coalesce(o.amount_paid, 0)))`;
}

/** The amount kept at the end of the as-of day: paid minus the refunds known by then. */
export function netAmountAsOf(asOf: string): string {
  return `(coalesce(o.amount_paid, 0) - ${refundAsOf(asOf)})`;
}

/** Defaults for customer-status metrics; pages may override them and say so. */
/** Default session gap: the common web-analytics inactivity timeout. */
export const SESSION_GAP_MINUTES = 30;
/** Last-touch attribution of an order to a session that started at most this long before it. */
export const ATTRIBUTION_HOURS = 24;

/** A search without a session id is credited with a purchase at most this long after it. */
export const SEARCH_ATTRIBUTION_HOURS = 24;

export const ACTIVE_WINDOW_DAYS = 180;
export const CHURN_AFTER_DAYS = 365;

const m = (
  id: string,
  unit: MetricUnit,
  name: Bilingual,
  definition: Bilingual,
  formula: Bilingual
): MetricDef => ({ id, unit, name, definition, formula });

export const METRICS = {
  purchase: m(
    "purchase",
    "flag",
    { zh: "购买（支付订单）", en: "Purchase (paid order)" },
    {
      zh: "已付款且未被取消的订单。退款订单仍算作购买（平台的支付金额不扣退款）；RFM 与 CLV 另外排除全额退款的订单。",
      en: "An order that was paid and not cancelled. Refunded orders still count as purchases (the platform's paid amount does not deduct refunds); RFM and CLV additionally exclude fully refunded orders."
    },
    { zh: "付款时间非空 且 状态 ≠ 已取消", en: "paid_at is set and status ≠ cancelled" }
  ),
  gmv: m(
    "gmv",
    "money",
    { zh: "支付金额（GMV）", en: "GMV (paid amount)" },
    {
      zh: "统计期内按付款时间计的买家实际支付金额之和，含运费，不扣除退款（生意参谋口径）。",
      en: "Sum of the amounts buyers actually paid, by payment time within the period, postage included and refunds not deducted (as Taobao/Tmall 生意参谋 reports it)."
    },
    { zh: "Σ 实付金额（购买订单）", en: "Σ amount_paid over purchases" }
  ),
  net_sales: m(
    "net_sales",
    "money",
    { zh: "净销售额", en: "Net sales" },
    {
      zh: "支付金额减去这些订单的退款金额（退款计入订单付款所在的统计期）。",
      en: "GMV minus the refunds on those same orders (a refund is attributed to the period in which its order was paid)."
    },
    { zh: "Σ (实付金额 − 退款金额)", en: "Σ (amount_paid − refund_amount)" }
  ),
  paid_orders: m(
    "paid_orders",
    "count",
    { zh: "支付订单数", en: "Paid orders" },
    { zh: "统计期内付款的购买订单数。", en: "Number of purchases paid within the period." },
    { zh: "count(购买订单)", en: "count(purchases)" }
  ),
  paying_buyers: m(
    "paying_buyers",
    "count",
    { zh: "支付买家数", en: "Paying buyers" },
    {
      zh: "统计期内至少付款一次的不同买家数，在每个粒度上去重：同一买家一周内付款两次，该周只算一次；周数据不是日数据之和。",
      en: "Distinct buyers with at least one purchase in the period, de-duplicated at each grain: a buyer paying twice in a week counts once for that week, so a week's figure is not the sum of its days."
    },
    { zh: "count(distinct 买家)", en: "count(distinct customer_id)" }
  ),
  arpu: m(
    "arpu",
    "money",
    { zh: "客单价", en: "Revenue per buyer (客单价)" },
    {
      zh: "支付金额 ÷ 支付买家数——按买家计，不是按订单计（那是笔单价 AOV）。",
      en: "GMV ÷ paying buyers: per buyer, not per order (that is AOV). This is what Chinese platforms call 客单价."
    },
    { zh: "支付金额 / 支付买家数", en: "GMV / paying buyers" }
  ),
  aov: m(
    "aov",
    "money",
    { zh: "笔单价（AOV）", en: "Average order value (AOV)" },
    { zh: "支付金额 ÷ 支付订单数。", en: "GMV ÷ paid orders." },
    { zh: "支付金额 / 支付订单数", en: "GMV / paid orders" }
  ),
  visitors: m(
    "visitors",
    "count",
    { zh: "访客数（UV）", en: "Visitors (UV)" },
    {
      zh: "统计期内有任一行为事件的不同访客数，在每个粒度上去重。只有生意参谋日汇总时，为各日访客数之和（是上限，会重复计算跨日访客）。",
      en: "Distinct visitors with any behaviour event in the period, de-duplicated at each grain. With only 生意参谋 daily aggregates it is the sum of daily visitors, an upper bound that counts a visitor once per day."
    },
    { zh: "count(distinct 访客)", en: "count(distinct visitor_id)" }
  ),
  page_views: m(
    "page_views",
    "count",
    { zh: "浏览量（PV）", en: "Page views (PV)" },
    { zh: "统计期内的浏览事件数。", en: "Number of view events in the period." },
    { zh: "count(浏览事件)", en: "count(view events)" }
  ),
  conversion: m(
    "conversion",
    "ratio",
    { zh: "支付转化率", en: "Conversion rate (支付转化率)" },
    {
      zh: "支付买家数 ÷ 访客数（按人计，不按会话或订单计）。分子分母取自同一来源：有行为日志时为日志中有购买行为的访客 ÷ 日志访客（抽样日志也能得出正确比率）；只有生意参谋汇总时为其支付买家数 ÷ 访客数。",
      en: "Paying buyers ÷ visitors, per person (not per session or order). Both counts come from the same source: with a behaviour log, visitors with a purchase event ÷ visitors in the log (so a sampled log still gives the right rate); with only 生意参谋 aggregates, its paying buyers ÷ its visitors."
    },
    { zh: "支付买家数 / 访客数（同一来源）", en: "paying buyers / visitors (same source)" }
  ),
  session: m(
    "session",
    "count",
    { zh: "会话", en: "Session" },
    {
      zh: "同一访客相邻两次行为间隔不超过会话间隔（默认 30 分钟，页面可调）的一串行为；间隔更长即开始新会话。不使用导出文件自带的会话号，以便各数据源口径一致。会话的流量来源取其第一个带来源的行为。",
      en: "A run of one visitor's events with no gap longer than the session gap (30 minutes by default, adjustable in the page); a longer gap starts a new session. Export session ids are not used, so that every source is split the same way. A session's traffic source is that of its first event with one."
    },
    { zh: "相邻行为间隔 > 会话间隔 ⇒ 新会话", en: "gap between events > session gap ⇒ new session" }
  ),
  funnel_conversion: m(
    "funnel_conversion",
    "ratio",
    { zh: "漏斗转化率", en: "Funnel conversion" },
    {
      zh: "在转化窗口内（从进入第 1 步算起，窗口末端的行为也算）到达某一步的访客（或会话、或尝试次数）÷ 进入第 1 步的数量；逐步转化率为 ÷ 上一步。",
      en: "Visitors (or sessions, or attempts) reaching a step within the conversion window — counted from entering step 1, an event exactly at the window's end included — ÷ those entering step 1; step-to-step conversion divides by the previous step instead."
    },
    { zh: "到达第 k 步 / 进入第 1 步", en: "reached step k / entered step 1" }
  ),
  revenue_per_visitor: m(
    "revenue_per_visitor",
    "money",
    { zh: "UV 价值（每访客支付金额）", en: "Revenue per visitor (UV价值)" },
    {
      zh: "归因到该来源的支付金额 ÷ 该来源的访客数。订单按末次触点归因：归到该买家在下单时刻之前 24 小时内最近一次开始的会话的来源；没有这样的会话（或订单没有买家标识）则不归因，并单独计数。",
      en: "GMV attributed to the source ÷ the source's visitors. Orders are attributed last-touch: to the source of the buyer's latest session that started within the 24 hours before the order was placed; orders with no such session (or no buyer key) stay unattributed and are counted separately."
    },
    { zh: "归因支付金额 / 访客数", en: "attributed GMV / visitors" }
  ),
  search_conversion: m(
    "search_conversion",
    "ratio",
    { zh: "搜索支付转化率", en: "Search conversion (搜索支付转化率)" },
    {
      zh: "按人：有购买的搜索访客 ÷ 搜索访客（生意参谋口径）；按次：带来购买的搜索 ÷ 搜索次数。一次搜索带来购买，指同一访客在同一会话中、搜索之后有购买行为；搜索日志没有会话号时，指搜索后 24 小时内有购买行为。",
      en: "Per visitor: searchers who bought ÷ searchers (the 生意参谋 definition); per search: searches followed by a purchase ÷ searches. A search is followed by a purchase when the same visitor has a purchase event after it in the same session, or, when the log has no session ids, within 24 hours after it."
    },
    { zh: "支付搜索访客 / 搜索访客", en: "paying searchers / searchers" }
  ),
  product_sales: m(
    "product_sales",
    "money",
    { zh: "商品销售额", en: "Product sales" },
    {
      zh: "统计期内付款的购买订单中该商品的件数 × 成交单价之和；不含运费，不扣退款，因此各商品之和不等于支付金额。",
      en: "Units × unit price of the product's lines in purchases paid within the period; postage excluded and refunds not deducted, so the products' sum differs from GMV."
    },
    { zh: "Σ 件数 × 单价（购买订单的明细行）", en: "Σ quantity × unit_price over purchase lines" }
  ),
  product_new_buyers: m(
    "product_new_buyers",
    "count",
    { zh: "商品新客 / 老客", en: "Product new / repeat buyers" },
    {
      zh: "新客：在自己的首次购买（全部数据中最早付款的购买订单）里买了该商品的客户；老客：在之后的购买里买了该商品的客户。一人可同时是两者。",
      en: "New: customers who bought the product in their first purchase ever (their earliest paid purchase in all the data); repeat: customers who bought it in a later purchase. One customer can be both."
    },
    { zh: "首单含该商品的买家数 / 非首单含该商品的买家数", en: "buyers with it in their first purchase / in a later one" }
  ),
  sell_through: m(
    "sell_through",
    "ratio",
    { zh: "动销率", en: "Sell-through (动销率)" },
    {
      zh: "统计期内有销售的在售商品数 ÷ 在售商品数（商品表中上架日期不晚于期末或未记录上架日期的商品）。",
      en: "Listed products with at least one unit sold in the period ÷ listed products (catalogue products listed by the period's end, or with no listing date)."
    },
    { zh: "有销量的在售商品数 / 在售商品数", en: "listed products sold / listed products" }
  ),
  abc_class: m(
    "abc_class",
    "flag",
    { zh: "ABC 分类", en: "ABC class" },
    {
      zh: "按销售额从高到低累计：累计占比（不含本身）未到 80% 为 A，未到 95% 为 B，其余为 C；销售额相同者同类。",
      en: "Ranked by sales, best first: A while the share accumulated before the item is under 80 %, B under 95 %, C the rest; equal sales share a class."
    },
    { zh: "累计销售额占比 80% / 95%", en: "cumulative sales share 80 % / 95 %" }
  ),
  repurchase_rate: m(
    "repurchase_rate",
    "ratio",
    { zh: "复购率", en: "Repurchase rate" },
    {
      zh: "统计期内支付订单数 ≥ 2 的买家占支付买家数的比例。",
      en: "Share of the period's paying buyers who paid for two or more orders within the period."
    },
    { zh: "支付 ≥2 单的买家数 / 支付买家数", en: "buyers with ≥ 2 purchases / paying buyers" }
  ),
  refund_rate: m(
    "refund_rate",
    "ratio",
    { zh: "退款率", en: "Refund rate" },
    {
      zh: "统计期内付款的订单中发生退款（退款金额 > 0）的订单占比。",
      en: "Share of the period's purchases that have a refund (refund_amount > 0)."
    },
    { zh: "有退款的支付订单数 / 支付订单数", en: "purchases with a refund / purchases" }
  ),
  active_customer: m(
    "active_customer",
    "flag",
    { zh: "活跃客户", en: "Active customer" },
    {
      zh: `截至某日，最近 ${ACTIVE_WINDOW_DAYS} 天内有购买的客户（天数可在页面调整）。`,
      en: `As of a date, a customer with a purchase in the last ${ACTIVE_WINDOW_DAYS} days (adjustable in the page).`
    },
    { zh: `距最近购买 ≤ ${ACTIVE_WINDOW_DAYS} 天`, en: `days since last purchase ≤ ${ACTIVE_WINDOW_DAYS}` }
  ),
  churned_customer: m(
    "churned_customer",
    "flag",
    { zh: "流失客户", en: "Churned customer" },
    {
      zh: `截至某日，超过 ${CHURN_AFTER_DAYS} 天没有购买的老客户（天数可在页面调整）。`,
      en: `As of a date, a past buyer with no purchase for more than ${CHURN_AFTER_DAYS} days (adjustable in the page).`
    },
    { zh: `距最近购买 > ${CHURN_AFTER_DAYS} 天`, en: `days since last purchase > ${CHURN_AFTER_DAYS}` }
  ),
  recency: m(
    "recency",
    "days",
    { zh: "最近一次消费间隔（R）", en: "Recency (R)" },
    {
      zh: "截至分析日期，距该客户最后一次有效购买的天数（当天购买为 0）。有效购买：截至该日已付款、未取消、未全额退款的订单；之后的订单视为不存在。",
      en: "Days from the customer's last kept purchase to the as-of date (a purchase on that day gives 0). A kept purchase is paid by the end of the as-of day, not cancelled and not fully refunded by then; later orders do not exist."
    },
    { zh: "分析日期 − 最后购买日期", en: "as-of date − last purchase date" }
  ),
  frequency: m(
    "frequency",
    "count",
    { zh: "消费频次（F）", en: "Frequency (F)" },
    {
      zh: "截至分析日期的有效购买订单数（可选：不同购买日的天数，同一天多单算一次）。",
      en: "Number of kept purchases up to the as-of date (option: distinct purchase days, several orders on one day counting once)."
    },
    { zh: "count(有效购买)", en: "count(kept purchases)" }
  ),
  monetary: m(
    "monetary",
    "money",
    { zh: "消费金额（M）", en: "Monetary (M)" },
    {
      zh: "截至分析日期有效购买的实付金额减去当日及之前发生的退款（可选：平均每单金额）。导出文件没有退款时间时，退款一律扣除。",
      en: "Paid amount of the kept purchases up to the as-of date, minus refunds made on or before that day (option: average per order). When the export does not record refund times, refunds are always deducted."
    },
    { zh: "Σ (实付金额 − 截至当日的退款)", en: "Σ (amount_paid − refunds by the as-of date)" }
  )
} as const satisfies Record<string, MetricDef>;

export type MetricId = keyof typeof METRICS;
