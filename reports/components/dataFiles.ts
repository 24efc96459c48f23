/**
 * Every data file the site publishes, declared once with literal paths so Framework finds them
 * at build time (FileAttachment needs a static string). Pages pick from these through
 * `openPageDb`, which registers only what build_info says was published.
 *
 * Each entry is a function returning the file's URL: `.href` (a member access right after the
 * call) stops Framework from adding its implicit `npm:apache-arrow` / `npm:parquet-wasm` imports
 * for .parquet files, which would be fetched from a CDN; and the function defers the lookup, so a
 * file the build did not produce fails only the table that needs it.
 */
import { FileAttachment } from "observablehq:stdlib";

export const TABLE_FILES = {
  customers: () => FileAttachment("../data/customers.parquet").href,
  orders: () => FileAttachment("../data/orders.parquet").href,
  order_items: () => FileAttachment("../data/order_items.parquet").href,
  products: () => FileAttachment("../data/products.parquet").href,
  events: () => FileAttachment("../data/events.parquet").href,
  searches: () => FileAttachment("../data/searches.parquet").href,
  feedback: () => FileAttachment("../data/feedback.parquet").href,
  experiments: () => FileAttachment("../data/experiments.parquet").href,
  traffic_daily: () => FileAttachment("../data/traffic_daily.parquet").href,
  product_daily: () => FileAttachment("../data/product_daily.parquet").href,
  search_terms_daily: () => FileAttachment("../data/search_terms_daily.parquet").href,
  search_queries: () => FileAttachment("../data/search_queries.parquet").href,
  feedback_scores: () => FileAttachment("../data/feedback_scores.parquet").href,
  feedback_topics: () => FileAttachment("../data/feedback_topics.parquet").href,
  feedback_opinions: () => FileAttachment("../data/feedback_opinions.parquet").href,
  feedback_model: () => FileAttachment("../data/feedback_model.parquet").href,
  visit_days: () => FileAttachment("../data/visit_days.parquet").href,
  sales_days: () => FileAttachment("../data/sales_days.parquet").href,
  people_days: () => FileAttachment("../data/people_days.parquet").href,
  purchase_currencies: () => FileAttachment("../data/purchase_currencies.parquet").href,
  sources: () => FileAttachment("../data/sources.parquet").href,
  quality: () => FileAttachment("../data/quality.parquet").href,
  quality_columns: () => FileAttachment("../data/quality_columns.parquet").href,
  quarantine: () => FileAttachment("../data/quarantine.parquet").href,
  capabilities: () => FileAttachment("../data/capabilities.parquet").href
};

export type PublishedTable = keyof typeof TABLE_FILES;

export const BUILD_INFO_FILE = () => FileAttachment("../data/build_info.json").href;

/** The overview's default view, precomputed at build time by the same queries (first paint). */
export const OVERVIEW_DEFAULT_FILE = () => FileAttachment("../data/overview_default.json").href;

/** The RFM page's default view, precomputed at build time by the same queries. */
export const RFM_DEFAULT_FILE = () => FileAttachment("../data/rfm_default.json").href;

/** The Customer value page's default view (fits, diagnostics, distributions; no customer rows). */
export const CLV_DEFAULT_FILE = () => FileAttachment("../data/clv_default.json").href;

/** The Lifecycle page's default view (cohorts, growth, repurchase, stages; no customer rows). */
export const LIFECYCLE_DEFAULT_FILE = () => FileAttachment("../data/lifecycle_default.json").href;

/** The Funnels & paths page's default view (aggregates only). */
export const FUNNELS_DEFAULT_FILE = () => FileAttachment("../data/funnels_default.json").href;

/** The Traffic page's default view (aggregates only). */
export const TRAFFIC_DEFAULT_FILE = () => FileAttachment("../data/traffic_default.json").href;

/** The A/B tests page's default view (per-variant aggregates only). */
export const ABTESTS_DEFAULT_FILE = () => FileAttachment("../data/abtests_default.json").href;

/** The Search keywords page's default view (aggregates of queries searched at least 5 times). */
export const SEARCH_DEFAULT_FILE = () => FileAttachment("../data/search_default.json").href;

/** The Feedback page's default view (aggregates only: no text, no quotes, no ids). */
export const FEEDBACK_DEFAULT_FILE = () => FileAttachment("../data/feedback_default.json").href;

/** The Personas page's default view (aggregates; the typical customer's tags only in internal builds). */
export const PERSONAS_DEFAULT_FILE = () => FileAttachment("../data/personas_default.json").href;

/** The Products page's default view (per product and per rule; nothing per customer). */
export const PRODUCTS_DEFAULT_FILE = () => FileAttachment("../data/products_default.json").href;
