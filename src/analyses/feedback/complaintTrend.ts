/**
 * The complaint rate per month (or Monday-started week): complaints created and purchase orders
 * placed in the period (definition in complaintCounts.ts), every period of the range listed; the
 * rate is null for a period without orders, whatever its complaints.
 * $1 from, $2 to, $3 kind (always 'complaint'), $4 sentiment, $5 aspect, $6 category, $7 brand, $8 product, $9 topic,
 * $10 grain ('month' | 'week').
 */
import { defineQuery, oneOf } from "../../query.js";
import { COMPLAINT_COLUMNS, COMPLAINT_COUNTS_CTE, type ComplaintMeasures } from "./complaintCounts.js";
import type { ComplaintRateOptions } from "./complaintRate.js";
import { FEEDBACK_FILTER_CTE, feedbackFilterParams } from "./feedbackFilter.js";
import { FEEDBACK_GRAINS, feedbackPeriodColumns, feedbackPeriodsCte, type FeedbackGrain } from "./feedbackPeriods.js";

export interface ComplaintTrendOptions extends ComplaintRateOptions {
  grain: FeedbackGrain;
}

export interface ComplaintTrendRow extends ComplaintMeasures {
  period: string;
  days: number;
  partial: boolean;
}

export const COMPLAINT_TREND_SQL = `
WITH ${FEEDBACK_FILTER_CTE}, ${COMPLAINT_COUNTS_CTE}, ${feedbackPeriodsCte("$10")}
SELECT ${feedbackPeriodColumns("$10")}, ${COMPLAINT_COLUMNS}
FROM fp_periods p
LEFT JOIN (SELECT date_trunc($10, created_at)::DATE AS period, count(*) AS complaints FROM cr_complaints GROUP BY 1) c ON c.period = p.period
LEFT JOIN (SELECT date_trunc($10, ordered_at)::DATE AS period, count(*) AS orders FROM cr_orders GROUP BY 1) o ON o.period = p.period
ORDER BY p.period`;

export const complaintTrend = defineQuery<ComplaintTrendOptions, ComplaintTrendRow>("complaintTrend", COMPLAINT_TREND_SQL, (o) => [
  ...feedbackFilterParams({ ...o, kind: "complaint" }),
  oneOf("grain", o.grain, FEEDBACK_GRAINS)
]);
