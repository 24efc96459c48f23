import type { SparseVector } from "./sparseVector.js";

/** A fitted TF-IDF vocabulary that turns a text's terms into a sparse, L2-normalised row. */
export interface TfidfVectorizer {
  /** The vocabulary, sorted; a term's position is its feature index. */
  readonly terms: readonly string[];
  /** Inverse document frequency per feature index. */
  readonly idf: Float64Array;
  /**
   * Row for one text's terms (repeats counted): tf = 1 + ln(count) (sublinear), times idf, the
   * row scaled to unit L2 norm. Terms outside the vocabulary are ignored; a text with none gives
   * the empty row.
   */
  vectorize(terms: readonly string[]): SparseVector;
}

/** A vectorizer over a known vocabulary, e.g. one read back from a saved model. */
export function tfidfVectorizer(terms: readonly string[], idf: Float64Array): TfidfVectorizer {
  if (terms.length !== idf.length) throw new Error(`tfidfVectorizer: ${terms.length} terms but ${idf.length} idf values`);
  const index = new Map<string, number>();
  terms.forEach((t, i) => index.set(t, i));
  if (index.size !== terms.length) throw new Error("tfidfVectorizer: the vocabulary holds a term twice");
  // Scratch counts, one slot per feature, reset after each text: a million calls allocate no Map.
  const counts = new Uint32Array(terms.length);
  const seen: number[] = [];
  return {
    terms,
    idf,
    vectorize(list) {
      for (const t of list) {
        const j = index.get(t);
        if (j !== undefined && counts[j]++ === 0) seen.push(j);
      }
      const indices = Int32Array.from(seen).sort();
      seen.length = 0;
      const values = new Float64Array(indices.length);
      let norm = 0;
      for (let k = 0; k < indices.length; k++) {
        const j = indices[k];
        const v = (1 + Math.log(counts[j])) * idf[j];
        counts[j] = 0;
        values[k] = v;
        norm += v * v;
      }
      if (norm > 0) {
        const scale = 1 / Math.sqrt(norm);
        for (let k = 0; k < values.length; k++) values[k] *= scale;
      }
      return { indices, values };
    }
  };
}
