/**
 * A trained sentiment model as plain JSON data, so the build can train once (JSON.stringify) and
 * score unrated feedback later (parseSentimentModel, then createSentimentScorer). Feature j is
 * terms[j] (see featureTerms.ts for what a term is); its TF-IDF value is
 * (1 + ln count) · idf[j], the row L2-normalised; P(positive) = σ(bias + Σ weights[j] · value_j).
 * Numbers are rounded to 6 significant digits when the model is made, so a model read back from
 * JSON scores exactly as the one that was written.
 */
export interface SentimentModel {
  /** Bumped whenever the meaning of terms or numbers changes; parseSentimentModel rejects others. */
  readonly format: typeof SENTIMENT_MODEL_FORMAT;
  readonly terms: readonly string[];
  readonly idf: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** How it was trained, for the record (not needed to score). */
  readonly training: {
    readonly positive: number;
    readonly negative: number;
    readonly c: number;
    readonly classWeight: "balanced" | null;
    readonly minDf: number;
    readonly iterations: number;
  };
}

export const SENTIMENT_MODEL_FORMAT = "shoplens-sentiment/1";
