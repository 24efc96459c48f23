/**
 * npm run bench:overview-queries [-- --dist DIR] [--runs 15]
 *
 * The Overview's queries on DuckDB-WASM (its Node build, loaded through the page's own Parquet
 * path) over a built site's compact facts: the KPIs and the series at each grain for a ~100-day
 * range, beside a bare sum of the range's visitors as a floor. Default site: the L build of
 * `npm run bench:page -- --scale L` (bench/out/page-L/dist). Prints medians; writes nothing.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT } from "../loaders/pipeline/paths.ts";
import { openNodeWasmDb } from "../test/src/engine/openNodeWasmDb.ts";
import { overviewKpis } from "../src/analyses/overviewKpis.ts";
import { overviewSeries, GRAINS } from "../src/analyses/overviewSeries.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const dir = join(resolve(arg("dist", join(ROOT, "bench/out/page-L/dist"))), "_file/data");
const runs = Number(arg("runs", "15"));

const db = await openNodeWasmDb();
for (const table of ["sales_days", "people_days", "visit_days", "purchase_currencies", "traffic_daily"]) {
  const file = readdirSync(dir).find((f) => f.startsWith(`${table}.`) && f.endsWith(".parquet"));
  if (!file) throw new Error(`no ${table}.*.parquet in ${dir}: build the site first`);
  await db.loadParquetFile(table, join(dir, file));
}
const [{ n, last }] = await db.query<{ n: number; last: Date }>("SELECT count(*)::INTEGER AS n, max(date) AS last FROM people_days");
const to = last.toISOString().slice(0, 10);
const from = new Date(+last - 100 * 86_400_000).toISOString().slice(0, 10);

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: the first query after loading pays for the table's first scan
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const rows: [string, number][] = [
  ["visitors alone (floor)", await median(() => db.query("SELECT sum(people) FROM people_days WHERE date BETWEEN $1::DATE AND $2::DATE AND kind = 1 AND since < $1::DATE", [from, to]))],
  ["overviewKpis", await median(() => overviewKpis.run(db, { from, to }))]
];
for (const grain of GRAINS) rows.push([`overviewSeries, ${grain}`, await median(() => overviewSeries.run(db, { from, to, grain }))]);
console.log(`${dir}: people_days ${n.toLocaleString("en")} rows; range ${from} … ${to}; median of ${runs}`);
for (const [label, ms] of rows) console.log(`${label.padEnd(34)} ${ms.toFixed(1)} ms`);
