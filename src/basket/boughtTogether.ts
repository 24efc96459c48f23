/**
 * The "customers who bought X also bought" list: rules whose antecedent is exactly the one item X,
 * strongest first. Rules with a larger antecedent are left out because the list is shown on X's own
 * page, where the reader knows only that X is in the basket.
 */
import type { AssociationRule } from "./associationRules.js";
import { compareRules } from "./compareRules.js";
import { requireLimit } from "./validate.js";

/** At most `limit` rules {item} → C from `rules`, sorted as by compareRules. */
export function boughtTogether(rules: readonly AssociationRule[], item: string, limit = 10): AssociationRule[] {
  if (!Array.isArray(rules)) throw new Error("rules must be an array of association rules");
  if (typeof item !== "string") throw new Error(`item must be a string item label, got ${typeof item}`);
  requireLimit("limit", limit, 0);
  // Re-sorted so that a list filtered or reordered by the caller still comes out strongest first.
  const matches = rules.filter((rule) => rule.antecedent.length === 1 && rule.antecedent[0] === item).sort(compareRules);
  return limit === Number.POSITIVE_INFINITY ? matches : matches.slice(0, limit);
}
