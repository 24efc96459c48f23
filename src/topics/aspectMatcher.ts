// Direct imports, not ../text/index.js: that index loads jieba (Node only), and matching needs no segmenter.
import { normalizeText } from "../text/normalizeText.js";
import { stemEnglish } from "../text/stemEnglish.js";
import type { AspectDictionary } from "./aspectDictionaries.js";
import { peelPrefixes } from "./peelPrefixes.js";

/** One aspect word found in a token sequence: tokens[start, end) name `aspect` through `keyword`. */
export interface AspectHit {
  readonly aspect: string;
  /** The dictionary word that matched, normalised (the aspect word opinion pairs report). */
  readonly keyword: string;
  readonly start: number;
  readonly end: number;
}

export interface AspectMatcher {
  /**
   * Aspect words in `tokens` (from tokenize / tokenizeMany, stemmed or not, stop words kept or
   * not), in token order. `normalizedText` is the text the tokens came from, normalised; a
   * Chinese word split over several tokens counts only if it stands in that text unbroken.
   */
  find(tokens: readonly string[], normalizedText: string): AspectHit[];
}

interface Entry {
  readonly aspect: string;
  readonly keyword: string;
}

const HAN = /\p{Script=Han}/u;
const matchers = new WeakMap<readonly AspectDictionary[], AspectMatcher>();

/**
 * The dictionaries compiled for matching (once per table, memoised on its identity); the rules
 * are described in aspectDictionaries.ts. Throws on a keyword that is empty after normalisation
 * or holds a space: tokens never do, so such an entry could never match.
 */
export function aspectMatcher(dictionaries: readonly AspectDictionary[]): AspectMatcher {
  let matcher = matchers.get(dictionaries);
  if (!matcher) {
    matcher = compile(dictionaries);
    matchers.set(dictionaries, matcher);
  }
  return matcher;
}

function compile(dictionaries: readonly AspectDictionary[]): AspectMatcher {
  // Chinese words of 2+ characters, by first character (for words split over tokens), and all
  // of them for the substring test inside a token; single characters; English by stem.
  const hanWords: Entry[] = [];
  const hanByFirst = new Map<string, Entry[]>();
  const hanSingle = new Map<string, Entry[]>();
  const latin = new Map<string, Entry[]>();
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    const list = map.get(key) ?? [];
    if (!list.some((e) => e.aspect === entry.aspect)) list.push(entry);
    map.set(key, list);
  };
  const ids = new Set<string>();
  for (const { id, zh, en } of dictionaries) {
    if (ids.has(id)) throw new Error(`duplicate aspect id: ${id}`);
    ids.add(id);
    for (const raw of [...zh, ...en]) {
      const keyword = normalizeText(raw);
      if (keyword === "" || keyword.includes(" ")) throw new Error(`invalid aspect keyword "${raw}" in ${id}: write one word per entry`);
      const entry = { aspect: id, keyword };
      if (HAN.test(keyword) && [...keyword].length === 1) add(hanSingle, keyword, entry);
      else if (HAN.test(keyword)) {
        if (!hanWords.some((e) => e.aspect === id && e.keyword === keyword)) hanWords.push(entry);
        add(hanByFirst, keyword[0]!, entry);
      } else {
        add(latin, keyword, entry);
        add(latin, stemEnglish(keyword), entry);
      }
    }
  }

  const tokenHits = (token: string): Entry[] => {
    if (!HAN.test(token)) return latin.get(token) ?? latin.get(stemEnglish(token)) ?? [];
    const found = hanWords.filter((e) => token.includes(e.keyword));
    // A single character only as the whole token or behind 不/太/很 …: 贵 and 不贵, not 贵州.
    const single = hanSingle.get(token) ?? hanSingle.get(peelPrefixes(token).core);
    if (single) for (const e of single) if (!found.some((f) => f.aspect === e.aspect)) found.push(e);
    return found;
  };

  return {
    find(tokens, normalizedText) {
      const hits: AspectHit[] = [];
      let compact: string | undefined;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        for (const e of tokenHits(token)) hits.push({ ...e, start: i, end: i + 1 });
        // A word the segmenter split (性 + 价比): the tokens from i on must spell it exactly.
        for (const e of hanByFirst.get(token[0] ?? "") ?? []) {
          if (token.length >= e.keyword.length || !e.keyword.startsWith(token)) continue;
          let spelled = token;
          let j = i + 1;
          while (spelled.length < e.keyword.length && j < tokens.length && e.keyword.startsWith(spelled + tokens[j]!)) spelled += tokens[j++]!;
          if (spelled !== e.keyword) continue;
          compact ??= normalizedText.replace(/ /g, "");
          if (compact.includes(e.keyword) && !hits.some((h) => h.aspect === e.aspect && h.start === i)) hits.push({ ...e, start: i, end: j });
        }
      }
      return hits;
    }
  };
}
