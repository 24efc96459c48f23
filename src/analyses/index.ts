/**
 * Every shared analysis query. The parity suite runs each of them in DuckDB-WASM and in Node
 * DuckDB and compares; a new analysis is added here and given example options there.
 */
import { overviewKpis } from "./overviewKpis.js";
import { overviewSeries } from "./overviewSeries.js";
import type { Query } from "../query.js";

export const SHARED_QUERIES: readonly Query<never, unknown>[] = [overviewKpis, overviewSeries] as unknown as Query<never, unknown>[];
