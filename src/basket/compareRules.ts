/**
 * The order of rule lists: strongest association first (lift, then confidence, then support), then
 * by the labels so that equal-metric rules come out in the same order in Node and in the browser.
 * Ties are exact: the metrics are computed as one division of whole numbers, so two rules whose
 * lifts are equal as fractions get the same double.
 */
import { compareLabelLists } from "./compareLabels.js";
import type { AssociationRule } from "./associationRules.js";

/** Sort comparator: lift, confidence and support descending, then antecedent and consequent labels. */
export function compareRules(a: AssociationRule, b: AssociationRule): number {
  return (
    b.lift - a.lift ||
    b.confidence - a.confidence ||
    b.support - a.support ||
    compareLabelLists(a.antecedent, b.antecedent) ||
    compareLabelLists(a.consequent, b.consequent)
  );
}
