/**
 * The scored customers of one segment (or all), for the CSV download and for the tests that
 * compare customer by customer. Ids are the pipeline's pseudonyms; nothing personal is here.
 */
import { defineQuery, oneOf } from "../../query.js";
import { SEGMENT_SCHEMES, segmentIds, type SegmentScheme } from "./segmentRules.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";

export interface RfmCustomersOptions extends RfmOptions {
  scheme: SegmentScheme;
  /** A segment id of the scheme, or "all". */
  segment: string;
}

export interface RfmCustomerRow {
  customer_id: string;
  recency: number;
  frequency: number;
  monetary: number;
  revenue: number;
  orders: number;
  last_purchase: Date;
  r_score: number;
  f_score: number;
  m_score: number;
  total: number;
  segment: string | null;
  eight_class: string;
}

export const RFM_CUSTOMERS_SQL = `WITH ${RFM_SCORED_CTE}
SELECT customer_id::VARCHAR AS customer_id, r::INTEGER AS recency, f::INTEGER AS frequency, m::DOUBLE AS monetary,
  revenue::DOUBLE AS revenue, orders::INTEGER AS orders, last_purchase::DATE AS last_purchase,
  r_score::INTEGER AS r_score, f_score::INTEGER AS f_score, m_score::INTEGER AS m_score, total::DOUBLE AS total,
  segment::VARCHAR AS segment, eight_class::VARCHAR AS eight_class
FROM rfm_scored
WHERE as_of = $1::DATE AND ($16 = 'all' OR (CASE WHEN $15 = 'eight' THEN eight_class ELSE segment END) = $16)
ORDER BY total DESC, revenue DESC, customer_id`;

export const rfmCustomers = defineQuery<RfmCustomersOptions, RfmCustomerRow>(
  "rfmCustomers",
  RFM_CUSTOMERS_SQL,
  (o) => {
    const scheme = oneOf("scheme", o.scheme, SEGMENT_SCHEMES);
    return [...rfmParams(o), scheme, o.segment === "all" ? "all" : oneOf("segment", o.segment, segmentIds(scheme))];
  },
  runRfm
);
