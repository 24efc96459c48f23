/**
 * npm run bench:load [-- --scale L]
 *
 * Generates the demo shop at the given scale (default L: ≈10M events, ≈1M orders), then measures
 * in one run: (1) bare DuckDB `COPY (FROM read_csv(...)) TO parquet` of the behaviour log, the
 * baseline; (2) the full shoplens clean-and-write path on the behaviour log alone; (3) the full
 * pipeline on the whole shop. Prints rows/s per stage, the ratio to the baseline and peak RSS.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { generateDemoShop } from "../loaders/demo/generateDemoShop.ts";
import { runPipeline } from "../loaders/pipeline/runPipeline.ts";
import { ROOT } from "../loaders/pipeline/paths.ts";

const arg = (n: string, d: string) => {
  const i = process.argv.indexOf(`--${n}`);
  return i >= 0 ? process.argv[i + 1] : d;
};
const scale = arg("scale", "L") as "S" | "M" | "L";
const work = join(ROOT, "bench/out", `load-${scale}`);
const shop = join(work, "shop");
const EVENTS = "events/行为日志.csv";

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;

async function time<T>(label: string, fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  const s = (performance.now() - t0) / 1000;
  console.error(`${label}: ${s.toFixed(2)} s`);
  return [r, s];
}

async function main() {
  if (!existsSync(join(shop, "shoplens.config.json"))) {
    mkdirSync(work, { recursive: true });
    await time(`generate demo shop ${scale}`, () => generateDemoShop(shop, { scale, onProgress: (m) => console.error(m) }));
  }
  const eventsFile = join(shop, EVENTS);
  const lines = Number((await countLines(eventsFile)) - 1);
  console.error(`behaviour log: ${lines.toLocaleString("en")} rows, ${mb(statSync(eventsFile).size)}`);

  // Baseline: DuckDB's own CSV reader straight into Parquet.
  const inst = await DuckDBInstance.create(":memory:", { threads: "2" });
  const conn = await inst.connect();
  const bare = join(work, "bare.parquet");
  const [, tBare] = await time("bare COPY", () =>
    conn.run(`COPY (FROM read_csv('${eventsFile}', header = true, all_varchar = true)) TO '${bare}' (FORMAT parquet, COMPRESSION zstd)`)
  );
  conn.closeSync();
  inst.closeSync();

  // shoplens on the behaviour log alone (same file, full clean-and-write path).
  const only = mkdtempSync(join(tmpdir(), "bench-events-"));
  mkdirSync(join(only, "events"));
  symlinkSync(eventsFile, join(only, EVENTS));
  const [, tOurs] = await time("shoplens pipeline, behaviour log", () =>
    runPipeline({ dataDir: only, outDir: join(work, "out-events"), pseudonymKey: "bench", onProgress: () => {} })
  );

  const [full, tFull] = await time("shoplens pipeline, whole shop", () =>
    runPipeline({ dataDir: shop, outDir: join(work, "out-full"), pseudonymKey: "bench", onProgress: () => {} })
  );
  clearInterval(sampler);
  const totalRows = full.quality.reduce((s, q) => s + q.rows_read, 0);
  const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en")} rows/s`;
  console.log(
    [
      `scale ${scale}; behaviour log ${lines.toLocaleString("en")} rows`,
      `bare DuckDB COPY read_csv → parquet: ${tBare.toFixed(2)} s (${rate(lines, tBare)})`,
      `shoplens clean-and-write, behaviour log: ${tOurs.toFixed(2)} s (${rate(lines, tOurs)}) = ${((tBare / tOurs) * 100).toFixed(0)} % of bare COPY throughput`,
      `shoplens whole shop: ${tFull.toFixed(2)} s for ${totalRows.toLocaleString("en")} records (${rate(totalRows, tFull)})`,
      `peak RSS of this process: ${mb(peak)}`
    ].join("\n")
  );
  rmSync(only, { recursive: true, force: true });
}

async function countLines(file: string): Promise<number> {
  const { createReadStream } = await import("node:fs");
  let n = 0;
  for await (const chunk of createReadStream(file)) for (const b of chunk as Buffer) if (b === 10) n++;
  return n;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
