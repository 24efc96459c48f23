/**
 * Which reports the loaded tables support. Pages read this table and say plainly what they cannot
 * show and which export would enable it.
 */
export interface Capability {
  report: string;
  supported: boolean;
  basis: "raw" | "aggregate" | "none";
  missing_en: string | null;
  missing_zh: string | null;
}

export interface TableFacts {
  orders: number;
  ordersWithCustomer: number;
  order_items: number;
  customers: number;
  events: number;
  searches: number;
  feedback: number;
  experiments: number;
  traffic_daily: number;
  product_daily: number;
  search_terms_daily: number;
}

const ORDERS_EN = "an order export with a customer key (e.g. the Taobao order report with 买家会员名)";
const ORDERS_ZH = "包含买家标识的订单导出（如含“买家会员名”的淘宝订单报表）";

export function capabilities(f: TableFacts): Capability[] {
  const keyed = f.ordersWithCustomer > 0;
  const row = (
    report: string,
    basis: Capability["basis"],
    missingEn: string | null = null,
    missingZh: string | null = null
  ): Capability => ({ report, supported: basis !== "none", basis, missing_en: missingEn, missing_zh: missingZh });
  const customerReport = (report: string) =>
    keyed ? row(report, "raw") : row(report, "none", `needs ${ORDERS_EN}`, `需要${ORDERS_ZH}`);
  return [
    f.orders > 0
      ? row("overview", "raw")
      : f.traffic_daily > 0
        ? row("overview", "aggregate", "order-level metrics need an order export", "订单类指标需要订单导出")
        : row("overview", "none", "needs an order export or 生意参谋 traffic export", "需要订单导出或生意参谋流量来源导出"),
    row("quality", "raw"),
    row("explore", "raw"),
    customerReport("rfm"),
    customerReport("clv"),
    customerReport("lifecycle"),
    keyed && f.order_items > 0
      ? row("personas", "raw")
      : row("personas", "none", `needs ${ORDERS_EN} and an item report (宝贝报表)`, `需要${ORDERS_ZH}及宝贝报表`),
    f.events > 0
      ? row("funnels", "raw")
      : row("funnels", "none", "needs a behaviour (event) log", "需要行为日志（埋点事件）导出"),
    f.events > 0
      ? row("traffic", "raw")
      : f.traffic_daily > 0
        ? row("traffic", "aggregate", "visitor-level views need a behaviour log", "访客级分析需要行为日志")
        : row("traffic", "none", "needs a behaviour log or 生意参谋 traffic export", "需要行为日志或生意参谋流量来源导出"),
    f.experiments > 0 && (f.events > 0 || f.orders > 0)
      ? row("ab_tests", "raw")
      : row("ab_tests", "none", "needs an experiment assignment export plus events or orders", "需要实验分组导出及行为或订单数据"),
    f.searches > 0
      ? row("search", "raw")
      : f.search_terms_daily > 0
        ? row("search", "aggregate", "query-level views need a site-search log", "逐条搜索分析需要站内搜索日志")
        : row("search", "none", "needs a site-search log or 生意参谋 search-term export", "需要站内搜索日志或生意参谋引流搜索词导出"),
    f.feedback > 0
      ? row("feedback", "raw")
      : row("feedback", "none", "needs a review, complaint or survey export", "需要评价、投诉或问卷导出"),
    f.order_items > 0
      ? row("products", "raw")
      : f.product_daily > 0
        ? row("products", "aggregate", "basket rules need an item report (宝贝报表)", "关联规则需要宝贝报表")
        : row("products", "none", "needs an item report (宝贝报表) or 生意参谋 item export", "需要宝贝报表或生意参谋商品效果导出")
  ];
}
