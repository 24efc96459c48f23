import { NEGATION_WORDS, normalizeText, tokenizeMany, userDictionary } from "../text/index.js";
import { DEGREE_MULTIPLIERS } from "./degreeMultipliers.js";
import type { SentimentLabel } from "./sentimentLabel.js";
import { SENTIMENT_LEXICON } from "./sentimentLexicon.js";

export interface LexiconPrediction {
  /** In (−1, 1): the summed word weights s squashed as s / √(s² + 4); 0 when nothing counted. */
  readonly score: number;
  /** positive when score > 0, negative when < 0, neutral when no sentiment word was found (or they cancel). */
  readonly label: SentimentLabel;
  /** Sentiment words counted (and excess words before a plain word: too big, 太 大). */
  readonly hits: number;
}

// A negated positive word is about as strong as its opposite ("not good" ≈ "bad"); a negated
// negative one is only mildly positive ("not bad" ≈ "all right"), as in most lexicon scorers.
const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.5;
// A negation or degree word reaches the sentiment word at most this many tokens on (不 是 很 好,
// "not as nice as"), and never past a clause boundary.
const REACH = 3;
// "too" / 太 before a word that carries no sentiment of its own is still a complaint (too big,
// 太 大): excess is bad news in a review.
const EXCESS_WORDS: ReadonlySet<string> = new Set(["太", "过于", "too", "overly"]);
const EXCESS = -0.5;
// What follows "but" is what the writer means ("nice colour, but it fell apart"): the text so far
// counts half, what comes after one and a half times (VADER's rule). Whole tokens only, so 不过
// in 不过敏 is no "but". Like the lexicon, matched by stem ("however" → howev).
const CONTRAST_WORDS: ReadonlySet<string> = new Set(["但", "但是", "可是", "不过", "然而", "却", "but", "however"]);
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER = 1.5;
// s / √(s² + α): one plain word scores ±0.45, a clear review (s = ±4) ±0.89.
const ALPHA = 4;
// Clause marks once normalizeText has folded the Chinese ones (，。！？；： → ASCII).
const CLAUSE_BREAK = /[,.!?;:~…]+/;
const HAN = /\p{Script=Han}/u;
// Sentence-final particles jieba sometimes keeps on the word (太好了, 好棒啊).
const FINAL_PARTICLE = /[了的啦啊呀吧哦呢]$/u;

interface Entry {
  readonly tokens: readonly string[];
  readonly kind: "word" | "degree" | "negation" | "contrast";
  /** Weight of a word, multiplier of a degree word. */
  readonly value: number;
  /** A degree word of excess (too, 太). */
  readonly excess: boolean;
}
interface Table {
  readonly version: number;
  /** Entries by first token, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  /** Han negation and degree words, longest first, to peel off glued tokens. */
  readonly prefixes: readonly Entry[];
}
let table: Table | null = null;

/**
 * Label-free sentiment from the lexicon (sentimentLexicon.ts) with negation and degree words,
 * for feedback without ratings and shops with too few rated reviews to train a model. Each text
 * is cut into clauses at punctuation and tokenised by src/text (stop words kept: 很 and "very"
 * are stop words for search, not here). In a clause, each sentiment word adds its weight, scaled
 * by a degree word before it (非常好 = 2 × 好, 有点好 = ½ × 好) and turned round by a negation
 * before it (不 满意, not worth; a degree word after the negation is ignored: 不是很好 ≈ 不好).
 * Lexicon entries of several tokens (质量 好, "a bit") match as sequences, longest first; a
 * Chinese token jieba glued together (不太好, 太慢, 非常满意) is read as its prefixes + word.
 */
export function lexiconSentimentMany(texts: readonly string[]): LexiconPrediction[] {
  const t = currentTable();
  const clauses: string[] = [];
  const owner: number[] = [];
  texts.forEach((text, i) => {
    // Lines first: normalizeText folds a line break into a space, and a title ("Love it") is a
    // clause of its own.
    for (const line of text.split("\n")) {
      for (const clause of normalizeText(line, { punctuation: "unify" }).split(CLAUSE_BREAK)) {
        if (clause.trim() === "") continue;
        clauses.push(clause);
        owner.push(i);
      }
    }
  });
  const sums = new Float64Array(texts.length);
  const hits = new Uint32Array(texts.length);
  let previous = -1;
  let state: TextState = { sum: 0, weight: 1, hits: 0 };
  tokenizeMany(clauses, { keepStopWords: true }).forEach((tokens, c) => {
    const i = owner[c]!;
    if (i !== previous) {
      if (previous >= 0) [sums[previous], hits[previous]] = [state.sum, state.hits];
      state = { sum: 0, weight: 1, hits: 0 };
      previous = i;
    }
    scoreClause(tokens, t, state);
  });
  if (previous >= 0) [sums[previous], hits[previous]] = [state.sum, state.hits];
  return texts.map((_, i) => {
    const s = sums[i];
    return { score: s / Math.sqrt(s * s + ALPHA), label: s > 0 ? "positive" : s < 0 ? "negative" : "neutral", hits: hits[i] };
  });
}

/** What a text has added up so far, across its clauses. */
interface TextState {
  sum: number;
  /** Multiplier for what comes next: 1, or CONTRAST_AFTER once a "but" has been read. */
  weight: number;
  hits: number;
}

function scoreClause(tokens: readonly string[], t: Table, text: TextState): void {
  let degree = 1, negated = false, excess = false, distance = 0;
  const reset = () => {
    degree = 1;
    negated = false;
    excess = false;
    distance = 0;
  };
  const add = (value: number) => {
    text.sum += value * text.weight;
    text.hits++;
  };
  const apply = (e: Entry) => {
    if (e.kind === "negation") {
      negated = !negated;
      distance = 0;
    } else if (e.kind === "degree") {
      if (!negated) degree *= e.value;
      excess = e.excess;
      distance = 0;
    } else if (e.kind === "contrast") {
      text.sum *= CONTRAST_BEFORE;
      text.weight = CONTRAST_AFTER;
      reset();
    } else {
      add(e.value * (negated ? (e.value > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE) : 1) * degree);
      reset();
    }
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const entry = t.byFirst.get(token)?.find((e) => e.tokens.every((tok, k) => tokens[i + k] === tok));
    if (entry) {
      apply(entry);
      i += entry.tokens.length;
      continue;
    }
    const peeled = peel(token, t);
    if (peeled) for (const e of peeled) apply(e);
    else {
      if (excess && distance === 0 && !negated) add(EXCESS);
      excess = false;
      if (++distance > REACH) reset();
    }
    i++;
  }
}

/**
 * 不太好 → [不太, 好], 太好了 → [太, 好]: a final particle dropped, then Han prefixes peeled
 * until a one-token lexicon word is left; null if none is.
 */
function peel(token: string, t: Table): Entry[] | null {
  if (!HAN.test(token)) return null;
  const found: Entry[] = [];
  let rest = token.length > 1 ? token.replace(FINAL_PARTICLE, "") : token;
  const whole = t.byFirst.get(rest)?.find((e) => e.kind === "word" && e.tokens.length === 1);
  if (whole) return [whole];
  for (let more = true; more; ) {
    more = false;
    for (const p of t.prefixes) {
      const prefix = p.tokens[0]!;
      if (rest.length > prefix.length && rest.startsWith(prefix)) {
        found.push(p);
        rest = rest.slice(prefix.length);
        const word = t.byFirst.get(rest)?.find((e) => e.kind === "word" && e.tokens.length === 1);
        if (word) return [...found, word];
        more = true;
        break;
      }
    }
  }
  return null;
}

/**
 * The lexicon, degree and negation words as token sequences, cut by the same tokenizer as the
 * texts so that they meet (English by Porter stem, Chinese as jieba cuts them). Rebuilt when the
 * shop's user dictionary grows, since that can change the cuts.
 */
function currentTable(): Table {
  if (table?.version === userDictionary.version) return table;
  const sources: Array<{ text: string; kind: Entry["kind"]; value: number }> = [
    ...[...SENTIMENT_LEXICON].map(([text, value]) => ({ text, kind: "word" as const, value })),
    ...[...DEGREE_MULTIPLIERS].map(([text, value]) => ({ text, kind: "degree" as const, value })),
    ...[...NEGATION_WORDS].map((text) => ({ text, kind: "negation" as const, value: 0 })),
    ...[...CONTRAST_WORDS].map((text) => ({ text, kind: "contrast" as const, value: 0 }))
  ];
  const version = userDictionary.version;
  const tokenized = tokenizeMany(sources.map((s) => s.text), { keepStopWords: true });
  const byFirst = new Map<string, Entry[]>();
  const add = (tokens: readonly string[], s: (typeof sources)[number]) => {
    const list = byFirst.get(tokens[0]!) ?? [];
    list.push({ tokens, kind: s.kind, value: s.value, excess: EXCESS_WORDS.has(s.text) });
    byFirst.set(tokens[0]!, list);
  };
  sources.forEach((s, i) => {
    const tokens = tokenized[i]!;
    if (tokens.length > 0) add(tokens, s);
    // jieba cuts a word alone differently from the same word in a sentence (靠谱 alone → 靠 谱),
    // so a Chinese entry is also known whole.
    if (HAN.test(s.text) && (tokens.length !== 1 || tokens[0] !== s.text)) add([s.text], s);
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const prefixes = [...byFirst.values()]
    .flat()
    .filter((e) => e.kind !== "word" && e.tokens.length === 1 && HAN.test(e.tokens[0]!))
    .sort((a, b) => b.tokens[0]!.length - a.tokens[0]!.length);
  table = { version, byFirst, prefixes };
  return table;
}
