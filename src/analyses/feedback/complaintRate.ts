/**
 * The complaint rate over the whole range: complaints per 1,000 purchase orders placed in the
 * range (definition in complaintCounts.ts); one row, null rate when no orders were placed.
 * $1 from, $2 to, $3 kind (always 'complaint'), $4 sentiment, $5 aspect, $6 category, $7 brand, $8 product, $9 topic.
 */
import { defineQuery } from "../../query.js";
import { COMPLAINT_COLUMNS, COMPLAINT_COUNTS_CTE, type ComplaintMeasures } from "./complaintCounts.js";
import { FEEDBACK_FILTER_CTE, feedbackFilterParams, type FeedbackFilterOptions } from "./feedbackFilter.js";

export type ComplaintRateOptions = Omit<FeedbackFilterOptions, "kind">;
export type ComplaintRateRow = ComplaintMeasures;

export const COMPLAINT_RATE_SQL = `
WITH ${FEEDBACK_FILTER_CTE}, ${COMPLAINT_COUNTS_CTE}
SELECT ${COMPLAINT_COLUMNS}
FROM (SELECT count(*) AS complaints FROM cr_complaints) c, (SELECT count(*) AS orders FROM cr_orders) o`;

export const complaintRate = defineQuery<ComplaintRateOptions, ComplaintRateRow>("complaintRate", COMPLAINT_RATE_SQL, (o) =>
  feedbackFilterParams({ ...o, kind: "complaint" })
);
