/**
 * What the in-browser bench entries share: DuckDB-WASM's eh build (copied next to the page by
 * buildBenchPage) opened through the page's own adapter, and the hand-over of results to the
 * runner through window.__bench / window.__benchError.
 */
import * as duckdb from "@duckdb/duckdb-wasm";
import { wasmDb } from "../src/engine/wasmDb.ts";
import type { WasmConnection } from "../src/engine/loadParquet.ts";
import type { Db } from "../src/query.ts";

declare global {
  interface Window {
    __bench?: unknown;
    __benchError?: string;
  }
}

export async function openBenchDb(): Promise<Db> {
  const worker = new Worker("./duckdb-browser-eh.worker.js");
  const raw = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await raw.instantiate("./duckdb-eh.wasm");
  return wasmDb((await raw.connect()) as unknown as WasmConnection);
}

/** Runs the bench and publishes its result (with the user agent) or its error for the runner. */
export function publishBench(run: () => Promise<Record<string, unknown>>): void {
  run()
    .then((result) => (window.__bench = { ...result, userAgent: navigator.userAgent }))
    .catch((e) => (window.__benchError = String(e?.stack ?? e)));
}
