import { tfidfVectorizer, type TfidfVectorizer } from "./tfidfVectorizer.js";

export interface TfidfOptions {
  /** Keep a term only if at least this many documents hold it (default 2, as the baseline). */
  minDf?: number;
}

/**
 * Learns a TF-IDF vocabulary from training documents (each a list of terms) the way
 * scikit-learn's TfidfVectorizer(min_df, sublinear_tf=True) does, so the published baselines
 * compare like with like: idf = ln((1 + n) / (1 + df)) + 1 (smoothed, as if one extra document
 * held every term), vocabulary sorted so the feature order does not depend on input order.
 * Fit on the training texts only: an idf that has seen the evaluation texts leaks them.
 */
export function fitTfidf(documents: readonly (readonly string[])[], { minDf = 2 }: TfidfOptions = {}): TfidfVectorizer {
  if (!(Number.isInteger(minDf) && minDf >= 1)) throw new Error(`fitTfidf: minDf must be a whole number ≥ 1, got ${minDf}`);
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const terms = [...df.keys()].filter((t) => df.get(t)! >= minDf).sort();
  const n = documents.length;
  const idf = Float64Array.from(terms, (t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1);
  return tfidfVectorizer(terms, idf);
}
