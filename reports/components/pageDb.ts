/**
 * The data handle of a page: build_info (what was published, in which mode) and a DuckDB-WASM
 * database whose tables load on first use. In public mode customer-grain tables are never
 * registered, even if a file were present.
 */
import { openBrowserDb } from "../lib/engine/openBrowserDb.js";
import { registerTables, type TablesDb } from "../lib/engine/registerTables.js";
import { ALL_TABLES } from "../lib/schema.js";
import { BUILD_INFO_FILE, OVERVIEW_DEFAULT_FILE, TABLE_FILES, type PublishedTable } from "./dataFiles.js";

/** build_info.json as written by loaders/pipeline/writeAggregates.ts (fields the pages use). */
export interface BuildInfo {
  mode: "internal" | "public";
  /** Tables published, with their row counts. */
  tables: Record<string, number>;
  publishedTables: string[];
  dataFrom: string | null;
  dataTo: string | null;
  mainCurrency: string | null;
  defaultRange: { from: string; to: string } | null;
  refundTimeKnown?: boolean;
  /** The capabilities table (absent in builds older than this field). */
  capabilities?: import("./reportCards.js").CapabilityRow[];
}

export async function loadBuildInfo(): Promise<BuildInfo> {
  const response = await fetch(BUILD_INFO_FILE());
  if (!response.ok) throw new Error(`could not load build_info.json: HTTP ${response.status}`);
  const info = (await response.json()) as Partial<BuildInfo>;
  return {
    tables: {},
    dataFrom: null,
    dataTo: null,
    mainCurrency: null,
    defaultRange: null,
    ...info,
    // Anything but an explicit "internal" is treated as public: never show more than allowed.
    mode: info.mode === "internal" ? "internal" : "public",
    publishedTables: info.publishedTables ?? Object.keys(info.tables ?? {})
  };
}

/** Tables a page may query under `info`: published, known to the site, and allowed by the mode. */
export function queryableTables(info: BuildInfo, only?: readonly string[]): PublishedTable[] {
  return info.publishedTables.filter(
    (name): name is PublishedTable =>
      name in TABLE_FILES &&
      (!only || only.includes(name)) &&
      (info.mode === "internal" || ALL_TABLES[name]?.grain !== "customer")
  );
}

/** Opens DuckDB-WASM and registers the page's tables (all queryable ones unless `only` is given). */
export async function openPageDb(info: BuildInfo, only?: readonly string[]): Promise<TablesDb> {
  const db = await openBrowserDb();
  const names = queryableTables(info, only);
  return registerTables(db, Object.fromEntries(names.map((name) => [name, TABLE_FILES[name]()])));
}

/** The overview's precomputed default view, or null when the build has none. */
export async function loadOverviewDefault(): Promise<any> {
  try {
    const response = await fetch(OVERVIEW_DEFAULT_FILE());
    if (!response.ok) return null;
    // JSON carries the periods as ISO text; live queries return Date objects: revive them.
    const json = await response.json();
    for (const key of ["series", "previousSeries"]) {
      for (const row of json?.[key] ?? []) if (typeof row.period === "string") row.period = new Date(row.period);
    }
    return json;
  } catch {
    return null;
  }
}

/** A precomputed JSON file, or null when the build has none (or it cannot be read). */
export async function loadJson(href: string): Promise<any> {
  try {
    const response = await fetch(href);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}
