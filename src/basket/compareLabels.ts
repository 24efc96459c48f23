/**
 * The one order used for item labels everywhere in this folder. It compares UTF-16 code units
 * (like a plain `<`), not localeCompare: the same report is computed in Node and in readers'
 * browsers, and a locale-dependent order would make itemsets and tie-breaks differ between them.
 */

/** Code-unit order of two labels: negative, 0 or positive, as Array.prototype.sort expects. */
export function compareLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Element-wise label order of two item lists; a list that is a prefix of the other comes first. */
export function compareLabelLists(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareLabels(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
