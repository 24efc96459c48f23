import { ASPECT_DICTIONARIES } from "./aspectDictionaries.js";
import { feedbackClauses } from "./feedbackClauses.js";
import { pairOpinions, type PairOptions } from "./pairOpinions.js";

/** How many texts hold one (aspect, aspect word, opinion) pair. */
export interface OpinionPairCount {
  readonly aspect: string;
  readonly aspectWord: string;
  readonly opinion: string;
  readonly negated: boolean;
  /** Texts holding the pair (a text that says it twice counts once). */
  readonly count: number;
}

export interface OpinionPairsOptions extends PairOptions {
  /** Pairs kept per aspect, most frequent first (default 10). */
  topK?: number;
}

/**
 * Aspect–opinion pairs over many feedback texts (物流 → 很快 × 120, 质量 → 差 × 31 …): each text
 * cut into clauses at punctuation and contrast words (feedbackClauses), each clause paired by
 * pairOpinions, each pair counted once per text. Returns the top-K pairs of every aspect, aspects
 * in table order, then by count (descending), aspect word and opinion, so equal input gives equal
 * output. Counts are of texts, so one long rant cannot outweigh many short reviews.
 */
export function opinionPairs(texts: readonly string[], options: OpinionPairsOptions = {}): OpinionPairCount[] {
  const { topK = 10, dictionaries = ASPECT_DICTIONARIES } = options;
  if (!(Number.isInteger(topK) && topK >= 1)) throw new Error(`invalid topK: ${topK}`);
  const counts = new Map<string, { pair: Omit<OpinionPairCount, "count">; count: number }>();
  for (const clauses of feedbackClauses(texts)) {
    const seen = new Set<string>();
    for (const { tokens, normalized } of clauses) {
      for (const pair of pairOpinions(tokens, normalized, options)) {
        const key = `${pair.aspect}\u0000${pair.aspectWord}\u0000${pair.opinion}\u0000${pair.negated}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key);
        if (entry) entry.count++;
        else counts.set(key, { pair, count: 1 });
      }
    }
  }
  const order = new Map(dictionaries.map((d, i) => [d.id, i]));
  const sorted = [...counts.values()]
    .map(({ pair, count }) => ({ ...pair, count }))
    .sort((a, b) => order.get(a.aspect)! - order.get(b.aspect)! || b.count - a.count || compare(a.aspectWord, b.aspectWord) || compare(a.opinion, b.opinion) || Number(a.negated) - Number(b.negated));
  const kept = new Map<string, number>();
  return sorted.filter((p) => {
    const n = kept.get(p.aspect) ?? 0;
    kept.set(p.aspect, n + 1);
    return n < topK;
  });
}

// Code-unit order, not localeCompare: the same on every machine and Node version.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
