import { createRng } from "../clv/rng.js";
import { fitNmf } from "./fitNmf.js";
import { nndsvdInit } from "./nndsvdInit.js";
import { tfidfMatrix, type TfidfOptions } from "./tfidfMatrix.js";
import { truncatedSvd } from "./truncatedSvd.js";

export interface TopicModelOptions extends Omit<TfidfOptions, "fitted"> {
  /** Number of topics k (default 8). */
  topics?: number;
  /** Factorisation rounds at most (default 200). */
  maxIterations?: number;
  /** Relative error decrease below which the fit stops (default 1e-4). */
  tolerance?: number;
  /** Seed of the SVD sketch behind the initialisation, and of the sample (default 1). */
  seed?: number;
  /**
   * Fit on at most this many documents (default 100,000), drawn by a seeded sample when there
   * are more; every document is still scored on the fitted topics. `sampled` says it happened.
   */
  maxDocuments?: number;
  /** Terms listed per topic (default 10). */
  topTerms?: number;
}

export interface Topic {
  /** Position in `topics`: topics are ordered by their share of all document weight, largest first. */
  readonly index: number;
  /** The three strongest terms, joined: a working name until someone names the topic. */
  readonly label: string;
  readonly topTerms: ReadonlyArray<{ readonly term: string; readonly weight: number }>;
  /** Documents whose dominant topic this is. */
  readonly documents: number;
  /** Share of all document–topic weight (the topics' shares add up to 1). */
  readonly share: number;
}

export interface TopicModel {
  readonly topics: readonly Topic[];
  /** Terms, column order of `topicTermWeights`. */
  readonly vocabulary: readonly string[];
  /** Per topic, a weight per vocabulary term; each topic's vector has unit length. */
  readonly topicTermWeights: readonly Float64Array[];
  /**
   * Document–topic weights, documents × topics, row-major: how much of each topic the document's
   * (unit-length) TF-IDF vector holds. Comparable across documents; use it to rank quotes.
   */
  readonly documentTopics: Float64Array;
  /** Per document its strongest topic, or −1 when none of its terms is in the vocabulary. */
  readonly dominantTopic: Int32Array;
  /** Per document the dominant topic's share of its topic weights (0–1; 0 when no topic). */
  readonly dominantWeight: Float64Array;
  readonly documentCount: number;
  /** Documents the factorisation was fitted on (fewer than documentCount when sampled). */
  readonly fittedDocuments: number;
  readonly sampled: boolean;
  readonly iterations: number;
  readonly converged: boolean;
  /** ‖A − WH‖ / ‖A‖ on the fitted documents. */
  readonly relativeError: number;
}

/**
 * Topics a corpus of feedback actually talks about, found from the data rather than a dictionary:
 * NMF of the TF-IDF matrix (tfidfMatrix: capped vocabulary, min document frequency), started by
 * NNDSVDa on a seeded randomised SVD and fitted by HALS (fitNmf). Input is tokenised documents
 * (tokenizeMany), so the caller tokenises once for aspects and topics alike; English tokens stay
 * Porter stems here ("qualiti"), show a surface form next to them if the page needs one.
 *
 * Deterministic: the same documents and options give identical numbers (no Math.random, fixed
 * loop order, ties broken by index or code-unit order). Above `maxDocuments` the model is fitted
 * on a seeded sample and every document is then scored on the fitted topics (W fitted with H
 * fixed), so dominantTopic still covers the whole corpus.
 */
export function topicModel(documents: readonly (readonly string[])[], options: TopicModelOptions = {}): TopicModel {
  const { topics: k = 8, maxIterations = 200, tolerance = 1e-4, seed = 1, maxDocuments = 100_000, topTerms = 10, ...tfidfOptions } = options;
  if (!(Number.isInteger(k) && k >= 1)) throw new Error(`invalid topics: ${k}`);
  if (!(Number.isInteger(maxDocuments) && maxDocuments >= 1)) throw new Error(`invalid maxDocuments: ${maxDocuments}`);
  if (!(Number.isInteger(topTerms) && topTerms >= 1)) throw new Error(`invalid topTerms: ${topTerms}`);
  const n = documents.length;
  const sampled = n > maxDocuments;
  const fitDocuments = sampled ? sampleIndices(n, maxDocuments, seed).map((i) => documents[i]!) : documents;

  const { matrix, vocabulary, idf } = tfidfMatrix(fitDocuments, tfidfOptions);
  let nonEmpty = 0;
  for (let i = 0; i < matrix.rows; i++) if (matrix.rowStart[i + 1]! > matrix.rowStart[i]!) nonEmpty++;
  if (vocabulary.length < k || nonEmpty < k)
    throw new Error(`too little text for ${k} topics: ${nonEmpty} documents with terms, ${vocabulary.length} terms in the vocabulary`);

  const { w: fitW, h } = nndsvdInit(matrix, truncatedSvd(matrix, k, { seed }), k);
  const fit = fitNmf(matrix, fitW, h, k, { maxIterations, tolerance });

  // Scale each topic's term vector to unit length (W takes the scale), so that document weights
  // of different topics compare.
  const cols = vocabulary.length;
  const norms = Array.from({ length: k }, (_, t) => {
    let s = 0;
    for (let j = 0; j < cols; j++) s += h[t * cols + j]! ** 2;
    return Math.sqrt(s);
  });
  let w = fitW;
  if (sampled) {
    const all = tfidfMatrix(documents, { ...tfidfOptions, fitted: { vocabulary, idf } }).matrix;
    w = new Float64Array(n * k).fill(1e-3);
    fitNmf(all, w, h, k, { maxIterations, tolerance, fixedH: true });
  }
  const rows = sampled ? n : matrix.rows;
  for (let t = 0; t < k; t++) {
    const norm = norms[t]!;
    if (norm === 0) continue;
    for (let j = 0; j < cols; j++) h[t * cols + j]! /= norm;
    for (let i = 0; i < rows; i++) w[i * k + t]! *= norm;
  }

  // Topics ordered by total weight, largest first.
  const mass = Array.from({ length: k }, (_, t) => {
    let s = 0;
    for (let i = 0; i < rows; i++) s += w[i * k + t]!;
    return s;
  });
  const total = mass.reduce((a, b) => a + b, 0);
  const order = Array.from({ length: k }, (_, t) => t).sort((a, b) => mass[b]! - mass[a]! || a - b);

  const documentTopics = new Float64Array(rows * k);
  const dominantTopic = new Int32Array(rows).fill(-1);
  const dominantWeight = new Float64Array(rows);
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < rows; i++) {
    let sum = 0, best = -1, bestValue = 0;
    order.forEach((from, to) => {
      const x = w[i * k + from]!;
      documentTopics[i * k + to] = x;
      sum += x;
      if (x > bestValue) [best, bestValue] = [to, x];
    });
    if (best >= 0) {
      dominantTopic[i] = best;
      dominantWeight[i] = bestValue / sum;
      counts[best]!++;
    }
  }

  const topicTermWeights = order.map((t) => h.slice(t * cols, (t + 1) * cols));
  const topics = topicTermWeights.map((weights, index): Topic => {
    const top = Array.from({ length: cols }, (_, j) => j)
      .filter((j) => weights[j]! > 0)
      .sort((a, b) => weights[b]! - weights[a]! || a - b)
      .slice(0, topTerms)
      .map((j) => ({ term: vocabulary[j]!, weight: weights[j]! }));
    return {
      index,
      label: top.slice(0, 3).map((x) => x.term).join(" · "),
      topTerms: top,
      documents: counts[index]!,
      share: total > 0 ? mass[order[index]!]! / total : 0
    };
  });

  return {
    topics,
    vocabulary,
    topicTermWeights,
    documentTopics,
    dominantTopic,
    dominantWeight,
    documentCount: n,
    fittedDocuments: fitDocuments.length,
    sampled,
    iterations: fit.iterations,
    converged: fit.converged,
    relativeError: fit.relativeError
  };
}

/** `size` of the indices 0 … n − 1, seeded (partial Fisher–Yates), returned in ascending order. */
function sampleIndices(n: number, size: number, seed: number): number[] {
  const rng = createRng(seed);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = rng.integer(i, n - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return Array.from(pool.subarray(0, size)).sort((a, b) => a - b);
}
