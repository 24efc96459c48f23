/**
 * npx tsx bench/sentimentScore.ts [--texts 1000000] [--train 20000] [--seed 1]
 *
 * Feedback sentiment at build time (src/sentiment): train the rating model once, then score a
 * large unrated column. Synthetic short reviews, generated deterministically from a seed: 60 %
 * Chinese, 40 % English, one to three clauses of a topic and an opinion (80 % of reviews
 * positive, 1 in 10 mixed and rated 3 stars), each with a random product name or English filler
 * so that nearly every text is distinct and tokenizeMany's memo seldom hits (the worst case; real
 * reviews repeat little). Passes, each timed, with peak RSS sampled every 1,000 texts:
 *   - generate only: the texts alone (their cost is inside every later pass);
 *   - train: trainSentimentModel on --train rated reviews (features, TF-IDF, L-BFGS), and the
 *     size of its JSON;
 *   - score: createSentimentScorer(model).predictMany over --texts new texts, tokenisation
 *     included; agreement with the generator's polarity as a sanity check;
 *   - lexicon: lexiconSentimentMany over the same texts, 10,000 per call.
 * Prints a table; writes nothing.
 */
import { createRng, type Rng } from "../src/clv/rng.ts";
import { arg } from "./benchPage.ts";

const count = Number(arg("texts", "1000000"));
const trainCount = Number(arg("train", "20000"));
const seed = Number(arg("seed", "1"));

let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

const started = performance.now();
// Imported here so that loading jieba's wasm and dictionary is timed on its own.
const { createSentimentScorer, lexiconSentimentMany, trainSentimentModel } = await import("../src/sentiment/index.ts");
const loadMs = performance.now() - started;

const TOPIC_ZH = ["物流", "质量", "包装", "客服", "颜色", "尺码", "味道", "面料", "做工", "价格", "快递", "服务", "款式", "效果", "味道"];
const GOOD_ZH = ["很好", "不错", "非常满意", "很快", "好评", "质量好", "推荐", "很舒服", "好看", "物超所值", "挺好的", "超级好吃", "很新鲜", "正品"];
const BAD_ZH = ["太差了", "很失望", "差评", "掉色", "起球", "不太好", "要退货", "不好", "太慢了", "偏小", "有点贵", "不新鲜", "一般般", "有异味"];
// Common characters for product names, so the Chinese vocabulary is not a toy one.
const HAN = Array.from(
  "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坐集编宝谈府拉黑且随格尽剑讲布杀微怕母调局根曾准团段终乐切级克精哪官示冷域纪"
);
const TOPIC_EN = ["fabric", "color", "fit", "size", "shipping", "quality", "material", "dress", "top", "jeans", "sweater", "price", "zipper", "length"];
const GOOD_EN = ["is great", "is perfect", "fits well", "is so soft", "looks lovely", "is comfortable", "is worth it", "is beautiful", "was fast", "is flattering"];
const BAD_EN = ["is poor", "was disappointing", "runs too small", "is itchy", "looks cheap", "fell apart", "is see-through", "was late", "is unflattering", "is not worth it"];
const FILLER_EN = [
  "really", "honestly", "overall", "for work", "in winter", "with boots", "for my daughter", "after washing", "on sale", "at first",
  "in the store", "for the price", "this season", "with jeans", "for a wedding", "on me", "in person", "on the model", "by the way", "again"
];

interface Review {
  text: string;
  rating: number;
  /** +1 positive, −1 negative, 0 mixed (as generated). */
  polarity: number;
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.integer(0, xs.length - 1)]!;
}

function review(rng: Rng): Review {
  const roll = rng.uniform();
  const polarity = roll < 0.1 ? 0 : roll < 0.82 ? 1 : -1;
  const clauses = 1 + rng.integer(0, 2);
  const zh = rng.uniform() < 0.6;
  const parts: string[] = [];
  for (let c = 0; c < clauses; c++) {
    const good = polarity === 0 ? c % 2 === 0 : polarity > 0;
    parts.push(
      zh
        ? `${pick(rng, TOPIC_ZH)}${pick(rng, good ? GOOD_ZH : BAD_ZH)}`
        : `the ${pick(rng, TOPIC_EN)} ${pick(rng, good ? GOOD_EN : BAD_EN)} ${pick(rng, FILLER_EN)}`
    );
  }
  const name = zh ? `${pick(rng, HAN)}${pick(rng, HAN)}${pick(rng, HAN)}${rng.integer(1, 99)}号` : `${pick(rng, FILLER_EN)} #${rng.integer(1, 9999)}`;
  const text = zh ? `${name}，${parts.join("，")}` : `${parts.join(", ")} ${name}`;
  const rating = polarity === 0 ? 3 : polarity > 0 ? rng.integer(4, 5) : rng.integer(1, 2);
  return { text, rating, polarity };
}

function* reviews(n: number, rngSeed: number): Generator<Review> {
  const rng = createRng(rngSeed);
  for (let i = 0; i < n; i++) {
    if ((i + 1) % 1_000 === 0) sample();
    yield review(rng);
  }
}

const texts = function* (n: number, rngSeed: number): Generator<string> {
  for (const r of reviews(n, rngSeed)) yield r.text;
};

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString("en");
const rows: string[] = [];
const row = (pass: string, n: number, ms: number, note: string) =>
  rows.push(`| ${pass} | ${n.toLocaleString("en")} | ${ms.toFixed(0)} | ${rate(n, ms)} | ${mib(peakRss)} | ${note} |`);

{
  const t0 = performance.now();
  let chars = 0;
  for (const t of texts(count, seed + 1)) chars += t.length;
  row("generate only (baseline)", count, performance.now() - t0, `${(chars / count).toFixed(1)} chars per text`);
}

const trainRows = [...reviews(trainCount, seed)];
const t0 = performance.now();
const model = trainSentimentModel(trainRows);
const trainMs = performance.now() - t0;
sample();
const json = JSON.stringify(model);
row("train", trainCount, trainMs, `${model.terms.length.toLocaleString("en")} terms, ${model.training.iterations} L-BFGS iterations, JSON ${(json.length / 1e6).toFixed(2)} MB`);

{
  const scorer = createSentimentScorer(model);
  const t1 = performance.now();
  const predictions = scorer.predictMany(texts(count, seed + 1));
  const ms = performance.now() - t1;
  sample();
  let agree = 0, decided = 0;
  let i = 0;
  for (const r of reviews(count, seed + 1)) {
    const p = predictions[i++]!;
    if (r.polarity === 0) continue;
    decided++;
    if ((p.label === "positive") === r.polarity > 0) agree++;
  }
  row("score (trained model)", count, ms, `agrees with the generator on ${((agree / decided) * 100).toFixed(2)} % of non-mixed texts`);
}

{
  const t2 = performance.now();
  let chunk: string[] = [];
  let neutral = 0;
  const flush = () => {
    for (const p of lexiconSentimentMany(chunk)) if (p.label === "neutral") neutral++;
    chunk = [];
  };
  for (const t of texts(count, seed + 1)) {
    chunk.push(t);
    if (chunk.length === 10_000) flush();
  }
  flush();
  row("score (lexicon)", count, performance.now() - t2, `${((neutral / count) * 100).toFixed(1)} % neutral`);
}

console.log(`Node ${process.version}; ${count.toLocaleString("en")} texts, ${trainCount.toLocaleString("en")} training reviews, seed ${seed}`);
console.log(`load src/sentiment (jieba-wasm + dictionary): ${loadMs.toFixed(0)} ms`);
console.log("| pass | texts | ms | texts/s | peak RSS so far (MiB) | note |");
console.log("|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
