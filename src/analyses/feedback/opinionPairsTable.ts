/**
 * Aspect–opinion pairs (物流 → 很快, negation kept: 不快) as the build mined them from every item
 * with text (not re-derived per filter): per aspect, the `top` pairs held by the most items (ties:
 * aspect word, then opinion), aspects in the dictionary's order (any other id after them).
 * $1 top, $2 aspect ('all' or an aspect id of ASPECT_DICTIONARIES).
 */
import { defineQuery, oneOf } from "../../query.js";
import { ASPECT_IDS, aspectIdsValues } from "./aspectIds.js";
import { checkWhole } from "./feedbackOptions.js";

export interface OpinionPairsOptions {
  /** Pairs per aspect, 1 … 1,000. */
  top: number;
  aspect: string;
}

export interface OpinionPairRow {
  aspect: string;
  rank: number;
  aspect_word: string;
  opinion: string;
  negated: boolean;
  items: number;
}

export const OPINION_PAIRS_TABLE_SQL = `
WITH ids AS ${aspectIdsValues(false)},
r AS (
  SELECT *, row_number() OVER (PARTITION BY aspect ORDER BY items DESC, aspect_word, opinion) AS rank
  FROM feedback_opinions WHERE $2 = 'all' OR aspect = $2
)
SELECT r.aspect, r.rank::INTEGER AS rank, r.aspect_word, r.opinion, r.negated, r.items::INTEGER AS items
FROM r LEFT JOIN ids i ON i.aspect = r.aspect
WHERE r.rank <= $1::INTEGER
ORDER BY i.ord NULLS LAST, r.aspect, r.rank`;

export const opinionPairsTable = defineQuery<OpinionPairsOptions, OpinionPairRow>("opinionPairsTable", OPINION_PAIRS_TABLE_SQL, (o) => [
  checkWhole("top", o.top, 1, 1_000),
  oneOf("aspect", o.aspect, ["all", ...ASPECT_IDS])
]);
