/**
 * Segment migration between two as-of dates: how many customers moved from each segment at
 * `fromAsOf` to each segment at `asOf`, both scored with the same parameters, each date against
 * its own quantile edges and means. "none" is a customer not (or no longer) scored on that date:
 * no kept purchase yet, or every purchase refunded by then.
 */
import { defineQuery, oneOf } from "../../query.js";
import { SEGMENT_SCHEMES, type SegmentScheme } from "./segmentRules.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";

export interface RfmMigrationOptions extends RfmOptions {
  fromAsOf: string;
  scheme: SegmentScheme;
}

export interface RfmMigrationRow {
  from_segment: string;
  to_segment: string;
  customers: number;
}

export const RFM_MIGRATION_SQL = `WITH ${RFM_SCORED_CTE}, seg AS (
  SELECT as_of, customer_id, CASE WHEN $15 = 'eight' THEN eight_class ELSE segment END AS segment FROM rfm_scored
), a AS (SELECT customer_id, segment FROM seg WHERE as_of = $14::DATE),
b AS (SELECT customer_id, segment FROM seg WHERE as_of = $1::DATE)
SELECT coalesce(a.segment, 'none')::VARCHAR AS from_segment, coalesce(b.segment, 'none')::VARCHAR AS to_segment,
  count(*)::INTEGER AS customers
FROM a FULL OUTER JOIN b USING (customer_id)
GROUP BY ALL ORDER BY from_segment, to_segment`;

export const rfmMigration = defineQuery<RfmMigrationOptions, RfmMigrationRow>(
  "rfmMigration",
  RFM_MIGRATION_SQL,
  (o) => [...rfmParams(o, o.fromAsOf), oneOf("scheme", o.scheme, SEGMENT_SCHEMES)],
  runRfm
);
