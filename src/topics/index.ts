/**
 * Feedback analysis: which aspects reviews, complaints and chats talk about (an editable
 * bilingual dictionary), what they say about each (aspect–opinion pairs with negation), which
 * topics the dictionary misses (NMF on TF-IDF), and short quotes to show for any of them.
 * Built on src/text (tokens, stop words, negations); deterministic, no network. Only
 * feedbackClauses and opinionPairs tokenise, and so load jieba's Node entry: import the other
 * modules by their own file (not this index) where jieba must not be loaded, e.g. in a page.
 */
export { ASPECT_DICTIONARIES, type AspectDictionary } from "./aspectDictionaries.js";
export { aspectMatcher, type AspectHit, type AspectMatcher } from "./aspectMatcher.js";
export { assignAspects } from "./assignAspects.js";
export { OPINION_WORDS } from "./opinionWords.js";
export { DEGREE_WORDS } from "./degreeWords.js";
export { CLAUSE_CONJUNCTIONS } from "./clauseConjunctions.js";
export { readOpinion } from "./readOpinion.js";
export { feedbackClauses, type FeedbackClause } from "./feedbackClauses.js";
export { pairOpinions, type OpinionPair, type PairOptions } from "./pairOpinions.js";
export { opinionPairs, type OpinionPairCount, type OpinionPairsOptions } from "./opinionPairs.js";
export type { CsrMatrix } from "./csrMatrix.js";
export { tfidfMatrix, type Tfidf, type TfidfOptions } from "./tfidfMatrix.js";
export { truncatedSvd, type TruncatedSvd } from "./truncatedSvd.js";
export { fitNmf, type NmfFit, type NmfFitOptions } from "./fitNmf.js";
export { topicModel, type Topic, type TopicModel, type TopicModelOptions } from "./topicModel.js";
export { trimQuote } from "./trimQuote.js";
export { representativeQuotes, type QuoteCandidate, type QuoteOptions, type RepresentativeQuote } from "./representativeQuotes.js";
