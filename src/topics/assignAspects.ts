import { ASPECT_DICTIONARIES, type AspectDictionary } from "./aspectDictionaries.js";
import { aspectMatcher } from "./aspectMatcher.js";

/**
 * The aspects a piece of feedback talks about (multi-label: 快递员态度差 → logistics and
 * service), as ids in the order of the dictionary table. `tokens` are the text's tokens from
 * tokenize / tokenizeMany (stemmed or not); `normalizedText` is normalizeText of the same text,
 * used to confirm Chinese words the segmenter split (性 价比). Matching rules: aspectDictionaries.ts.
 *
 *   assignAspects(tokenize("性价比很高"), normalizeText("性价比很高")) → ["price"]
 *   assignAspects(tokenize("Runs small"), normalizeText("Runs small")) → ["size"]
 */
export function assignAspects(tokens: readonly string[], normalizedText: string, dictionaries: readonly AspectDictionary[] = ASPECT_DICTIONARIES): string[] {
  const found = new Set(aspectMatcher(dictionaries).find(tokens, normalizedText).map((h) => h.aspect));
  return dictionaries.filter((d) => found.has(d.id)).map((d) => d.id);
}
