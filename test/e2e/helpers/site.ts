/**
 * The built site the browser suite and the page benchmark run against: an existing dist/ (CI runs
 * `npm run build` first), or a site built here from a small generated demo shop into temporary
 * folders, so the suite is self-contained.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { generateDemoShop } from "../../../loaders/demo/generateDemoShop.ts";
import { nodeDb } from "../../../loaders/nodeDb.ts";
import { ROOT } from "../../../loaders/pipeline/paths.ts";
import type { Db } from "../../../src/query.ts";

export interface BuildResult {
  status: number | null;
  output: string;
  seconds: number;
}

/** `npx tsx loaders/cli.ts build` with the given folders (env SHOPLENS_DATA / WORK / DIST / MODE). */
export function buildSite(opts: { dist: string; work?: string; data?: string; mode?: "internal" | "public"; extraEnv?: Record<string, string>; timeoutMs?: number }): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, SHOPLENS_DIST: opts.dist, OBSERVABLE_TELEMETRY_DISABLE: "true", ...opts.extraEnv };
  if (opts.work) env.SHOPLENS_WORK = opts.work;
  if (opts.data) env.SHOPLENS_DATA = opts.data;
  if (opts.data && !env.SHOPLENS_PSEUDONYM_KEY) env.SHOPLENS_PSEUDONYM_KEY = "e2e";
  if (opts.mode) env.SHOPLENS_MODE = opts.mode;
  const started = Date.now();
  const r = spawnSync("npx", ["tsx", "loaders/cli.ts", "build"], { cwd: ROOT, env, encoding: "utf8", timeout: opts.timeoutMs ?? 600_000, maxBuffer: 256 * 2 ** 20 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, seconds: (Date.now() - started) / 1000 };
}

/** Generates the small demo shop (500 customers) into `<root>/data` and builds it into `<root>/dist`. */
export async function buildSmallDemo(root: string, mode: "internal" | "public" = "internal", customers = 500): Promise<{ dist: string; outDir: string; build: BuildResult }> {
  const data = join(root, "data");
  if (!existsSync(join(data, "shoplens.config.json"))) await generateDemoShop(data, { customers });
  const dist = join(root, "dist");
  const work = join(root, "work");
  const build = buildSite({ dist, work, data, mode });
  if (build.status !== 0) throw new Error(`site build failed (${mode}):\n${build.output.slice(-4000)}`);
  return { dist, outDir: join(work, "out"), build };
}

export interface Site {
  dist: string;
  /** Where the Node pipeline wrote build_info.json / overview_default.json; null when unknown. */
  outDir: string | null;
  /** True when this process built the site (false: an existing dist/ was used). */
  built: boolean;
  buildSeconds: number;
  /** The temporary folder to delete afterwards (only when this process built the site). */
  tempRoot: string | null;
}

/** Uses $SHOPLENS_DIST or dist/ when it exists, else builds the 500-customer demo into a temp dir. */
export async function ensureSite(): Promise<Site> {
  const existing = resolve(ROOT, process.env.SHOPLENS_DIST ?? "dist");
  if (existsSync(join(existing, "index.html"))) return { dist: existing, outDir: null, built: false, buildSeconds: 0, tempRoot: null };
  const root = mkdtempSync(join(tmpdir(), "shoplens-e2e-"));
  const { dist, outDir, build } = await buildSmallDemo(root);
  return { dist, outDir, built: true, buildSeconds: build.seconds, tempRoot: root };
}

/** A published data file in dist/_file/data/, e.g. ("build_info", "json") → …/build_info.3b99.json. */
export function publishedFile(dist: string, name: string, ext: "json" | "parquet"): string {
  const dir = join(dist, "_file/data");
  const hits = readdirSync(dir).filter((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.${ext}$`).test(f));
  if (hits.length !== 1) throw new Error(`expected one ${name}.*.${ext} in ${dir}, found ${hits.length}`);
  return join(dir, hits[0]);
}

/** Whether dist/ publishes a file for `name`. */
export function hasPublished(dist: string, name: string, ext: "json" | "parquet"): boolean {
  return readdirSync(join(dist, "_file/data")).some((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.${ext}$`).test(f));
}

/**
 * The Node-computed JSON the Overview paints first. Read from the pipeline's output folder when
 * known (the test built the site), else from the published copy in dist/ (a byte copy: the data
 * loaders only emit the pipeline's files).
 */
export function nodeJson<T = any>(site: Pick<Site, "dist" | "outDir">, name: "build_info" | "overview_default" | "rfm_default" | "clv_default" | "lifecycle_default" | "funnels_default" | "traffic_default" | "abtests_default" | "search_default" | "feedback_default" | "personas_default" | "products_default"): T {
  const file = site.outDir ? join(site.outDir, `${name}.json`) : publishedFile(site.dist, name, "json");
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Node DuckDB over the Parquet files the site publishes (what the page loads), one view per table. */
export async function publishedDb(dist: string, tables: readonly string[]): Promise<{ db: Db; close(): void }> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  for (const t of tables) {
    await conn.run(`CREATE VIEW "${t}" AS SELECT * FROM read_parquet('${publishedFile(dist, t, "parquet")}')`);
  }
  return {
    db: nodeDb(conn),
    close: () => {
      conn.closeSync();
      instance.closeSync();
    }
  };
}
