import type { CsrMatrix } from "./csrMatrix.js";

export interface TfidfOptions {
  /** Keep at most this many terms, those in the most documents (default 5,000). */
  maxTerms?: number;
  /** Drop terms in fewer documents than this (default 2): one-off words cannot make a topic. */
  minDocumentFrequency?: number;
  /**
   * Drop terms in more than this share of the documents (default 0.8): a word nearly every review
   * uses (好评, 收到) separates no topic from another.
   */
  maxDocumentShare?: number;
  /**
   * Which tokens may become terms (default: anything but plain numbers, which are quantities and
   * sizes rather than subjects: "2", "15", "4.5").
   */
  keepTerm?: (term: string) => boolean;
  /**
   * A vocabulary and its idf from an earlier call: rows are built on it instead of learning one
   * (how the topic model scores documents it did not fit on).
   */
  fitted?: { readonly vocabulary: readonly string[]; readonly idf: Float64Array };
}

export interface Tfidf {
  readonly matrix: CsrMatrix;
  /** Term of each column, most documents first (ties in code-unit order). */
  readonly vocabulary: readonly string[];
  readonly documentFrequency: Int32Array;
  readonly idf: Float64Array;
}

const NUMBER = /^[\d.,%-]+$/u;
const notNumber = (term: string) => !NUMBER.test(term);

/**
 * The TF-IDF document–term matrix of tokenised documents, as scikit-learn's TfidfVectorizer
 * builds it by default, so results can be checked against it: raw counts times the smoothed idf
 * ln((1 + n) / (1 + df)) + 1, each row scaled to unit length (a long review and a short one about
 * the same thing look alike). The vocabulary is capped by document frequency before anything is
 * counted, which bounds memory and the cost of the factorisation whatever the corpus.
 */
export function tfidfMatrix(documents: readonly (readonly string[])[], options: TfidfOptions = {}): Tfidf {
  const { maxTerms = 5_000, minDocumentFrequency = 2, maxDocumentShare = 0.8, keepTerm = notNumber, fitted } = options;
  if (!(Number.isInteger(maxTerms) && maxTerms >= 1)) throw new Error(`invalid maxTerms: ${maxTerms}`);
  if (!(Number.isInteger(minDocumentFrequency) && minDocumentFrequency >= 1)) throw new Error(`invalid minDocumentFrequency: ${minDocumentFrequency}`);
  if (!(maxDocumentShare > 0 && maxDocumentShare <= 1)) throw new Error(`invalid maxDocumentShare: ${maxDocumentShare}`);
  const n = documents.length;

  let vocabulary: readonly string[];
  let idf: Float64Array;
  let documentFrequency: Int32Array;
  if (fitted) {
    ({ vocabulary, idf } = fitted);
    documentFrequency = new Int32Array(vocabulary.length);
  } else {
    const df = new Map<string, number>();
    for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
    const ceiling = maxDocumentShare * n;
    const terms = [...df].filter(([term, f]) => f >= minDocumentFrequency && f <= ceiling && keepTerm(term));
    terms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    terms.length = Math.min(terms.length, maxTerms);
    vocabulary = terms.map(([term]) => term);
    documentFrequency = Int32Array.from(terms, ([, f]) => f);
    idf = Float64Array.from(terms, ([, f]) => Math.log((1 + n) / (1 + f)) + 1);
  }
  const column = new Map(vocabulary.map((term, j) => [term, j]));

  const rowStart = new Int32Array(n + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  const counts = new Map<number, number>();
  documents.forEach((doc, i) => {
    counts.clear();
    for (const term of doc) {
      const j = column.get(term);
      if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    const entries = [...counts].sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [j, c] of entries) norm += (c * idf[j]!) ** 2;
    norm = Math.sqrt(norm);
    for (const [j, c] of entries) {
      cols.push(j);
      vals.push((c * idf[j]!) / norm);
    }
    if (fitted) for (const [j] of entries) documentFrequency[j]!++;
    rowStart[i + 1] = cols.length;
  });
  return {
    matrix: { rows: n, cols: vocabulary.length, rowStart, colIndex: Int32Array.from(cols), values: Float64Array.from(vals) },
    vocabulary,
    documentFrequency,
    idf
  };
}
