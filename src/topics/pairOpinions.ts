import { NEGATION_WORDS } from "../text/negationWords.js";
import { ASPECT_DICTIONARIES, type AspectDictionary } from "./aspectDictionaries.js";
import { aspectMatcher, type AspectHit } from "./aspectMatcher.js";
import { DEGREE_WORDS } from "./degreeWords.js";
import { readOpinion } from "./readOpinion.js";

/** An aspect word and the opinion said about it in one clause: 物流 → 很快, delivery → not fast. */
export interface OpinionPair {
  /** Aspect id (aspectDictionaries.ts). */
  readonly aspect: string;
  /** The dictionary word that names the aspect in the text (normalised). */
  readonly aspectWord: string;
  /** The opinion as written, with its negation and degree words: 很快, 不太及时, not very good. */
  readonly opinion: string;
  /** A negation governs the opinion (不快, 没有色差, not good, a bare 没有 before the aspect). */
  readonly negated: boolean;
}

export interface PairOptions {
  /** Largest distance, in content tokens, between an aspect word and its opinion (default 3). */
  window?: number;
  dictionaries?: readonly AspectDictionary[];
}

interface Unit {
  readonly kind: "anchor" | "opinion" | "other";
  readonly text: string;
  readonly hits: readonly AspectHit[];
  readonly negated: boolean;
  /** A bare negation before an aspect word (没有 效果, no effect): pairs only when adjacent. */
  readonly lone: boolean;
  /** The anchor's own token is Chinese (opinions follow) rather than English (they may precede). */
  readonly han: boolean;
  /** Aspects this anchor already paired inside its own token (物流很快). */
  readonly glued: ReadonlySet<string>;
}
const NONE: ReadonlySet<string> = new Set();

const HAN = /\p{Script=Han}/u;
const LATIN_END = /[\p{Script=Latin}\p{Nd}]$/u;
const LATIN_START = /^[\p{Script=Latin}\p{Nd}]/u;

/**
 * Aspect–opinion pairs of ONE clause (tokens as feedbackClauses gives them: unstemmed, degree
 * words and negations kept). Rules, chosen to be predictable rather than clever:
 * - Negations and degree words in front of an opinion join it (不 + 满意 → 不满意, not + fast →
 *   not fast, 不是 + 很 + 合身 → 不是很合身); a negation right before an aspect word with no
 *   opinion between them is itself the opinion (没有 效果 → 效果: 没有).
 * - A token that glues the aspect word to its opinion (物流很快, 价格便宜) pairs inside itself.
 * - Otherwise each aspect word takes the nearest opinion within `window` content tokens; on a tie
 *   a Chinese aspect word takes the one after it (物流很快，…) and an English one the one before
 *   it ("fast delivery great quality").
 * - One opinion counts once per aspect: when two words of the same aspect reach it (客服 回复
 *   不及时), the nearer one keeps it.
 * - An aspect word that is an opinion itself (偏小, 便宜, 破损, tight) pairs with itself when no
 *   other word of its aspect took it: 有点偏小 → 偏小: 偏小, runs small → small: small.
 */
export function pairOpinions(tokens: readonly string[], normalizedText: string, { window = 3, dictionaries = ASPECT_DICTIONARIES }: PairOptions = {}): OpinionPair[] {
  if (!(Number.isInteger(window) && window >= 1)) throw new Error(`invalid window: ${window}`);
  const hitsAt = new Map<number, AspectHit[]>();
  for (const hit of aspectMatcher(dictionaries).find(tokens, normalizedText)) {
    const list = hitsAt.get(hit.start) ?? [];
    // One hit per aspect per token: the word found earliest in it, then the longest (价格便宜 → 价格).
    const same = list.findIndex((h) => h.aspect === hit.aspect);
    if (same < 0) list.push(hit);
    else if (better(hit, list[same]!, tokens[hit.start]!)) list[same] = hit;
    hitsAt.set(hit.start, list);
  }

  const units: Unit[] = [];
  const pairs: OpinionPair[] = [];
  let pending: string[] = [];
  let pendingNegated = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const hits = hitsAt.get(i) ?? [];
    const end = Math.max(i + 1, ...hits.map((h) => h.end));
    const opinion = end === i + 1 ? readOpinion(token) : null;
    if (!opinion && hits.length === 0 && (NEGATION_WORDS.has(token) || DEGREE_WORDS.has(token))) {
      pending.push(token);
      if (NEGATION_WORDS.has(token)) pendingNegated = !pendingNegated;
      continue;
    }
    if (opinion) {
      units.push({ kind: "opinion", text: join([...pending, token]), hits, negated: pendingNegated !== opinion.negated, lone: false, han: HAN.test(token), glued: NONE });
    } else if (hits.length > 0) {
      if (pendingNegated) units.push({ kind: "opinion", text: join(pending), hits: [], negated: true, lone: true, han: false, glued: NONE });
      // Glued: the aspect word starts the token and the rest is an opinion (物流很快).
      const glued = new Set<string>();
      for (const hit of hits) {
        if (hit.end !== i + 1 || !token.startsWith(hit.keyword) || token === hit.keyword) continue;
        const rest = token.slice(hit.keyword.length);
        const restOpinion = readOpinion(rest);
        if (!restOpinion) continue;
        pairs.push({ aspect: hit.aspect, aspectWord: hit.keyword, opinion: rest, negated: restOpinion.negated });
        glued.add(hit.aspect);
      }
      units.push({ kind: "anchor", text: tokens.slice(i, end).join(""), hits, negated: false, lone: false, han: HAN.test(token), glued });
    } else units.push({ kind: "other", text: token, hits: [], negated: false, lone: false, han: HAN.test(token), glued: NONE });
    pending = [];
    pendingNegated = false;
    i = end - 1;
  }

  // Each aspect word's nearest opinion; then, per (aspect, opinion), the nearest aspect word.
  const best = new Map<string, { opinion: number; rank: number; keyword: string }>();
  units.forEach((unit, a) => {
    if (unit.kind !== "anchor") return;
    for (const hit of unit.hits) {
      if (unit.glued.has(hit.aspect)) continue;
      let chosen = -1;
      let chosenRank = Infinity;
      for (let o = Math.max(0, a - window); o <= Math.min(units.length - 1, a + window); o++) {
        const candidate = units[o]!;
        const distance = Math.abs(o - a);
        if (candidate.kind !== "opinion" || (candidate.lone && distance !== 1)) continue;
        // Distance first; on a tie the side the language puts its opinions on.
        const preferred = unit.han ? o > a : o < a;
        const rank = distance * 2 + (preferred ? 0 : 1);
        if (rank < chosenRank) [chosen, chosenRank] = [o, rank];
      }
      if (chosen < 0) continue;
      const key = `${hit.aspect}\u0000${chosen}`;
      const previous = best.get(key);
      if (!previous || chosenRank < previous.rank) best.set(key, { opinion: chosen, rank: chosenRank, keyword: hit.keyword });
    }
  });
  for (const [key, { opinion, keyword }] of best) {
    const unit = units[opinion]!;
    pairs.push({ aspect: key.slice(0, key.indexOf("\u0000")), aspectWord: keyword, opinion: unit.text, negated: unit.negated });
  }
  units.forEach((unit, o) => {
    if (unit.kind !== "opinion") return;
    for (const hit of unit.hits) if (!best.has(`${hit.aspect}\u0000${o}`)) pairs.push({ aspect: hit.aspect, aspectWord: hit.keyword, opinion: unit.text, negated: unit.negated });
  });
  return pairs;
}

/** Prefer the aspect word found earlier in the token, then the longer one. */
function better(a: AspectHit, b: AspectHit, token: string): boolean {
  const ia = token.indexOf(a.keyword), ib = token.indexOf(b.keyword);
  if (ia !== ib) return ia >= 0 && (ib < 0 || ia < ib);
  return a.keyword.length > b.keyword.length;
}

/** Tokens back into text: a space only between two Latin words (不太 + 好 → 不太好, not + good → not good). */
function join(parts: readonly string[]): string {
  let text = "";
  for (const part of parts) text += text !== "" && LATIN_END.test(text) && LATIN_START.test(part) ? ` ${part}` : part;
  return text;
}
