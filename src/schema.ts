/**
 * The canonical tables: the one contract between the loaders (which write them as Parquet) and
 * the analyses (which query them in Node DuckDB and DuckDB-WASM alike).
 *
 * Types are the small set both engines agree on (see ARCHITECTURE.md): shop-local naive TIMESTAMP
 * and DATE, DOUBLE money with a currency per row, INTEGER counts, BOOLEAN flags, VARCHAR text.
 * Never TIMESTAMPTZ, DECIMAL or JSON.
 */

export type ColumnType = "VARCHAR" | "INTEGER" | "BIGINT" | "DOUBLE" | "BOOLEAN" | "DATE" | "TIMESTAMP";

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** false: a row without this value is quarantined instead of written. */
  readonly nullable: boolean;
  readonly description: string;
}

export interface TableSpec {
  readonly name: string;
  readonly description: string;
  /** Columns that identify a row; later exports replace earlier rows with the same key. */
  readonly key: readonly string[];
  /** "customer": one row is about one person (published only in internal mode). */
  readonly grain: "customer" | "aggregate" | "meta";
  readonly columns: readonly ColumnSpec[];
}

const c = (name: string, type: ColumnType, description: string, nullable = true): ColumnSpec => ({
  name,
  type,
  nullable,
  description
});

/** The status vocabulary every order export is mapped onto. */
export const ORDER_STATUSES = [
  "pending_payment", // 等待买家付款: created, not paid
  "paid", // 买家已付款, 等待卖家发货
  "shipped", // 卖家已发货, 等待买家确认
  "completed", // 交易成功
  "refunding", // 退款中
  "refunded", // paid, then fully refunded (closed after refund)
  "cancelled" // 交易关闭 without payment, or cancelled by the shop
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The behaviour vocabulary every event log is mapped onto. */
export const EVENT_TYPES = ["view", "fav", "cart", "remove_from_cart", "buy", "search", "click"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const FEEDBACK_KINDS = ["review", "complaint", "survey", "chat"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const TABLES = {
  customers: {
    name: "customers",
    description: "One row per customer (pseudonymous id); demographics as the shop recorded them.",
    key: ["customer_id"],
    grain: "customer",
    columns: [
      c("customer_id", "VARCHAR", "Pseudonymous customer key (keyed hash of the shop's own id).", false),
      c("first_seen_date", "DATE", "First date the customer appears in any export (registration or first order)."),
      c("gender", "VARCHAR", "F, M, or null when unknown."),
      c("birth_year", "INTEGER", "Year of birth, when recorded."),
      c("province", "VARCHAR", "Normalised provincial division (one of 34) or a country/region name outside China."),
      c("city", "VARCHAR", "City, as recorded (street address removed)."),
      c("acquisition_channel", "VARCHAR", "Channel through which the customer first arrived."),
      c("member_level", "VARCHAR", "Membership level in the shop's loyalty scheme.")
    ]
  },
  orders: {
    name: "orders",
    description: "One row per order, in its latest known state across all exports.",
    key: ["order_id"],
    grain: "customer",
    columns: [
      c("order_id", "VARCHAR", "Order number as the platform issues it.", false),
      c("customer_id", "VARCHAR", "Pseudonymous customer key; null when the export has none."),
      c("ordered_at", "TIMESTAMP", "Order creation time, shop-local.", false),
      c("paid_at", "TIMESTAMP", "Payment time; null = never paid."),
      c("shipped_at", "TIMESTAMP", "Shipping time."),
      c("received_at", "TIMESTAMP", "Receipt confirmed (确认收货时间)."),
      c("status", "VARCHAR", `One of ${ORDER_STATUSES.join(", ")}.`, false),
      c("amount_total", "DOUBLE", "Amount payable including postage, before the buyer paid (总金额)."),
      c("amount_paid", "DOUBLE", "Amount actually paid, postage included (买家实际支付金额); 0 when unpaid."),
      c("postage", "DOUBLE", "Postage charged (买家应付邮费)."),
      c("discount", "DOUBLE", "Discounts applied (amount_total − amount_paid where not exported)."),
      c("refund_amount", "DOUBLE", "Amount refunded; 0 when none."),
      c("refunded_at", "TIMESTAMP", "When the refund happened; null when unknown or none (see sources.refund_time_known)."),
      c("currency", "VARCHAR", "ISO 4217 code of every money column in this row.", false),
      c("channel", "VARCHAR", "Sales channel or platform (taobao, tmall, shopify, olist, web …)."),
      c("province", "VARCHAR", "Shipping province, normalised; the street address is never kept."),
      c("is_presale", "BOOLEAN", "Pre-sale order (定金 + 尾款 merged into one order).")
    ]
  },
  order_items: {
    name: "order_items",
    description: "Order lines.",
    key: ["order_id", "line_no"],
    grain: "customer",
    columns: [
      c("order_id", "VARCHAR", "Order the line belongs to.", false),
      c("line_no", "INTEGER", "Line number within the order (1-based).", false),
      c("product_id", "VARCHAR", "Product (item) id."),
      c("sku", "VARCHAR", "Merchant SKU code (商家编码)."),
      c("title", "VARCHAR", "Product title at the time of the order."),
      c("category", "VARCHAR", "Product category."),
      c("brand", "VARCHAR", "Brand."),
      c("quantity", "INTEGER", "Units.", false),
      c("unit_price", "DOUBLE", "Price per unit, in the order's currency.")
    ]
  },
  products: {
    name: "products",
    description: "Product catalogue.",
    key: ["product_id"],
    grain: "aggregate",
    columns: [
      c("product_id", "VARCHAR", "Product (item) id.", false),
      c("sku", "VARCHAR", "Merchant SKU code."),
      c("title", "VARCHAR", "Title."),
      c("category", "VARCHAR", "Category."),
      c("brand", "VARCHAR", "Brand."),
      c("price", "DOUBLE", "List price."),
      c("currency", "VARCHAR", "Currency of price."),
      c("price_tier", "VARCHAR", "low / mid / high, as the shop labels it or by price tercile within category."),
      c("listed_date", "DATE", "Date first listed.")
    ]
  },
  events: {
    name: "events",
    description: "Behaviour events (page views, favourites, add-to-cart, purchases …).",
    key: [],
    grain: "customer",
    columns: [
      c("event_at", "TIMESTAMP", "Event time, shop-local.", false),
      c("visitor_id", "VARCHAR", "Pseudonymous visitor (device or user) key.", false),
      c("customer_id", "VARCHAR", "Pseudonymous customer key when the visitor is a known customer."),
      c("session_id", "VARCHAR", "Session id from the export; null when the export has none."),
      c("event_type", "VARCHAR", `One of ${EVENT_TYPES.join(", ")}.`, false),
      c("product_id", "VARCHAR", "Product involved."),
      c("category", "VARCHAR", "Product category."),
      c("traffic_source", "VARCHAR", "Traffic source of the visit."),
      c("device", "VARCHAR", "Device type (mobile, pc, app …)."),
      c("page", "VARCHAR", "Page."),
      c("element", "VARCHAR", "Clicked page element, for click events.")
    ]
  },
  searches: {
    name: "searches",
    description: "Site-search log (query text masked for personal data).",
    key: [],
    grain: "customer",
    columns: [
      c("searched_at", "TIMESTAMP", "Search time, shop-local; null when the log has none (e.g. a query list)."),
      c("visitor_id", "VARCHAR", "Pseudonymous visitor key."),
      c("session_id", "VARCHAR", "Session id."),
      c("query", "VARCHAR", "Query text as typed, personal data masked.", false),
      c("results_count", "INTEGER", "Number of results shown; 0 = zero-result query."),
      c("clicked", "BOOLEAN", "Whether a result was clicked.")
    ]
  },
  feedback: {
    name: "feedback",
    description: "Reviews, complaints, survey answers and chats (text masked for personal data).",
    key: ["feedback_id"],
    grain: "customer",
    columns: [
      c("feedback_id", "VARCHAR", "Id of the item (from the export, or derived from file and line).", false),
      c("kind", "VARCHAR", `One of ${FEEDBACK_KINDS.join(", ")}.`, false),
      c("created_at", "TIMESTAMP", "When it was written."),
      c("customer_id", "VARCHAR", "Pseudonymous customer key."),
      c("order_id", "VARCHAR", "Order it refers to."),
      c("product_id", "VARCHAR", "Product it refers to."),
      c("rating", "INTEGER", "Star rating 1–5."),
      c("nps", "INTEGER", "Likelihood to recommend 0–10."),
      c("text", "VARCHAR", "Text, personal data masked."),
      c("lang", "VARCHAR", "zh or en (detected when not exported).")
    ]
  },
  experiments: {
    name: "experiments",
    description: "A/B experiment assignments.",
    key: ["experiment_id", "visitor_id"],
    grain: "customer",
    columns: [
      c("experiment_id", "VARCHAR", "Experiment.", false),
      c("visitor_id", "VARCHAR", "Pseudonymous visitor key.", false),
      c("variant", "VARCHAR", "Variant the visitor was assigned to.", false),
      c("assigned_at", "TIMESTAMP", "Assignment time.")
    ]
  },
  traffic_daily: {
    name: "traffic_daily",
    description: "Daily traffic by source, from platform aggregate exports (生意参谋 流量来源).",
    key: ["date", "source"],
    grain: "aggregate",
    columns: [
      c("date", "DATE", "Day.", false),
      c("source", "VARCHAR", "Traffic source.", false),
      c("visitors", "INTEGER", "访客数 (distinct within the day)."),
      c("page_views", "INTEGER", "浏览量."),
      c("order_buyers", "INTEGER", "下单买家数."),
      c("paying_buyers", "INTEGER", "支付买家数."),
      c("paid_amount", "DOUBLE", "支付金额."),
      c("currency", "VARCHAR", "Currency of paid_amount.")
    ]
  },
  product_daily: {
    name: "product_daily",
    description: "Daily item performance, from platform aggregate exports (生意参谋 商品效果).",
    key: ["date", "product_id"],
    grain: "aggregate",
    columns: [
      c("date", "DATE", "Day.", false),
      c("product_id", "VARCHAR", "Item id.", false),
      c("title", "VARCHAR", "Item title."),
      c("visitors", "INTEGER", "访客数."),
      c("page_views", "INTEGER", "浏览量."),
      c("cart_units", "INTEGER", "加购件数."),
      c("fav_buyers", "INTEGER", "收藏人数."),
      c("paying_buyers", "INTEGER", "支付买家数."),
      c("paid_units", "INTEGER", "支付件数."),
      c("paid_amount", "DOUBLE", "支付金额."),
      c("currency", "VARCHAR", "Currency of paid_amount.")
    ]
  },
  search_terms_daily: {
    name: "search_terms_daily",
    description: "Daily search terms that brought visitors, from platform aggregate exports (生意参谋 引流搜索词).",
    key: ["date", "term"],
    grain: "aggregate",
    columns: [
      c("date", "DATE", "Day.", false),
      c("term", "VARCHAR", "Search term, personal data masked.", false),
      c("visitors", "INTEGER", "访客数 brought by the term."),
      c("paying_buyers", "INTEGER", "支付买家数."),
      c("paid_amount", "DOUBLE", "支付金额."),
      c("currency", "VARCHAR", "Currency of paid_amount.")
    ]
  }
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/**
 * Tables the pipeline derives from the canonical ones at build time, so pages only aggregate.
 * `search_queries` holds each distinct query text of `searches` and term of `search_terms_daily`
 * once, normalised, tokenised and classified by intent (src/text, src/search). Its text was typed
 * by shoppers, so it is published like the search log itself: internal builds only.
 * `visit_days`, `sales_days`, `people_days` and `purchase_currencies` are the Overview's compact
 * facts (src/analyses/overviewFacts.ts), so its live view never downloads the raw log or the orders.
 */
export const DERIVED_TABLES = {
  search_queries: {
    name: "search_queries",
    description: "Each distinct search text once: normalised form, language, tokens and intent (derived at build time).",
    key: ["query"],
    grain: "customer",
    columns: [
      c("query", "VARCHAR", "The text exactly as in searches.query or search_terms_daily.term.", false),
      c("query_norm", "VARCHAR", "Normalised: NFKC, lower case, half-width, punctuation and spelling variants unified.", false),
      c("lang", "VARCHAR", "zh or en.", false),
      c("tokens", "VARCHAR", "Tokens after segmentation, stop words and stemming, joined by '|'; empty when none.", false),
      c("token_count", "INTEGER", "Number of tokens.", false),
      c("char_count", "INTEGER", "Characters of the normalised query (a Chinese character counts one).", false),
      c("intent", "VARCHAR", "brand, product, attribute, price, promotion or question (src/search/intentRules.ts).", false)
    ]
  },
  feedback_scores: {
    name: "feedback_scores",
    description: "Per feedback item with text: sentiment, aspects and data-driven topic (derived at build time).",
    key: ["feedback_id"],
    grain: "customer",
    columns: [
      c("feedback_id", "VARCHAR", "The feedback item.", false),
      c("sentiment", "VARCHAR", "positive, negative or neutral.", false),
      c("score", "DOUBLE", "Probability-like positive score in [0, 1] (lexicon: rescaled from −1…1).", false),
      c("scored_by", "VARCHAR", "rating (the item's own stars), model (trained on the shop's rated items) or lexicon.", false),
      c("aspects", "VARCHAR", "Aspect ids joined by '|' (src/topics/aspectDictionaries.ts); empty when none.", false),
      c("topic", "INTEGER", "Dominant data-driven (NMF) topic, 0-based; null when the text has no modelled terms."),
      c("topic_weight", "DOUBLE", "Weight of the dominant topic.")
    ]
  },
  feedback_topics: {
    name: "feedback_topics",
    description: "The data-driven (NMF) topics of the feedback text, each named by its top terms (derived at build time).",
    key: ["topic"],
    grain: "aggregate",
    columns: [
      c("topic", "INTEGER", "Topic index, 0-based.", false),
      c("top_terms", "VARCHAR", "Top terms joined by '|', strongest first.", false),
      c("documents", "INTEGER", "Items whose dominant topic this is.", false),
      c("share", "DOUBLE", "Share of the items with modelled terms.", false)
    ]
  },
  feedback_opinions: {
    name: "feedback_opinions",
    description: "Aspect–opinion pairs (物流 → 很快) with how many items hold them (derived at build time).",
    key: ["aspect", "aspect_word", "opinion"],
    grain: "aggregate",
    columns: [
      c("aspect", "VARCHAR", "Aspect id.", false),
      c("aspect_word", "VARCHAR", "The word that named the aspect.", false),
      c("opinion", "VARCHAR", "The opinion word, negation kept (不快).", false),
      c("negated", "BOOLEAN", "Whether the opinion is negated.", false),
      c("items", "INTEGER", "Feedback items holding the pair.", false)
    ]
  },
  visit_days: {
    name: "visit_days",
    description:
      "Events and page views per day: the overview's page views without the raw log (derived at build time, src/analyses/overviewFacts.ts).",
    key: ["date"],
    grain: "aggregate",
    columns: [
      c("date", "DATE", "Shop-local day of the events.", false),
      c("events", "INTEGER", "Events that day (all types).", false),
      c("page_views", "INTEGER", "Of which views.", false)
    ]
  },
  sales_days: {
    name: "sales_days",
    description:
      "Purchases (the dictionary's definition) and their money per paying day and currency: the overview's money without the orders table (derived at build time, src/analyses/overviewFacts.ts).",
    key: ["date", "currency"],
    grain: "aggregate",
    columns: [
      c("date", "DATE", "Shop-local day of payment.", false),
      c("currency", "VARCHAR", "Currency of the amounts.", false),
      c("purchases", "INTEGER", "Purchases (paid, not cancelled orders).", false),
      c("refunded_purchases", "INTEGER", "Of which with a refund.", false),
      c("amount_paid", "DOUBLE", "Sum of amount_paid (支付金额, postage included, refunds not deducted), to the cent."),
      c("net_amount", "DOUBLE", "Sum of amount_paid minus refunds, to the cent.")
    ]
  },
  people_days: {
    name: "people_days",
    description:
      "Visitors, visitors who bought, paying buyers and repeat buyers as counts that any date range adds up exactly: a row's people count in a range [d0, d1] when d0 ≤ date ≤ d1 and since < d0 ≤ until (derived at build time; the method is in src/analyses/overviewFacts.ts).",
    key: ["date", "kind", "currency", "since", "until"],
    // Counts, but a count of one tied to two visit dates comes close to one person's history.
    grain: "customer",
    columns: [
      c("date", "DATE", "Shop-local day on which these people are counted.", false),
      c("kind", "INTEGER", "1 visitor, 2 visitor who bought, 3 paying buyer, 4 repeat buyer (src/analyses/overviewFacts.ts PEOPLE).", false),
      c("currency", "VARCHAR", "Currency, for buyers and repeat buyers; null for visitors."),
      c("since", "DATE", "The range must start after this day (their previous day; 0001-01-01 when none).", false),
      c("until", "DATE", "… and on or before this day.", false),
      c("people", "INTEGER", "How many people.", false)
    ]
  },
  purchase_currencies: {
    name: "purchase_currencies",
    description:
      "One row per currency the shop was paid in: purchases, and how many carry a customer key (derived at build time, src/analyses/overviewFacts.ts).",
    key: ["currency"],
    grain: "aggregate",
    columns: [
      c("currency", "VARCHAR", "Currency.", false),
      c("purchases", "INTEGER", "Purchases (paid, not cancelled orders) in it.", false),
      c("keyed_purchases", "INTEGER", "Of which with a customer key.", false)
    ]
  },
  feedback_model: {
    name: "feedback_model",
    description: "How the sentiment was scored and how accurate the trained model was on held-out rated items.",
    key: ["method"],
    grain: "aggregate",
    columns: [
      c("method", "VARCHAR", "model (trained on ratings) or lexicon.", false),
      c("rated_items", "INTEGER", "Items with a rating and text (training material).", false),
      c("held_out", "INTEGER", "Rated items held out for the evaluation (stratified half)."),
      c("accuracy", "DOUBLE", "Held-out accuracy."),
      c("balanced_accuracy", "DOUBLE", "Held-out balanced accuracy."),
      c("macro_f1", "DOUBLE", "Held-out macro-F1."),
      c("majority_rate", "DOUBLE", "Share of the larger class among the held-out items."),
      c("lexicon_balanced_accuracy", "DOUBLE", "The lexicon's balanced accuracy on the same held-out items.")
    ]
  }
} as const satisfies Record<string, TableSpec>;

/** Tables the pipeline writes about itself; published in both modes. */
export const META_TABLES = {
  sources: {
    name: "sources",
    description: "One row per raw file: the preset that read it and what it declared.",
    key: ["source_file"],
    grain: "meta",
    columns: [
      c("source_file", "VARCHAR", "Path under data/.", false),
      c("preset", "VARCHAR", "Preset that recognised the file.", false),
      c("encoding", "VARCHAR", "Detected text encoding."),
      c("source_time_zone", "VARCHAR", "Time zone the file's times were declared in."),
      c("export_date", "TIMESTAMP", "Declared export time, or the file's latest status time."),
      c("refund_time_known", "BOOLEAN", "Whether the file records when refunds happened.")
    ]
  },
  quality: {
    name: "quality",
    description:
      "Per source file and table: what was read, written, quarantined, de-duplicated and superseded. " +
      "rows_read = rows_written − rows_derived + rows_quarantined + rows_excluded + rows_merged + duplicates_exact + duplicates_key + superseded.",
    key: ["source_file", "table_name"],
    grain: "meta",
    columns: [
      c("source_file", "VARCHAR", "Path under data/.", false),
      c("table_name", "VARCHAR", "Canonical table written.", false),
      c("rows_read", "BIGINT", "Records in the raw file, counted independently of the parser.", false),
      c("rows_written", "BIGINT", "Rows of this file in the written Parquet (count(*) after writing).", false),
      c("rows_quarantined", "BIGINT", "Rows sent to the quarantine table.", false),
      c("rows_excluded", "BIGINT", "Rows kept out of the table on purpose (e.g. outside the declared window).", false),
      c("rows_merged", "BIGINT", "Records folded into a row built from several records (pre-sale parts, lines into orders).", false),
      c("rows_derived", "BIGINT", "Rows built from merged records (e.g. one order from its pre-sale parts).", false),
      c("duplicates_exact", "BIGINT", "Exact duplicate rows dropped.", false),
      c("duplicates_key", "BIGINT", "Rows dropped because the same key appeared again in the same file.", false),
      c("superseded", "BIGINT", "Rows replaced by a later export of the same key.", false),
      c("date_min", "TIMESTAMP", "Earliest time in the file's main time column."),
      c("date_max", "TIMESTAMP", "Latest time in the file's main time column.")
    ]
  },
  quality_columns: {
    name: "quality_columns",
    description: "Null rate per column per source file.",
    key: ["source_file", "table_name", "column_name"],
    grain: "meta",
    columns: [
      c("source_file", "VARCHAR", "Path under data/.", false),
      c("table_name", "VARCHAR", "Canonical table.", false),
      c("column_name", "VARCHAR", "Column.", false),
      c("null_rate", "DOUBLE", "Share of written rows where the column is null.", false)
    ]
  },
  quarantine: {
    name: "quarantine",
    description: "Rows that could not be repaired, with where they came from and why.",
    key: ["source_file", "line_number"],
    grain: "meta",
    columns: [
      c("source_file", "VARCHAR", "Path under data/.", false),
      c("line_number", "INTEGER", "1-based line where the record starts in the raw file.", false),
      c("reason_code", "VARCHAR", "Machine-readable reason.", false),
      c("reason", "VARCHAR", "Human-readable reason (English).", false),
      c("raw_text", "VARCHAR", "The raw record, personal data masked.")
    ]
  },
  capabilities: {
    name: "capabilities",
    description: "Which reports the loaded data supports, and what would enable the others.",
    key: ["report"],
    grain: "meta",
    columns: [
      c("report", "VARCHAR", "Report id.", false),
      c("supported", "BOOLEAN", "Whether the data supports it.", false),
      c("basis", "VARCHAR", "raw, aggregate or none.", false),
      c("missing_en", "VARCHAR", "What is missing, in English."),
      c("missing_zh", "VARCHAR", "What is missing, in Chinese.")
    ]
  }
} as const satisfies Record<string, TableSpec>;

export type MetaTableName = keyof typeof META_TABLES;

export const ALL_TABLES: Record<string, TableSpec> = { ...TABLES, ...DERIVED_TABLES, ...META_TABLES };

/** DDL for a table, used by the loaders and by tests that build fixtures. */
export function createTableSql(spec: TableSpec, name: string = spec.name): string {
  const cols = spec.columns.map((col) => `"${col.name}" ${col.type}`).join(", ");
  return `CREATE TABLE "${name}" (${cols})`;
}
