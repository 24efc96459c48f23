/**
 * English stop words: the usual function words (after the common NLTK / Snowball lists) and a
 * little shop-talk filler (item, product, pcs). Negations (not, no, never, don't …) are NOT here:
 * see negationWords.ts. Compared with the tokens before stemming, in lower case.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "or", "but", "if", "then", "else", "so", "than", "as", "because", "while", "until",
  "of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during", "before", "after",
  "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further",
  "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other",
  "some", "such", "only", "own", "same", "too", "very", "just", "also", "s", "t", "can", "will", "would",
  "should", "could", "may", "might", "must", "shall",
  "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
  "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
  "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those",
  "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
  "doing", "i'm", "i've", "i'd", "i'll", "it's", "that's", "there's", "you're", "we're", "they're",
  // shop-talk filler
  "item", "items", "product", "products", "pcs", "pc", "pls", "please"
]);
