/**
 * Display text of an itemset or one side of a rule ("Eggs + Onion"), kept in one place so that
 * tables, chart labels and tie-breaks in tests agree on it.
 */

/** Joins the labels with " + " in the order given (itemsets from this folder are already sorted). */
export function formatItemset(items: readonly string[]): string {
  return items.join(" + ");
}
