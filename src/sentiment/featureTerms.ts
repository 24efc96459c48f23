import { detectLanguage, normalizeText, tokenizeMany } from "../text/index.js";

/** zh or en; null or undefined = detect from the text (src/text's detectLanguage). */
export type FeedbackLanguage = "zh" | "en" | null | undefined;

/**
 * TF-IDF terms of each text, counted as the published baselines count them, so the numbers
 * compare: Chinese text gives the character 1- and 2-grams of its normalised form (no segmenter:
 * character pairs catch 不好, 太慢, 好吃 whatever jieba would have cut, and cost no wasm call),
 * English text its word 1- and 2-grams, bigrams written "w1 w2".
 *
 * Chinese: normalizeText first (full-width → half-width, lower case, punctuation → space), then
 * grams inside each space-separated run, so no gram straddles a removed punctuation mark.
 * English: tokenizeMany with stop words KEPT and Porter stems: "too small", "not flattering" and
 * "but" carry the sentiment that a topic index rightly drops (on the clothing reviews keeping
 * them raised macro-F1 by ~0.006; stemming made no measurable difference either way, so the
 * shared default stays).
 */
export function featureTerms(texts: readonly string[], langs?: readonly FeedbackLanguage[]): string[][] {
  const out: string[][] = new Array(texts.length);
  const english: number[] = [];
  texts.forEach((text, i) => {
    if ((langs?.[i] ?? detectLanguage(text)) === "en") english.push(i);
    else out[i] = charGrams(normalizeText(text));
  });
  const tokens = tokenizeMany(english.map((i) => texts[i]!), { lang: "en", keepStopWords: true });
  english.forEach((i, k) => (out[i] = wordGrams(tokens[k]!)));
  return out;
}

function charGrams(normalized: string): string[] {
  const out: string[] = [];
  for (const run of normalized.split(" ")) {
    // By code point, so a character outside the BMP stays one character.
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) {
      out.push(chars[i]!);
      if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
    }
  }
  return out;
}

function wordGrams(words: readonly string[]): string[] {
  const out = words.slice();
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}
