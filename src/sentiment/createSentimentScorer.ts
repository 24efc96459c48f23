import { featureTerms, type FeedbackLanguage } from "./featureTerms.js";
import type { SentimentLabel } from "./sentimentLabel.js";
import type { SentimentModel } from "./sentimentModel.js";
import { tfidfVectorizer } from "./tfidfVectorizer.js";

export interface SentimentPrediction {
  /** Model probability that the text is positive, in [0, 1]. */
  readonly score: number;
  readonly label: SentimentLabel;
}

export interface SentimentScorerOptions {
  /**
   * Half-width of a band around 0.5 labelled "neutral": with 0.1, scores in [0.4, 0.6] are
   * neutral. Default 0: every text is positive (score ≥ 0.5) or negative.
   */
  neutralBand?: number;
}

export interface SentimentScorer {
  predict(text: string, lang?: FeedbackLanguage): SentimentPrediction;
  /**
   * predict for many texts (langs, when given, in the same order): read and tokenised a chunk at
   * a time, so a million-row column streams through without its terms ever being held at once.
   */
  predictMany(texts: Iterable<string>, langs?: Iterable<FeedbackLanguage>): SentimentPrediction[];
}

// Texts per round of featureTerms: enough for tokenizeMany's batching to pay, small enough to
// keep the terms in flight a few MB.
const CHUNK = 1_024;

/**
 * A scorer for a trained model (see sentimentModel.ts). Scoring one text is its terms, a Map
 * lookup per term and a sparse dot product, so it does not grow with the vocabulary. A text with
 * no term in the vocabulary (empty, or all unseen words) gets σ(bias), the model's prior.
 */
export function createSentimentScorer(model: SentimentModel, { neutralBand = 0 }: SentimentScorerOptions = {}): SentimentScorer {
  if (!(neutralBand >= 0 && neutralBand < 0.5)) throw new Error(`createSentimentScorer: neutralBand must be in [0, 0.5), got ${neutralBand}`);
  const vectorizer = tfidfVectorizer(model.terms, Float64Array.from(model.idf));
  const weights = Float64Array.from(model.weights);
  const { bias } = model;
  const predictTerms = (terms: readonly string[]): SentimentPrediction => {
    const { indices, values } = vectorizer.vectorize(terms);
    let z = bias;
    for (let k = 0; k < indices.length; k++) z += weights[indices[k]] * values[k];
    const score = 1 / (1 + Math.exp(-z));
    const label = neutralBand > 0 && Math.abs(score - 0.5) <= neutralBand ? "neutral" : score >= 0.5 ? "positive" : "negative";
    return { score, label };
  };
  return {
    predict: (text, lang) => predictTerms(featureTerms([text], [lang])[0]!),
    predictMany(texts, langs) {
      const out: SentimentPrediction[] = [];
      const langIterator = langs?.[Symbol.iterator]();
      let chunk: string[] = [], chunkLangs: FeedbackLanguage[] = [];
      const flush = () => {
        for (const terms of featureTerms(chunk, chunkLangs)) out.push(predictTerms(terms));
        chunk = [];
        chunkLangs = [];
      };
      for (const text of texts) {
        chunk.push(text);
        chunkLangs.push(langIterator?.next().value);
        if (chunk.length === CHUNK) flush();
      }
      flush();
      return out;
    }
  };
}
