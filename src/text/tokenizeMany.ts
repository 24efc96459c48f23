import { BoundedCache } from "./boundedCache.js";
import { CHINESE_STOP_WORDS } from "./chineseStopWords.js";
import { detectLanguage } from "./detectLanguage.js";
import { normalizeText } from "./normalizeText.js";
import { segmentChineseBatch } from "./segmentChinese.js";
import type { SpellingVariant } from "./spellingVariants.js";
import { textPieces, type TextPiece } from "./textPieces.js";
import { tokenizeEnglish } from "./tokenizeEnglish.js";
import { userDictionary, type UserWord } from "./userDictionary.js";

export interface TokenizeOptions {
  /**
   * Force a language; by default each text is detected on its own (detectLanguage: any Han
   * character → "zh"). "zh" segments Han runs with jieba and tokenises the Latin runs between them
   * as English; "en" only splits at spaces, so Han runs stay whole and unsegmented.
   */
  lang?: "zh" | "en";
  /**
   * Shop words to add to the process-wide user dictionary before tokenising (see
   * userDictionary.ts). Applied once per array: pass the same array on every call, and use
   * userDictionary.add for words that arrive later.
   */
  userDict?: Iterable<UserWord>;
  /** Porter-stem English tokens (default true). */
  stem?: boolean;
  /** Keep stop words (default false). Negations are never stop words. */
  keepStopWords?: boolean;
  /** Spelling variants for normalizeText (default SPELLING_VARIANTS). */
  variants?: readonly SpellingVariant[];
}

// Texts per round: enough to make one jieba call worthwhile, few enough that the pending work
// of a million-text input never sits in memory at once.
const CHUNK = 1_024;
const MEMO_ENTRIES = 100_000;
// Tokens are memoised as one string joined by this (no token contains it: normalisation strips
// control characters): one object per entry for the garbage collector to trace instead of one
// per token. In a profile of the bench at a million queries, GC was the largest single entry.
const JOIN = "\u0000";

/**
 * Two memos per combination of settings, each keyed by the text itself, so no key string is
 * built per call. `raw` is keyed by the text as given, so a repeated query skips even
 * normalisation (most of the cost of a hit: the bench's memoised pass ran about twice as fast
 * with it); `normalized` by the normalised text, so "ＴＳＨＩＲＴ" and "t shirt" share an entry.
 * With `lang` left to detection the language follows from the normalised text, so it needs no
 * place in the key. Both forget everything when the dictionary grows.
 */
interface Memo {
  readonly raw: BoundedCache<string>;
  readonly normalized: BoundedCache<string>;
}
const memos = new Map<string, Memo>();
const applied = new WeakSet<object>();

interface Miss {
  readonly index: number;
  readonly text: string;
  readonly lang: "zh" | "en";
  readonly normalized: string;
}

/**
 * tokenize for many texts: normalise each, look it up in bounded memos, and segment the Chinese
 * of the rest in batched jieba calls. Use it on logs; the tokens are the same as tokenize's, text
 * by text.
 */
export function tokenizeMany(texts: Iterable<string>, options: TokenizeOptions = {}): string[][] {
  const { lang, userDict, stem = true, keepStopWords = false, variants } = options;
  if (userDict !== undefined && !applied.has(userDict)) {
    userDictionary.add(userDict);
    applied.add(userDict);
  }
  const settings = { stem, keepStopWords };
  const memo = memoFor(`${stem}/${keepStopWords}/${lang ?? "auto"}`);
  // The raw memo only with the default variants: a caller's own list would need its identity
  // in the key.
  const raw = variants ? undefined : memo.raw;
  const results: string[][] = [];
  let misses: Miss[] = [];
  for (const text of texts) {
    const rawHit = raw?.get(text);
    if (rawHit !== undefined) {
      results.push(split(rawHit));
      continue;
    }
    const index = results.length;
    results.push([]);
    const normalized = normalizeText(text, variants ? { variants } : {});
    if (normalized === "") continue;
    const hit = memo.normalized.get(normalized);
    if (hit !== undefined) {
      results[index] = split(hit);
      raw?.set(text, hit);
    } else misses.push({ index, text, lang: lang ?? detectLanguage(normalized), normalized });
    if (misses.length >= CHUNK) {
      resolve(misses, results, settings, memo, raw);
      misses = [];
    }
  }
  resolve(misses, results, settings, memo, raw);
  return results;
}

function memoFor(settings: string): Memo {
  let memo = memos.get(settings);
  if (!memo) {
    const epoch = () => userDictionary.version;
    memo = { raw: new BoundedCache(MEMO_ENTRIES, epoch), normalized: new BoundedCache(MEMO_ENTRIES, epoch) };
    memos.set(settings, memo);
  }
  return memo;
}

const split = (joined: string): string[] => (joined === "" ? [] : joined.split(JOIN));

/** Tokens for texts the memo did not have, with one batched segmentation for all their Han runs. */
function resolve(
  misses: readonly Miss[],
  results: string[][],
  options: { stem: boolean; keepStopWords: boolean },
  memo: Memo,
  raw: BoundedCache<string> | undefined
): void {
  const done = new Map<string, string>();
  const todo: Array<Miss & { pieces: TextPiece[] }> = [];
  for (const miss of misses) {
    if (done.has(miss.normalized)) continue; // the same new text twice in one round
    done.set(miss.normalized, "");
    todo.push({ ...miss, pieces: miss.lang === "zh" ? textPieces(miss.normalized) : [] });
  }
  const runs = todo.flatMap((m) => m.pieces.filter((p) => p.kind === "han").map((p) => p.text));
  const segmented = segmentChineseBatch(runs);
  let next = 0;
  for (const miss of todo) {
    let tokens: string[];
    if (miss.lang === "en") tokens = tokenizeEnglish(miss.normalized, options);
    else {
      tokens = [];
      for (const piece of miss.pieces) {
        if (piece.kind === "phrase") tokens.push(piece.text);
        else if (piece.kind === "other") tokens.push(...tokenizeEnglish(piece.text, options));
        else for (const word of segmented[next++]!) if (options.keepStopWords || !CHINESE_STOP_WORDS.has(word)) tokens.push(word);
      }
    }
    const joined = tokens.join(JOIN);
    memo.normalized.set(miss.normalized, joined);
    done.set(miss.normalized, joined);
  }
  for (const miss of misses) {
    const joined = done.get(miss.normalized)!;
    raw?.set(miss.text, joined);
    results[miss.index] = split(joined);
  }
}
