import { SPELLING_VARIANTS, type SpellingVariant } from "./spellingVariants.js";

export interface NormalizeOptions {
  /**
   * "strip" (default) turns every punctuation mark and symbol (emoji included) into a space,
   * except the few that hold a word together: a hyphen between Latin letters or digits
   * ("t-shirt", "3-seater", "type-c"), an apostrophe between Latin letters ("don't") and a
   * point between digits ("4.5", "6.18"). That is the form to count, group and tokenise.
   * "unify" keeps punctuation but folds the Chinese marks into their ASCII counterparts
   * (。→.  、→,  「」『』“” → "  【】 → []  《》 → <>), for callers that still need clause
   * boundaries, such as a review split into sentences.
   */
  punctuation?: "strip" | "unify";
  /** Spelling variants to fold; defaults to SPELLING_VARIANTS. */
  variants?: readonly SpellingVariant[];
}

// NFKC leaves these alone: format characters with no width, which would otherwise split or
// glue words invisibly, and the soft hyphen.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
// Hyphen-like and apostrophe-like characters people type instead of - and '. (NFKC already
// maps the full-width forms －, ＇.)
const HYPHENS = /[\u2010\u2011\u2212\ufe63]/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/gu;
// Latin letters and digits on both sides of a joiner; the lookbehinds see the original string,
// so "a--b" loses both hyphens.
const STRIP =
  /(?<=[\p{Script=Latin}\p{Nd}])-(?=[\p{Script=Latin}\p{Nd}])|(?<=\p{Script=Latin})'(?=\p{Script=Latin})|(?<=\p{Nd})\.(?=\p{Nd})|([^\p{L}\p{N}\p{M}\s])/gu;
// Combining marks left without a base once an emoji was stripped, and the emoji variation
// selectors and keycap that otherwise stay glued to a digit ("5️⃣" → "5").
const ORPHAN_MARKS = /(?<![\p{L}\p{N}\p{M}])\p{M}+|[\ufe00-\ufe0f\u20e3]/gu;
const UNIFY: Readonly<Record<string, string>> = {
  "。": ".", "、": ",", "「": '"', "」": '"', "『": '"', "』": '"', "“": '"', "”": '"', "〝": '"', "〞": '"',
  "【": "[", "】": "]", "〔": "[", "〕": "]", "〖": "[", "〗": "]", "《": "<", "》": ">", "〈": "<", "〉": ">",
  "—": "-", "–": "-", "―": "-"
};
const UNIFY_PATTERN = new RegExp(`[${Object.keys(UNIFY).join("")}]`, "gu");
const WHITESPACE = /\s+/gu;

/**
 * Canonical form of a piece of shop text (a search query, a review, a dictionary word): Unicode
 * NFKC — which turns full-width letters, digits and punctuation into ASCII and the ideographic
 * space U+3000 into a plain space — then lower case, punctuation stripped or unified, spelling
 * variants folded, whitespace collapsed to single spaces and trimmed.
 *
 *   normalizeText("ＡＢＣ１２３　连衣裙") === "abc123 连衣裙"
 *   normalizeText("T Shirt【包邮】！") === "t-shirt 包邮"
 */
export function normalizeText(text: string, { punctuation = "strip", variants = SPELLING_VARIANTS }: NormalizeOptions = {}): string {
  let s = text.normalize("NFKC").toLowerCase().replace(INVISIBLE, "").replace(HYPHENS, "-").replace(APOSTROPHES, "'");
  s =
    punctuation === "strip"
      ? s.replace(STRIP, (mark, other: string | undefined) => (other === undefined ? mark : " ")).replace(ORPHAN_MARKS, "")
      : s.replace(UNIFY_PATTERN, (mark) => UNIFY[mark]!);
  s = s.replace(WHITESPACE, " ");
  for (const [pattern, to] of compiled(variants)) s = s.replace(pattern, to);
  return s.replace(WHITESPACE, " ").trim();
}

const compiledCache = new WeakMap<readonly SpellingVariant[], ReadonlyArray<readonly [RegExp, string]>>();

/** String entries become whole-word patterns once per list, not once per call. */
function compiled(variants: readonly SpellingVariant[]): ReadonlyArray<readonly [RegExp, string]> {
  let list = compiledCache.get(variants);
  if (!list) {
    list = variants.map(({ from, to }) => {
      if (from instanceof RegExp) {
        if (!from.global) throw new Error(`invalid spelling variant: ${from} must have the g flag`);
        return [from, to] as const;
      }
      const words = (typeof from === "string" ? [from] : from).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      return [new RegExp(`(?<![\\p{Script=Latin}\\p{Nd}])(?:${words.join("|")})(?![\\p{Script=Latin}\\p{Nd}])`, "gu"), to.replace(/\$/g, "$$$$")] as const;
    });
    compiledCache.set(variants, list);
  }
  return list;
}
