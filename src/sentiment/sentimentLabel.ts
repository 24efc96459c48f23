/**
 * What a sentiment prediction says about one text. "neutral" only comes out of a scorer given a
 * neutral band (or of the lexicon when nothing in the text carries sentiment); training labels are
 * positive or negative only.
 */
export type SentimentLabel = "positive" | "negative" | "neutral";
