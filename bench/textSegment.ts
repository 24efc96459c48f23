/**
 * npx tsx bench/textSegment.ts [--queries 200000] [--seed 1]
 *
 * Tokenising a search log at build time (src/text): --queries synthetic queries, generated
 * deterministically from a seed, ~55 % Chinese, ~25 % English, ~20 % mixed, a tenth typed in
 * full-width, words drawn Zipf-like so that popular queries repeat as they do in real logs.
 * A baseline pass that only generates the queries (its time is inside every other pass), then
 * three passes through tokenizeMany, each timed, with peak RSS sampled every 1,000 queries:
 *   - log: the queries as generated, through tokenizeMany (memo starts empty);
 *   - log again: the same queries once more (everything memoised);
 *   - all distinct: every query made unique with a suffix, so the memo never hits (worst case).
 * Prints a table; writes nothing.
 */
import { createRng } from "../src/clv/rng.ts";
import { arg } from "./benchPage.ts";

const count = Number(arg("queries", "200000"));
const seed = Number(arg("seed", "1"));

let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

const started = performance.now();
// Imported here so that loading jieba's wasm and dictionary is timed on its own.
const { tokenizeMany } = await import("../src/text/index.ts");
const loadMs = performance.now() - started;
const rssAfterLoad = sample();

const ZH = [
  "连衣裙", "夏季", "新款", "显瘦", "充电宝", "防摔", "手机壳", "面膜", "补水", "精华液", "包邮", "双十一", "男士", "运动鞋",
  "跑步", "透气", "大码", "女装", "宽松", "纯棉", "短袖", "儿童", "玩具", "蓝牙耳机", "无线", "降噪", "笔记本", "电脑",
  "正品", "旗舰店", "羽绒服", "加厚", "保暖", "口红", "防晒霜", "洗面奶", "收纳盒", "四件套", "空气炸锅", "不粘锅", "婴儿",
  "奶粉", "猫粮", "狗粮", "零食", "坚果", "茶叶", "咖啡", "电动牙刷", "行李箱", "双肩包", "帆布鞋", "小白鞋", "牛仔裤",
  "阔腿裤", "半身裙", "卫衣", "外套", "的", "好用", "推荐", "便宜", "学生", "女", "男", "黑色", "白色", "红色"
];
const EN = [
  "dress", "summer", "new", "slim", "power", "bank", "phone", "case", "shockproof", "face", "mask", "serum", "free",
  "shipping", "running", "shoes", "men", "women", "plus", "size", "cotton", "t-shirt", "kids", "toys", "wireless",
  "earbuds", "noise", "cancelling", "laptop", "original", "down", "jacket", "lipstick", "sunscreen", "storage", "box",
  "air", "fryer", "baby", "cat", "food", "coffee", "electric", "toothbrush", "backpack", "jeans", "hoodie", "black",
  "white", "red", "cheap", "best", "for", "the", "with"
];
const EXTRA = ["iPhone15", "60W", "XL", "2xl", "3-seater", "type-c", "1.5m", "2024", "pro", "max", "usb"];

/** Index in [0, n) with P(i) ∝ 1/(i+1): a few words make most of the traffic. */
function zipf(rng: ReturnType<typeof createRng>, n: number): number {
  const h = Math.log(n + 1);
  return Math.min(n - 1, Math.floor(Math.exp(rng.uniform() * h) - 1));
}

function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
}

function* queries(n: number, distinct: boolean): Generator<string> {
  const rng = createRng(seed);
  for (let i = 0; i < n; i++) {
    const kind = rng.uniform();
    const words: string[] = [];
    const length = 1 + zipf(rng, 4);
    for (let w = 0; w < length; w++) {
      if (kind < 0.55) words.push(ZH[zipf(rng, ZH.length)]!);
      else if (kind < 0.8) words.push(EN[zipf(rng, EN.length)]!);
      else words.push(rng.uniform() < 0.6 ? ZH[zipf(rng, ZH.length)]! : rng.uniform() < 0.5 ? EN[zipf(rng, EN.length)]! : EXTRA[zipf(rng, EXTRA.length)]!);
    }
    // Chinese queries are often typed without spaces; English ones never.
    let q = words.join(kind < 0.55 && rng.uniform() < 0.6 ? "" : " ");
    if (rng.uniform() < 0.1) q = fullWidth(q);
    if (distinct) q += ` ${i.toString(36)}`;
    yield q;
  }
}

function* sampled(source: Iterable<string>): Generator<string> {
  let i = 0;
  for (const q of source) {
    if (++i % 1_000 === 0) sample();
    yield q;
  }
}

const rows: string[] = [];
{
  const t0 = performance.now();
  let chars = 0;
  for (const q of sampled(queries(count, false))) chars += q.length;
  const ms = performance.now() - t0;
  rows.push(`| generate only (baseline, no tokenising) | ${count.toLocaleString("en")} | | ${chars.toLocaleString("en")} chars | ${ms.toFixed(0)} | ${Math.round((count / ms) * 1000).toLocaleString("en")} | ${(peakRss / 2 ** 20).toFixed(0)} |`);
}
function run(label: string, distinct: boolean): void {
  const uniqueQueries = new Set(queries(count, distinct)).size;
  const t0 = performance.now();
  const tokens = tokenizeMany(sampled(queries(count, distinct)));
  const ms = performance.now() - t0;
  sample();
  const tokenCount = tokens.reduce((s, t) => s + t.length, 0);
  rows.push(
    `| ${label} | ${count.toLocaleString("en")} | ${uniqueQueries.toLocaleString("en")} | ${tokenCount.toLocaleString("en")} | ${ms.toFixed(0)} | ${Math.round((count / ms) * 1000).toLocaleString("en")} | ${(peakRss / 2 ** 20).toFixed(0)} |`
  );
}

run("log", false);
run("log again (memoised)", false);
run("all distinct (no memo hits)", true);

console.log(`Node ${process.version}; ${count.toLocaleString("en")} queries, seed ${seed}`);
console.log(`load src/text (jieba-wasm + dictionary): ${loadMs.toFixed(0)} ms, RSS after load ${(rssAfterLoad / 2 ** 20).toFixed(0)} MiB`);
console.log("| pass | queries | distinct | tokens | ms | queries/s | peak RSS so far (MiB) |");
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
