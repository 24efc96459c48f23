/**
 * Puts one search text in one intent class by the rule table (intentRules.ts): the first class in
 * INTENT_PRECEDENCE whose words or patterns the query holds, "product" when none does.
 *
 * Build-time code: the pipeline runs it once per distinct query (up to a million), so the rule
 * table is compiled once at import — one alternation per class for the Chinese substrings, sets
 * for tokens and English words — and each brand set is indexed once, the first time it is seen.
 * A query then costs a few regular-expression tests and set look-ups; no allocation grows with
 * the number of brands.
 */
import { normalizeText } from "../text/normalizeText.js";
import { stemEnglish } from "../text/stemEnglish.js";
import { brandSet } from "./brandSet.js";
import { INTENT_PRECEDENCE, INTENT_RULES, type IntentId, type IntentRule } from "./intentRules.js";

interface CompiledRule {
  readonly zh: RegExp | null;
  readonly zhTokens: ReadonlySet<string>;
  /** English entries as written, compared with the words of the query. */
  readonly enWords: ReadonlySet<string>;
  /** Their Porter stems, compared with the (stemmed) tokens: "coupons" → coupon. */
  readonly enStems: ReadonlySet<string>;
  readonly enPhrases: RegExp | null;
  readonly patterns: readonly RegExp[];
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
// Latin words with the joiners normalizeText keeps inside them (t-shirt, don't), digits included.
const LATIN_WORD = /[\p{Script=Latin}\p{Nd}]+(?:['-][\p{Script=Latin}\p{Nd}]+)*/gu;
const LATIN = /\p{Script=Latin}/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[], wrap = (body: string) => body) =>
  words.length === 0 ? null : new RegExp(wrap(`(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join("|")})`), "u");

function compile(rule: IntentRule): CompiledRule {
  const norm = (list: readonly string[]) => list.map((w) => normalizeText(w)).filter((w) => w !== "");
  const en = norm(rule.en);
  const words = en.filter((w) => !w.includes(" "));
  for (const p of rule.patterns) {
    // A global or sticky pattern keeps lastIndex between calls and would skip matches.
    if (p.global || p.sticky) throw new Error(`invalid intent pattern for ${rule.id}: ${p} must not have the g or y flag`);
  }
  return {
    zh: alternation(norm(rule.zh)),
    zhTokens: new Set(norm(rule.zhTokens)),
    enWords: new Set(words),
    enStems: new Set(words.map(stemEnglish)),
    enPhrases: alternation(
      en.filter((w) => w.includes(" ")),
      (body) => `(?<![\\p{Script=Latin}\\p{Nd}])${body}(?![\\p{Script=Latin}\\p{Nd}])`
    ),
    patterns: rule.patterns
  };
}

const COMPILED = new Map<IntentId, CompiledRule>(INTENT_RULES.map((r) => [r.id, compile(r)]));

function matches(rule: CompiledRule, q: string, tokens: readonly string[], words: readonly string[], hasHan: boolean): boolean {
  if (hasHan && rule.zh?.test(q)) return true;
  for (const t of tokens) if (rule.zhTokens.has(t) || rule.enStems.has(t)) return true;
  for (const w of words) if (rule.enWords.has(w)) return true;
  if (rule.enPhrases?.test(q)) return true;
  for (const p of rule.patterns) if (p.test(q)) return true;
  return false;
}

interface BrandIndex {
  readonly size: number;
  readonly names: ReadonlySet<string>;
  /** First two characters of the brands that start with two Han characters. */
  readonly hanPrefixes: ReadonlySet<string>;
  readonly maxHan: number;
  /** Most space-separated words in one brand ("estee lauder" has 2). */
  readonly maxWords: number;
}

const brandIndexes = new WeakMap<ReadonlySet<string>, BrandIndex>();

function brandIndex(brands: ReadonlySet<string>): BrandIndex {
  let index = brandIndexes.get(brands);
  // Re-indexed if the caller added to the set after the first call.
  if (!index || index.size !== brands.size) {
    // Normalised and filtered like brandSet, so raw products.brand values work as they are.
    const names = brandSet(brands, []);
    const hanPrefixes = new Set<string>();
    let maxHan = 0;
    let maxWords = 1;
    for (const b of names) {
      if (/^\p{Script=Han}{2}/u.test(b)) {
        hanPrefixes.add(b.slice(0, 2));
        maxHan = Math.max(maxHan, b.length);
      }
      maxWords = Math.max(maxWords, b.split(" ").length);
    }
    index = { size: brands.size, names, hanPrefixes, maxHan, maxWords };
    brandIndexes.set(brands, index);
  }
  return index;
}

function hasBrand(index: BrandIndex, q: string, tokens: readonly string[], words: readonly string[], hasHan: boolean): boolean {
  const { names } = index;
  if (names.size === 0) return false;
  for (const t of tokens) if (names.has(t)) return true;
  for (const w of words) if (names.has(w)) return true;
  // Space-separated runs of up to maxWords words: "new balance 574", "小米su7".
  const chunks = q.split(" ");
  for (let i = 0; i < chunks.length; i++) {
    let s = "";
    for (let n = 0; n < index.maxWords && i + n < chunks.length; n++) {
      s = n === 0 ? chunks[i]! : `${s} ${chunks[i + n]}`;
      if (names.has(s)) return true;
    }
  }
  // Chinese brands anywhere in a Han run, whatever jieba made of it ("买优衣库" → 优衣库), looked
  // up only where a brand could start.
  if (hasHan && index.hanPrefixes.size > 0) {
    for (const [run] of q.matchAll(HAN_RUN)) {
      for (let i = 0; i + 2 <= run.length; i++) {
        if (!index.hanPrefixes.has(run.slice(i, i + 2))) continue;
        for (let end = i + 2; end <= Math.min(run.length, i + index.maxHan); end++) if (names.has(run.slice(i, end))) return true;
      }
    }
  }
  return false;
}

/**
 * The intent class of one query. `queryNorm` is normalizeText(query) and `tokens` its tokens as
 * src/text tokenises them (search_queries.query_norm and tokens split at '|'); `brands` is the
 * shop's brands — best built once with brandSet(products.brand values), which adds DEFAULT_BRANDS;
 * a plain set of raw brand names works too (it is normalised once, when first seen).
 *
 *   classifyIntent("耐克打折跑鞋", ["耐克", "打折", "跑鞋"], brands) → "promotion"
 *   classifyIntent("red sofa under 300", ["red", "sofa", "300"], brands) → "price"
 */
export function classifyIntent(queryNorm: string, tokens: readonly string[], brands: ReadonlySet<string>): IntentId {
  const hasHan = HAN.test(queryNorm);
  const words: string[] = [];
  if (LATIN.test(queryNorm) || /\d/.test(queryNorm)) {
    for (const [w] of queryNorm.matchAll(LATIN_WORD)) words.push(w.length > 2 && w.endsWith("'s") ? w.slice(0, -2) : w);
  }
  for (const id of INTENT_PRECEDENCE) {
    // Product is what is left, wherever it stands in the list.
    if (id === "product") continue;
    const hit = id === "brand" ? hasBrand(brandIndex(brands), queryNorm, tokens, words, hasHan) : matches(COMPILED.get(id)!, queryNorm, tokens, words, hasHan);
    if (hit) return id;
  }
  return "product";
}
