/**
 * Obvious spelling variants folded into one form by normalizeText. Edit this list (or pass your
 * own to normalizeText / tokenize) when a shop's data shows more; it is for spellings of the SAME
 * word only, not for synonyms (充电宝 vs 移动电源 is an analysis decision, not normalisation).
 *
 * Entries see text that is already NFKC, lower case, with punctuation stripped (or unified) and
 * whitespace collapsed, so write them that way. A string matches as a whole word: it may not be
 * glued to another Latin letter or digit (so "tshirt" does not fire inside "xtshirts"), but Han
 * characters next to it are fine ("tshirt男" → "t-shirt男"). A RegExp is used as given (it must be
 * global) and may use $1 … in `to`.
 */
export interface SpellingVariant {
  readonly from: string | readonly string[] | RegExp;
  readonly to: string;
}

export const SPELLING_VARIANTS: readonly SpellingVariant[] = [
  // Plural kept, so the stemmer treats "t-shirts" like any other plural.
  { from: /(?<![\p{Script=Latin}\d])(?:t ?-? ?shirt|tee shirt)(s?)(?![\p{Script=Latin}\d])/gu, to: "t-shirt$1" },
  { from: ["i phone", "i-phone"], to: "iphone" },
  // "iphone15" and "iphone 15" are the same search; the model number is its own token.
  { from: /(?<![\p{Script=Latin}\d])iphone(\d)/gu, to: "iphone $1" },
  { from: ["i pad", "i-pad"], to: "ipad" },
  { from: ["air pods", "air-pods"], to: "airpods" },
  { from: ["mac book", "mac-book"], to: "macbook" },
  { from: ["wi-fi", "wi fi"], to: "wifi" },
  { from: ["e-mail", "e mail"], to: "email" },
  { from: ["typec", "type c", "usb-c", "usbc", "usb c"], to: "type-c" },
  { from: ["双11"], to: "双十一" },
  { from: ["双12"], to: "双十二" },
  { from: ["6.18"], to: "618" }
];
