import { tokenizeMany, type TokenizeOptions } from "./tokenizeMany.js";

/**
 * Tokens of one piece of shop text, Chinese, English or mixed: normalizeText, then per text
 * language (any Han character → Chinese): Han runs segmented by jieba with the user dictionary,
 * Latin runs tokenised as English words, stop words of each language removed (negations kept),
 * English tokens Porter-stemmed. Empty or whitespace-only text gives [].
 *
 *   tokenize("ＡＢＣ１２３　连衣裙") → ["abc123", "连衣裙"]
 *   tokenize("Running shoes") → ["run", "shoe"]
 *
 * Memoised on the normalised text; for a log, tokenizeMany is faster still.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  return tokenizeMany([text], options)[0]!;
}
