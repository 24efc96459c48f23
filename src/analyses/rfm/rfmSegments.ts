/**
 * Segment sizes under a scheme, every segment listed (empty ones with 0), with their share of
 * customers and of net revenue and their average R, F, M. The named scheme needs 1–5 scores; with
 * another k every customer's named segment is null and the page offers the eight classes instead.
 */
import { defineQuery, oneOf } from "../../query.js";
import { SEGMENT_SCHEMES, segmentValues, type SegmentScheme } from "./segmentRules.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";

export interface RfmSegmentsOptions extends RfmOptions {
  scheme: SegmentScheme;
}

export interface RfmSegmentRow {
  segment: string;
  customers: number;
  share: number | null;
  revenue: number;
  revenue_share: number | null;
  avg_r: number | null;
  avg_f: number | null;
  avg_m: number | null;
}

export const RFM_SEGMENTS_SQL = `WITH ${RFM_SCORED_CTE}, seg AS (
  SELECT CASE WHEN $15 = 'eight' THEN eight_class ELSE segment END AS segment, r, f, m, mc,
    revenue_cents AS cents
  FROM rfm_scored WHERE as_of = $1::DATE
), totals AS (
  SELECT count(*) AS n, sum(cents) AS cents FROM seg
), ids AS (
  SELECT * FROM (VALUES ${segmentValues("named").replace(/\)/g, ", 'named')")}, ${segmentValues("eight").replace(/\)/g, ", 'eight')")}) t(segment, ord, scheme)
  WHERE scheme = $15
), per AS (
  SELECT segment, count(*) AS n, sum(cents) AS cents, avg(r) AS avg_r, avg(f) AS avg_f, sum(mc) / count(*) / 100 AS avg_m
  FROM seg GROUP BY segment
)
SELECT i.segment::VARCHAR AS segment, coalesce(p.n, 0)::INTEGER AS customers,
  (CASE WHEN t.n > 0 THEN coalesce(p.n, 0) / t.n END)::DOUBLE AS share,
  (coalesce(p.cents, 0) / 100)::DOUBLE AS revenue,
  (CASE WHEN t.cents > 0 THEN coalesce(p.cents, 0) / t.cents END)::DOUBLE AS revenue_share,
  round(p.avg_r, 1)::DOUBLE AS avg_r, round(p.avg_f, 2)::DOUBLE AS avg_f, round(p.avg_m, 2)::DOUBLE AS avg_m
FROM ids i LEFT JOIN per p USING (segment), totals t
ORDER BY i.ord`;

export const rfmSegments = defineQuery<RfmSegmentsOptions, RfmSegmentRow>(
  "rfmSegments",
  RFM_SEGMENTS_SQL,
  (o) => [...rfmParams(o), oneOf("scheme", o.scheme, SEGMENT_SCHEMES)],
  runRfm
);
