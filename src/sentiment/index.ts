/**
 * Feedback sentiment, Chinese and English, in plain TypeScript on top of src/text: a model
 * trained on the shop's own star ratings (TF-IDF + L2-regularised logistic regression, saved as
 * JSON so the build trains once and scores unrated feedback), a lexicon with negation and degree
 * words for when there are no ratings to learn from, and the metrics and split to judge either.
 * Deterministic throughout: no network, no randomness beyond the seeded split.
 */
export type { SentimentLabel } from "./sentimentLabel.js";
export { ratingLabel } from "./ratingLabel.js";
export { featureTerms, type FeedbackLanguage } from "./featureTerms.js";
export type { SparseVector } from "./sparseVector.js";
export { fitTfidf, type TfidfOptions } from "./fitTfidf.js";
export { tfidfVectorizer, type TfidfVectorizer } from "./tfidfVectorizer.js";
export { minimizeLbfgs, type LbfgsOptions, type LbfgsResult, type Objective } from "./minimizeLbfgs.js";
export { trainLogisticRegression, type LogisticRegressionFit, type LogisticRegressionOptions } from "./trainLogisticRegression.js";
export { SENTIMENT_MODEL_FORMAT, type SentimentModel } from "./sentimentModel.js";
export { trainSentimentModel, type RatedText, type TrainSentimentOptions } from "./trainSentimentModel.js";
export { parseSentimentModel } from "./parseSentimentModel.js";
export { createSentimentScorer, type SentimentPrediction, type SentimentScorer, type SentimentScorerOptions } from "./createSentimentScorer.js";
export { SENTIMENT_LEXICON } from "./sentimentLexicon.js";
export { DEGREE_MULTIPLIERS } from "./degreeMultipliers.js";
export { lexiconSentiment } from "./lexiconSentiment.js";
export { lexiconSentimentMany, type LexiconPrediction } from "./lexiconSentimentMany.js";
export { confusionMatrix, type ConfusionMatrix } from "./confusionMatrix.js";
export { classificationMetrics, type ClassificationMetrics } from "./classificationMetrics.js";
export { stratifiedSplit, type StratifiedSplit } from "./stratifiedSplit.js";
