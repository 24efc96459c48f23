import { lexiconSentimentMany, type LexiconPrediction } from "./lexiconSentimentMany.js";

/**
 * Lexicon sentiment of one text (see lexiconSentimentMany, which is faster for many).
 *
 *   lexiconSentiment("不错") → positive;  lexiconSentiment("不太好") → negative
 */
export function lexiconSentiment(text: string): LexiconPrediction {
  return lexiconSentimentMany([text])[0]!;
}
