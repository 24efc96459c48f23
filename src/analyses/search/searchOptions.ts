/**
 * Checks for the numeric and text options of the search analyses. Numbers are bound as DOUBLE by
 * DuckDB-WASM and cast to INTEGER in SQL, so they must be whole and inside INTEGER's range; a
 * term travels as a string and is compared with whole tokens, never pasted into SQL.
 */

/** Most rows a ranked table returns (the page's CSV holds what the table holds). */
export const MAX_TOP = 10_000;
const MAX_VOLUME = 1_000_000_000;

/** `top`: a whole number of rows, 1 … MAX_TOP. */
export function checkTop(top: number): number {
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new Error(`invalid top: ${top} (a whole number from 1 to ${MAX_TOP})`);
  return top;
}

/** A minimum volume (searches, visitors): a whole number, 1 … 10⁹. */
export function checkMinVolume(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_VOLUME) throw new Error(`invalid ${name}: ${value} (a whole number from 1 to ${MAX_VOLUME})`);
  return value;
}

/** A term to narrow to: "" for all, else one token as search_queries.tokens holds it (no '|'). */
export function checkTerm(term: string | undefined): string {
  const t = term ?? "";
  if (t.includes("|") || t !== t.trim()) throw new Error(`invalid term: "${t}" (one token, without '|' or surrounding spaces)`);
  return t;
}
