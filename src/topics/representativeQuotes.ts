import { normalizeText } from "../text/normalizeText.js";
import { trimQuote } from "./trimQuote.js";

/** A text that could quote a topic, with how strongly it belongs there. */
export interface QuoteCandidate {
  /** Feedback text, personal data already masked upstream. */
  readonly text: string;
  /**
   * Weight in the topic: a row of topicModel's documentTopics, or 1 for a text that names the
   * aspect (default 1). Candidates with weight ≤ 0 are skipped.
   */
  readonly weight?: number;
  /** Sentiment score if one is known (negative = negative), used per `sentiment`. */
  readonly score?: number;
}

export interface QuoteOptions {
  /** Quotes at most (default 3). */
  limit?: number;
  /** Longest quote in characters, "…" included (default 200). */
  maxLength?: number;
  /** Skip texts with fewer letters and digits than this (default 4: 好评！ says nothing). */
  minLength?: number;
  /**
   * With scores: "strongest" ranks by |score|, "positive" by score, "negative" by −score; texts
   * without a score come after those with one. Default "strongest".
   */
  sentiment?: "strongest" | "positive" | "negative";
  /** Two quotes whose character-bigram Jaccard similarity reaches this are one (default 0.6). */
  similarity?: number;
}

/** A quote as plain text (never HTML), and where it came from. */
export interface RepresentativeQuote {
  readonly text: string;
  /** Index of the candidate it was taken from (to join back to feedback_id). */
  readonly index: number;
  readonly truncated: boolean;
}

const CONTENT = /[\p{L}\p{N}]/gu;

/**
 * Up to `limit` quotes that show what a topic (an aspect or an NMF topic) is about: the strongest
 * candidates first — by sentiment strength when scores are given, then by weight, then shorter
 * first, then input order — skipping exact and near duplicates (the same template review posted
 * a hundred times) and texts too short to say anything, each trimmed by trimQuote. Returns plain
 * strings in objects; escaping them is the renderer's job, and nothing here builds markup.
 */
export function representativeQuotes(candidates: readonly QuoteCandidate[], options: QuoteOptions = {}): RepresentativeQuote[] {
  const { limit = 3, maxLength = 200, minLength = 4, sentiment = "strongest", similarity = 0.6 } = options;
  if (!(Number.isInteger(limit) && limit >= 0)) throw new Error(`invalid limit: ${limit}`);
  if (!(similarity > 0 && similarity <= 1)) throw new Error(`invalid similarity: ${similarity}`);
  const strength = (score: number | undefined): number =>
    score === undefined || !Number.isFinite(score) ? -Infinity : sentiment === "positive" ? score : sentiment === "negative" ? -score : Math.abs(score);
  const ranked = candidates
    .map((c, index) => ({ index, text: c.text ?? "", weight: c.weight ?? 1, strength: strength(c.score) }))
    .filter((c) => c.weight > 0 && Number.isFinite(c.weight) && (c.text.match(CONTENT)?.length ?? 0) >= minLength)
    .sort((a, b) => b.strength - a.strength || b.weight - a.weight || a.text.length - b.text.length || a.index - b.index);

  const picked: RepresentativeQuote[] = [];
  const pickedKeys = new Set<string>();
  const pickedBigrams: Set<string>[] = [];
  for (const c of ranked) {
    if (picked.length >= limit) break;
    const key = normalizeText(c.text).replace(/ /g, "");
    if (pickedKeys.has(key)) continue;
    const grams = bigrams(key);
    if (pickedBigrams.some((other) => jaccard(grams, other) >= similarity)) continue;
    const text = trimQuote(c.text, maxLength);
    picked.push({ text, index: c.index, truncated: text !== c.text.replace(/\s+/gu, " ").trim() });
    pickedKeys.add(key);
    pickedBigrams.push(grams);
  }
  return picked;
}

function bigrams(s: string): Set<string> {
  const chars = [...s];
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}
