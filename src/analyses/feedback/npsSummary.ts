/**
 * NPS over the whole range (definition in npsMeasures.ts): one row, respondents 0 and NPS null
 * when nobody answered. A sentiment or aspect filter keeps only answers with text (scored items).
 * $1 … $9 the feedback filter.
 */
import { defineQuery } from "../../query.js";
import { FEEDBACK_FILTER_CTE, feedbackFilterParams, type FeedbackFilterOptions } from "./feedbackFilter.js";
import { NPS_COLUMNS, NPS_COUNTS, type NpsMeasures } from "./npsMeasures.js";

export type NpsSummaryRow = NpsMeasures;

export const NPS_SUMMARY_SQL = `
WITH ${FEEDBACK_FILTER_CTE},
n AS (SELECT ${NPS_COUNTS} FROM ff)
SELECT ${NPS_COLUMNS} FROM n`;

export const npsSummary = defineQuery<FeedbackFilterOptions, NpsSummaryRow>("npsSummary", NPS_SUMMARY_SQL, feedbackFilterParams);
