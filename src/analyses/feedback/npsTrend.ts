/**
 * NPS per month (or Monday-started week) of created_at (definition in npsMeasures.ts): every
 * period of the range listed, respondents 0 and NPS null where nobody answered.
 * $1 … $9 the feedback filter, $10 grain ('month' | 'week').
 */
import { defineQuery, oneOf } from "../../query.js";
import { FEEDBACK_FILTER_CTE, feedbackFilterParams } from "./feedbackFilter.js";
import { FEEDBACK_GRAINS, feedbackPeriodColumns, feedbackPeriodsCte } from "./feedbackPeriods.js";
import type { FeedbackTrendOptions } from "./feedbackTrend.js";
import { NPS_COLUMNS, NPS_COUNTS, type NpsMeasures } from "./npsMeasures.js";

export interface NpsTrendRow extends NpsMeasures {
  period: string;
  days: number;
  partial: boolean;
}

export const NPS_TREND_SQL = `
WITH ${FEEDBACK_FILTER_CTE}, ${feedbackPeriodsCte("$10")},
n AS (SELECT date_trunc($10, created_at)::DATE AS period, ${NPS_COUNTS} FROM ff GROUP BY 1)
SELECT ${feedbackPeriodColumns("$10")}, ${NPS_COLUMNS}
FROM fp_periods p LEFT JOIN n ON n.period = p.period
ORDER BY p.period`;

export const npsTrend = defineQuery<FeedbackTrendOptions, NpsTrendRow>("npsTrend", NPS_TREND_SQL, (o) => [
  ...feedbackFilterParams(o),
  oneOf("grain", o.grain, FEEDBACK_GRAINS)
]);
