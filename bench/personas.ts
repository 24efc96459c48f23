/**
 * npm run bench:personas [-- --customers 200000] [--runs 3]
 *
 * Personas at the scale, on a synthetic shop (bench/personaShop.ts) of --customers buyers:
 * 1. Build time, Node DuckDB (what the data loaders run): the persona base and every tag
 *    (personaCustomers), the counts of every tag (tagCounts), the behavioural groups, and the
 *    persona model with k chosen by silhouette over 2–8 (chooseK, then the final fit).
 * 2. The page, headless Chromium (bench/personasBrowser/entry.ts): the first load of the customer
 *    rows through DuckDB-WASM, then re-clustering with a new k (3…8, one fit each, as the k
 *    selector does). Baseline in the same run: the automatic k search over 2–8.
 * Prints two tables; writes only bench/out/personas-browser/.
 */
import { memoryDb } from "../loaders/nodeDb.ts";
import { personaCustomers } from "../src/analyses/personas/personaCustomers.ts";
import { tagCounts } from "../src/analyses/personas/tagCounts.ts";
import { behaviourGroups } from "../src/analyses/personas/behaviourGroups.ts";
import { promotionWindowsParam } from "../src/analyses/personas/promotionWindowsParam.ts";
import { personaModel } from "../src/personas/personaModel.ts";
import { TAGS } from "../src/personas/tagCatalog.ts";
import { arg, p50, p50Max, runBrowserBench } from "./benchPage.ts";
import { fillPersonaShop } from "./personaShop.ts";

const customers = Number(arg("customers", "200000"));
const runs = Number(arg("runs", "3"));
const o = { asOf: "2025-12-31", currency: "CNY", promotions: promotionWindowsParam("2024-01-01", "2025-12-31") };

const timed = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};

console.log(`customers ${customers} (ms)`);
console.log("| run | customers / orders / lines | base + tags (personaCustomers) | all tag counts | behaviour groups | model, k by silhouette 2–8 | chosen k |");
console.log("|---|---|---|---|---|---|---|");
for (let r = 1; r <= runs; r++) {
  const m = await memoryDb();
  const shop = await fillPersonaShop(m.db, customers);
  const [rows, base] = await timed(() => personaCustomers.run(m.db, o));
  const [, tags] = await timed(async () => {
    for (const t of TAGS) await tagCounts.run(m.db, { ...o, tag: t.id, by: "none" });
  });
  const [, groups] = await timed(() => behaviourGroups.run(m.db, o));
  const [model, fit] = await timed(() => personaModel(rows, { k: "auto" }));
  console.log(`| ${r} | ${shop.customers.toLocaleString("en")} / ${shop.orders.toLocaleString("en")} / ${shop.lines.toLocaleString("en")} | ${base.toFixed(0)} | ${tags.toFixed(0)} | ${groups.toFixed(0)} | ${fit.toFixed(0)} | ${model.k} |`);
  m.close();
}

const browserRows = await runBrowserBench<any>("personas-browser", "bench/personasBrowser/entry.ts", { query: `customers=${customers}`, runs, timeoutMs: 900_000 }, (b, r) =>
  `| ${r} | ${b.customers.toLocaleString("en")} | ${b.loadMs.toFixed(0)} | ${p50Max(b.reclusterMs)} | ${b.autoMs.toFixed(0)} | ${(p50(b.reclusterMs) / b.autoMs).toFixed(3)} |`
);
console.log("\nIn the page (ms)");
console.log("| run | customers | first load of the rows (base + tags, WASM) | re-cluster with a new k, p50 of k = 3…8 | baseline: automatic k over 2–8 | ratio |");
console.log("|---|---|---|---|---|---|");
for (const row of browserRows) console.log(row);
