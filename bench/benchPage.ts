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
