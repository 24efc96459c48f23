/**
 * npm run bench:load [-- --scale L] [--no-full]
 *
 * Generates the demo shop at the given scale (default L: ≈10M events, ≈1M orders), then measures
 * (1) bare DuckDB `COPY (FROM read_csv(...)) TO parquet` of the behaviour log, the baseline;
 * (2) two floors, in the same engine with the same settings: the log copied into a table and
 * written from it (what any load that keeps the file's order and rewrites cells pays), and that
 * plus the pseudonyms put in place of the raw ids (what the privacy rules add at the least);
 * (3) the full shoplens clean-and-write path on the behaviour log alone, with rows/s per stage;
 * (4) the full pipeline on the whole shop. Prints the ratio of each to the baseline, CPU time and
 * peak RSS.
 *
 * Each measurement runs in a child process of its own, so its peak RSS is its own and is the
 * kernel's maximum resident set size (getrusage), not a sample: a timer cannot sample while
 * synchronous JavaScript holds the event loop, which is when memory peaked before.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { generateDemoShop } from "../loaders/demo/generateDemoShop.ts";
import { runPipeline } from "../loaders/pipeline/runPipeline.ts";
import { ROOT } from "../loaders/pipeline/paths.ts";
import { bareCopy, logAloneDir, openBenchDb, tableFloor } from "./logLoads.ts";

const arg = (n: string, d: string) => {
  const i = process.argv.indexOf(`--${n}`);
  return i >= 0 ? process.argv[i + 1] : d;
};
const scale = arg("scale", "L") as "S" | "M" | "L";
const work = join(ROOT, "bench/out", `load-${scale}`);
const shop = join(work, "shop");
const EVENTS = "events/行为日志.csv";
const eventsFile = join(shop, EVENTS);

type Stage = "bare" | "floor" | "floorIds" | "events" | "full";
interface Measured {
  seconds: number;
  /** user + system CPU of the whole process (DuckDB's threads included). */
  cpuSeconds: number;
  maxRssMb: number;
  records: number;
  /** The pipeline's progress messages, each with the seconds since the start. */
  progress?: [number, string][];
}

const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;

/** One stage, in this process (the child's side). */
async function measure(stage: Stage): Promise<Measured> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let records = 0;
  if (stage === "bare" || stage === "floor" || stage === "floorIds") {
    const db = await openBenchDb();
    try {
      if (stage === "bare") await bareCopy(db.conn, eventsFile, join(work, "bare.parquet"));
      else await tableFloor(db.conn, eventsFile, join(work, "floor.parquet"), stage === "floorIds");
    } finally {
      db.close();
    }
  } else if (stage === "events") {
    // shoplens on the behaviour log alone (same file, full clean-and-write path).
    const alone = logAloneDir(eventsFile);
    try {
      const progress: [number, string][] = [];
      const r = await runPipeline({
        dataDir: alone.dir,
        outDir: join(work, "out-events"),
        pseudonymKey: "bench",
        onProgress: (m) => progress.push([(performance.now() - t0) / 1000, m])
      });
      records = r.quality.reduce((s, q) => s + q.rows_read, 0);
      return { ...finish(t0, c0, records), progress };
    } finally {
      alone.remove();
    }
  } else {
    const r = await runPipeline({ dataDir: shop, outDir: join(work, "out-full"), pseudonymKey: "bench", onProgress: () => {} });
    records = r.quality.reduce((s, q) => s + q.rows_read, 0);
  }
  return finish(t0, c0, records);
}

function finish(t0: number, c0: NodeJS.CpuUsage, records: number): Measured {
  const cpu = process.cpuUsage(c0);
  return {
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    records
  };
}

/**
 * The behaviour-log run's stages, from the pipeline's progress messages, in seconds: reading and
 * cleaning (record count, read_csv with the cleanliness check, pseudonyms, shop time, into the
 * events table), duplicates (and the text steps, which have no text here), the overview's fact
 * tables, the quality tables, the Parquet files (each counted back), and the pages' first views.
 */
function stages(progress: [number, string][], total: number): [string, number][] {
  const marks: [string, string][] = [
    ["resolving duplicates", "duplicates"],
    ["deriving the overview's facts", "overview facts"],
    ["counting what became of every record", "quality tables and reconciliation"],
    ["writing Parquet", "Parquet files"],
    ["writing the pages' first views", "pages' first views"]
  ];
  const at = (prefix: string) => progress.find(([, m]) => m.startsWith(prefix))?.[0] ?? NaN;
  const out: [string, number][] = [["read and clean", at(marks[0][0])]];
  marks.forEach(([prefix, name], i) => out.push([name, (i + 1 < marks.length ? at(marks[i + 1][0]) : total) - at(prefix)]));
  return out;
}

/** One stage in a child process (the parent's side). */
function inChild(stage: Stage): Measured {
  const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--scale", scale, "--only", stage], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 256 << 20
  });
  if (r.status !== 0) throw new Error(`stage ${stage} failed (exit ${r.status}, signal ${r.signal}${r.error ? `, ${r.error.message}` : ""})`);
  const m = JSON.parse(r.stdout.trim().split("\n").pop()!) as Measured;
  console.error(`${stage}: ${m.seconds.toFixed(2)} s, CPU ${m.cpuSeconds.toFixed(1)} s, max RSS ${m.maxRssMb.toFixed(0)} MB`);
  return m;
}

async function main() {
  const only = arg("only", "") as Stage | "";
  if (only) {
    console.log(JSON.stringify(await measure(only)));
    return;
  }
  if (!existsSync(join(shop, "shoplens.config.json"))) {
    mkdirSync(work, { recursive: true });
    const t0 = performance.now();
    await generateDemoShop(shop, { scale, onProgress: (m) => console.error(m) });
    console.error(`generate demo shop ${scale}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  }
  const lines = (await countLines(eventsFile)) - 1;
  console.error(`behaviour log: ${lines.toLocaleString("en")} rows, ${mb(statSync(eventsFile).size)}`);

  const bare = inChild("bare");
  const floor = inChild("floor");
  const floorIds = inChild("floorIds");
  const ours = inChild("events");
  const full = process.argv.includes("--no-full") ? null : inChild("full");
  const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en")} rows/s`;
  const cost = (m: Measured) => `CPU ${m.cpuSeconds.toFixed(1)} s, max RSS ${m.maxRssMb.toFixed(0)} MB`;
  const ratio = (m: Measured) => `${((bare.seconds / m.seconds) * 100).toFixed(0)} % of bare COPY throughput`;
  console.log(
    [
      `scale ${scale}; behaviour log ${lines.toLocaleString("en")} rows`,
      `bare DuckDB COPY read_csv → parquet: ${bare.seconds.toFixed(2)} s (${rate(lines, bare.seconds)}; ${cost(bare)})`,
      `floor, read into a table and written from it: ${floor.seconds.toFixed(2)} s (${rate(lines, floor.seconds)}; ${cost(floor)}) = ${ratio(floor)}`,
      `floor + pseudonyms in place of the ids: ${floorIds.seconds.toFixed(2)} s (${rate(lines, floorIds.seconds)}; ${cost(floorIds)}) = ${ratio(floorIds)}`,
      `shoplens clean-and-write, behaviour log: ${ours.seconds.toFixed(2)} s (${rate(lines, ours.seconds)}; ${cost(ours)}) = ${ratio(ours)}`,
      ...stages(ours.progress!, ours.seconds).map(([name, s]) => `  ${name}: ${s.toFixed(2)} s (${rate(lines, s)})`),
      full
        ? `shoplens whole shop: ${full.seconds.toFixed(2)} s for ${full.records.toLocaleString("en")} records (${rate(full.records, full.seconds)}; ${cost(full)})`
        : "whole shop: skipped (--no-full)"
    ].join("\n")
  );
}

async function countLines(file: string): Promise<number> {
  const { createReadStream } = await import("node:fs");
  let n = 0;
  for await (const chunk of createReadStream(file)) {
    for (let i = (chunk as Buffer).indexOf(10); i !== -1; i = (chunk as Buffer).indexOf(10, i + 1)) n++;
  }
  return n;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
