/**
 * The brand words for classifyIntent: the shop's own brands (the distinct products.brand values)
 * plus DEFAULT_BRANDS, normalised like queries, without the placeholders catalogues put in the
 * brand column (NOT_BRANDS) and without one-character names, which would turn any query holding
 * that character into a brand search. Build it once per run and do not change it afterwards:
 * classifyIntent indexes each set the first time it sees it.
 */
import { normalizeText } from "../text/normalizeText.js";
import { DEFAULT_BRANDS, NOT_BRANDS } from "./intentRules.js";

const NOT = new Set(NOT_BRANDS.map((b) => normalizeText(b)));

export function brandSet(shopBrands: Iterable<string | null | undefined>, defaults: readonly string[] = DEFAULT_BRANDS): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of [shopBrands, defaults]) {
    for (const raw of list) {
      if (raw === null || raw === undefined) continue;
      const b = normalizeText(raw);
      if ([...b].length >= 2 && !NOT.has(b)) out.add(b);
    }
  }
  return out;
}
