/**
 * What the browser benchmarks share: reading `--name value` arguments, and building a one-page
 * site under bench/out/<name>/ from an entry module bundled with esbuild (plus, when the page
 * opens its own DuckDB-WASM, the engine's eh build and worker copied from node_modules).
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "../loaders/pipeline/paths.ts";

/** The value after `--name` on the command line, or `fallback`. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Bundles `entry` into bench/out/<name>/ with an index.html that loads it; returns the folder. */
export function buildBenchPage(name: string, entry: string, { duckdb = false } = {}): string {
  const out = join(ROOT, "bench/out", name);
  mkdirSync(out, { recursive: true });
  if (duckdb) {
    const require = createRequire(import.meta.url);
    for (const f of ["duckdb-eh.wasm", "duckdb-browser-eh.worker.js"]) copyFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/${f}`), join(out, f));
  }
  execFileSync(join(ROOT, "node_modules/.bin/esbuild"), [join(ROOT, entry), "--bundle", "--format=esm", "--platform=browser", `--outfile=${join(out, "entry.js")}`, "--log-level=warning"], { stdio: "inherit" });
  writeFileSync(join(out, "index.html"), `<!doctype html><meta charset="utf-8"><title>bench ${name}</title><script type="module" src="./entry.js"></script>`);
  return out;
}

/**
 * Builds the bench page, opens it `runs` times in headless Chromium (a fresh context each, so no
 * run warms the next) with `query`, and hands each run's window.__bench to `row`, which returns
 * that run's table row. Prints Chromium's user agent once and returns the rows.
 */
export async function runBrowserBench<B>(
  name: string,
  entry: string,
  { query, runs, timeoutMs }: { query: string; runs: number; timeoutMs: number },
  row: (bench: B, run: number) => string
): Promise<string[]> {
  const { serveDist } = await import("../test/site/serveDist.ts");
  const { launch } = await import("../test/e2e/helpers/browser.ts");
  const out = buildBenchPage(name, entry, { duckdb: true });
  const served = await serveDist(out);
  const browser = await launch();
  const rows: string[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${served.url}index.html?${query}`);
      await page.waitForFunction(() => (window as any).__bench || (window as any).__benchError, null, { timeout: timeoutMs, polling: 500 });
      const error = await page.evaluate(() => (window as any).__benchError);
      if (error) throw new Error(error);
      const b = (await page.evaluate(() => (window as any).__bench)) as B & { userAgent: string };
      if (r === 0) console.log(`Chromium: ${b.userAgent}`);
      rows.push(row(b, r + 1));
      await page.context().close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return rows;
}

/** The median (lower middle) of timings, and "p50 (max …)" as the tables print them. */
export const p50 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
export const p50Max = (xs: readonly number[]) => `${p50(xs).toFixed(0)} (max ${Math.max(...xs).toFixed(0)})`;
