/**
 * npm run bench:feedback-topics [-- --items 1000000]
 *
 * Build-time topic assignment for feedback at scale, as enrichFeedback does it: review texts from
 * the demo generator (loaders/demo/reviewText.ts) are tokenised (src/text), given aspects from the
 * editable dictionaries, and a k = 8 NMF topic model is fitted (on a seeded 100,000-item sample
 * above that size) and scores every item. Prints each stage's time, items/s and peak RSS; the
 * baseline is generating the texts alone. Sentiment scoring at scale is `npm run bench:sentiment`.
 */
import { Random } from "../loaders/demo/random.ts";
import { reviewText, type Aspect } from "../loaders/demo/reviewText.ts";
import { normalizeText, tokenizeMany } from "../src/text/index.ts";
import { assignAspects, topicModel } from "../src/topics/index.ts";
import { arg } from "./benchPage.ts";

const N = Number(arg("items", "1000000"));
let peak = 0;
const rss = () => (peak = Math.max(peak, process.memoryUsage().rss / 2 ** 20));
const timer = setInterval(rss, 50);
const rows: string[] = [];
const stage = <T>(name: string, f: () => T): T => {
  const t = performance.now();
  const r = f();
  const ms = performance.now() - t;
  rss();
  rows.push(`| ${name} | ${N.toLocaleString("en")} | ${ms.toFixed(0)} | ${Math.round(N / (ms / 1000)).toLocaleString("en")} | ${peak.toFixed(0)} |`);
  return r;
};

const ASPECTS: Aspect[] = ["logistics", "quality", "size", "color", "packaging", "service", "value", "effect"];
const rand = new Random(7, "bench-feedback-topics");
const texts = stage("generate texts (baseline)", () => {
  const out: string[] = [];
  for (let i = 0; i < N; i++) {
    const aspects = new Map<Aspect, boolean>();
    const n = 1 + Math.floor(rand.next() * 3);
    while (aspects.size < n) aspects.set(ASPECTS[Math.floor(rand.next() * ASPECTS.length)]!, rand.next() < 0.7);
    out.push(reviewText(rand, aspects, 1 + Math.floor(rand.next() * 5), rand.next() < 0.1));
  }
  return out;
});
const tokens = stage("tokenise (jieba, stop words)", () => tokenizeMany(texts));
const aspects = stage("assign aspects (dictionaries)", () => tokens.map((t, i) => assignAspects(t, normalizeText(texts[i]!))));
const model = stage("NMF topics k = 8 (fit ≤ 100k, score all)", () => topicModel(tokens, { topics: 8, keepTerm: (t: string) => [...t].length > 1 && !/^\d+$/.test(t) }));
clearInterval(timer);
console.log(`Node ${process.version}; ${N.toLocaleString("en")} feedback items; ${aspects.filter((a) => a.length).length.toLocaleString("en")} with an aspect; topics fitted on ${model.fittedDocuments.toLocaleString("en")} (sampled: ${model.sampled})`);
console.log("| stage | items | ms | items/s | peak RSS so far (MiB) |");
console.log("|---|---|---|---|---|");
for (const r of rows) console.log(r);
