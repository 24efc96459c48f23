import { ENGLISH_STOP_WORDS } from "./englishStopWords.js";
import { stemEnglish } from "./stemEnglish.js";
import { userDictionary } from "./userDictionary.js";

export interface EnglishTokenOptions {
  /** Porter-stem each token (default true). */
  stem?: boolean;
  /** Keep stop words (default false). */
  keepStopWords?: boolean;
}

/**
 * English tokens of NORMALISED text (normalizeText in its default "strip" mode, which leaves only
 * words, the joiners inside them and single spaces): split at spaces, possessive 's dropped, stop
 * words removed, then stemmed — except words in the user dictionary, which are brand and model
 * names the shop wants kept as written ("iphone", not Porter's "iphon").
 *
 *   tokenizeEnglish("running shoes for the kid's 3-seater") → ["run", "shoe", "kid", "3-seater"]
 */
export function tokenizeEnglish(normalized: string, { stem = true, keepStopWords = false }: EnglishTokenOptions = {}): string[] {
  const tokens: string[] = [];
  for (let word of normalized.split(" ")) {
    if (word.length > 2 && word.endsWith("'s")) word = word.slice(0, -2);
    if (word === "" || (!keepStopWords && ENGLISH_STOP_WORDS.has(word))) continue;
    tokens.push(stem && !userDictionary.has(word) ? stemEnglish(word) : word);
  }
  return tokens;
}
