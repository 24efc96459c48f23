// Why `stemmer` (wooorm, words/stemmer): the Porter algorithm, small, no dependencies, native ESM
// with its own types, from a maintainer who keeps a family of text packages current. Porter is
// the "light" end of stemming: it folds plurals and -ing/-ed forms ("running shoes" → run, shoe)
// without Snowball's or Lancaster's heavier cuts. Its stems are grouping keys, not display words
// ("quality" → "qualiti"); show the most frequent surface form next to a stem if one is needed.
import { stemmer } from "stemmer";
import { BoundedCache } from "./boundedCache.js";

const HAS_DIGIT = /\p{Nd}/u;
const cache = new BoundedCache<string>(50_000);

/**
 * Porter stem of one lower-case English token, with exceptions so that sizes, models and
 * contractions survive: only the part after the last hyphen is stemmed ("t-shirts" → "t-shirt",
 * "3-seaters" → "3-seater"), and a part with a digit or an apostrophe is kept as it is ("60w",
 * "2xl", "mp3", "4.5", "don't"). Memoised: a shop's English vocabulary is small and the same
 * words come back in every query.
 */
export function stemEnglish(token: string): string {
  let stem = cache.get(token);
  if (stem === undefined) {
    const hyphen = token.lastIndexOf("-");
    const last = token.slice(hyphen + 1);
    stem = HAS_DIGIT.test(last) || last.includes("'") ? token : token.slice(0, hyphen + 1) + stemmer(last);
    cache.set(token, stem);
  }
  return stem;
}
