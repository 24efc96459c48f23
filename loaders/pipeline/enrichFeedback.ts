/**
 * Derives the feedback tables once every file is read and free text is masked, so the Feedback
 * page only aggregates:
 * - feedback_model: when enough items carry a star rating (both classes present), a sentiment
 *   model is trained on a stratified half and judged on the other half (beside the lexicon on the
 *   same items), then retrained on every rated item; otherwise the lexicon scores everything;
 * - feedback_scores: per item with text — rated items keep their stars' label (≥ 4 positive,
 *   ≤ 2 negative, 3 neutral) with the model's score, unrated ones get the model's (or lexicon's)
 *   label; plus aspects from the editable dictionaries and the dominant data-driven topic;
 * - feedback_topics (NMF on TF-IDF of the segmented text) and feedback_opinions (aspect–opinion
 *   pairs).
 * Every item with text gets exactly one score row, or the build stops.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { NEGATION_WORDS, normalizeText, tokenizeMany } from "../../src/text/index.ts";
import {
  classificationMetrics, createSentimentScorer, lexiconSentimentMany, ratingLabel, stratifiedSplit, trainSentimentModel,
  type FeedbackLanguage, type SentimentLabel
} from "../../src/sentiment/index.ts";
import { assignAspects, opinionPairs, topicModel } from "../../src/topics/index.ts";
import type { TableStore } from "./tableStore.ts";
import { ReconciliationError } from "./reconciliationError.ts";

/** Fewer rated items than this per class: the lexicon scores instead of a model trained on too little. */
export const MIN_RATED_PER_CLASS = 50;
const TOPICS = 8;

interface Item {
  id: string;
  text: string;
  rating: number | null;
  lang: FeedbackLanguage;
}

const append = async (store: TableStore, table: string, row: Record<string, unknown>) => {
  const pending = store.append(table, row as never, "", 0);
  if (pending) await pending;
};

export async function enrichFeedback(conn: DuckDBConnection, store: TableStore, say: (m: string) => void = () => {}): Promise<number> {
  const r = await conn.runAndReadAll(`SELECT feedback_id, text, rating, lang FROM feedback WHERE text IS NOT NULL AND trim(text) <> '' ORDER BY feedback_id`);
  const items: Item[] = r.getRows().map(([id, text, rating, lang]) => ({
    id: String(id), text: String(text), rating: rating === null ? null : Number(rating), lang: (lang === "zh" || lang === "en" ? lang : null) as FeedbackLanguage
  }));
  if (items.length === 0) return 0;
  say(`scoring ${items.length.toLocaleString("en")} feedback texts`);
  const texts = items.map((i) => i.text);
  const langs = items.map((i) => i.lang);
  const labels = items.map((i) => ratingLabel(i.rating));
  const rated = items.map((_, k) => k).filter((k) => labels[k] !== null);
  const perClass = (cls: string) => rated.filter((k) => labels[k] === cls).length;

  let scores: number[];
  let predicted: SentimentLabel[];
  let method: "model" | "lexicon";
  if (perClass("positive") >= MIN_RATED_PER_CLASS && perClass("negative") >= MIN_RATED_PER_CLASS) {
    method = "model";
    // Judge on a stratified half, then train on everything for the scores that are published.
    const split = stratifiedSplit(rated.map((k) => labels[k]!), { fraction: 0.5, seed: 0 });
    const asRows = (ks: number[]) => ks.map((k) => ({ text: texts[k]!, rating: items[k]!.rating, lang: langs[k] }));
    const trainIdx = split.train.map((j) => rated[j]!);
    const testIdx = split.test.map((j) => rated[j]!);
    const judge = createSentimentScorer(trainSentimentModel(asRows(trainIdx)));
    const actual = testIdx.map((k) => labels[k]!) as SentimentLabel[];
    const m = classificationMetrics<SentimentLabel>(actual, judge.predictMany(testIdx.map((k) => texts[k]!), testIdx.map((k) => langs[k])).map((p) => p.label), ["positive", "negative"]);
    // The lexicon only on the held-out items, for the comparison: scoring every text with it too
    // would cost as much as the model again, for nothing published.
    const lex = classificationMetrics<SentimentLabel>(actual, lexiconSentimentMany(testIdx.map((k) => texts[k]!)).map((p) => p.label), ["positive", "negative"]);
    await append(store, "feedback_model", {
      method, rated_items: rated.length, held_out: testIdx.length, accuracy: m.accuracy, balanced_accuracy: m.balancedAccuracy,
      macro_f1: m.macroF1, majority_rate: m.majorityRate, lexicon_balanced_accuracy: lex.balancedAccuracy
    });
    const full = createSentimentScorer(trainSentimentModel(asRows(rated)));
    const p = full.predictMany(texts, langs);
    scores = p.map((x) => x.score);
    predicted = p.map((x) => x.label);
  } else {
    method = "lexicon";
    await append(store, "feedback_model", {
      method, rated_items: rated.length, held_out: null, accuracy: null, balanced_accuracy: null, macro_f1: null, majority_rate: null, lexicon_balanced_accuracy: null
    });
    // The lexicon's −1…1 onto the model's 0…1, so one score column reads the same either way.
    const lexicon = lexiconSentimentMany(texts);
    scores = lexicon.map((x) => (x.score + 1) / 2);
    predicted = lexicon.map((x) => x.label);
  }

  const tokens = tokenizeMany(texts);
  const norms = texts.map((t) => normalizeText(t));
  let topics: ReturnType<typeof topicModel> | null = null;
  try {
    // Single characters and negations say little on their own about what a text is about.
    topics = topicModel(tokens, { topics: TOPICS, keepTerm: (t: string) => [...t].length > 1 && !NEGATION_WORDS.has(t) && !/^\d+$/.test(t) });
  } catch (e) {
    say(`  no data-driven topics: ${(e as Error).message}`);
  }
  for (let k = 0; k < items.length; k++) {
    // Three stars is neither: neutral, from the stars themselves.
    const label: SentimentLabel | null = items[k]!.rating === 3 ? "neutral" : labels[k]!;
    const topic = topics && topics.dominantTopic[k]! >= 0 ? topics.dominantTopic[k]! : null;
    await append(store, "feedback_scores", {
      feedback_id: items[k]!.id,
      sentiment: label ?? predicted[k]!,
      score: Math.round(scores[k]! * 1e6) / 1e6,
      scored_by: label ? "rating" : method,
      aspects: assignAspects(tokens[k]!, norms[k]!).join("|"),
      topic,
      topic_weight: topic === null ? null : Math.round(topics!.dominantWeight[k]! * 1e6) / 1e6
    });
  }
  if (topics) {
    const withTerms = topics.topics.reduce((s, t) => s + t.documents, 0) || 1;
    for (const t of topics.topics) {
      await append(store, "feedback_topics", { topic: t.index, top_terms: t.topTerms.map((x) => x.term).join("|"), documents: t.documents, share: t.documents / withTerms });
    }
  }
  for (const p of opinionPairs(texts, { topK: 15 })) {
    await append(store, "feedback_opinions", { aspect: p.aspect, aspect_word: p.aspectWord, opinion: p.opinion, negated: p.negated, items: p.count });
  }
  store.flush();
  const [[n]] = (await conn.runAndReadAll("SELECT count(*) FROM feedback_scores")).getRows();
  if (Number(n) !== items.length) throw new ReconciliationError(`feedback_scores holds ${n} rows for ${items.length} feedback items with text`);
  return items.length;
}
