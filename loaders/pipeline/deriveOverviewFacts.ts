/**
 * Materialises the overview's compact fact tables (src/analyses/overviewFacts.ts) once every file
 * is read and resolved, and proves nothing was lost on the way: the events, purchases, visitors
 * and buyers they hold must add up to what the canonical tables hold, or the build stops.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { OVERVIEW_FACTS, OVERVIEW_FACTS_CHECKS } from "../../src/analyses/overviewFacts.ts";
import { ALL_TABLES } from "../../src/schema.ts";
import { ReconciliationError } from "./reconciliationError.ts";
import { scalar } from "./scalar.ts";

export async function deriveOverviewFacts(conn: DuckDBConnection, say: (m: string) => void = () => {}): Promise<void> {
  for (const [name, sql] of Object.entries(OVERVIEW_FACTS) as [keyof typeof OVERVIEW_FACTS, string][]) {
    // The tables were created empty with every other one (TableStore.createCanonical).
    const cols = ALL_TABLES[name]!.columns.map((c) => `"${c.name}"`).join(", ");
    await conn.run(`INSERT INTO "${name}" (${cols}) SELECT ${cols} FROM (${sql})`);
    say(`derived ${name}: ${(await scalar(conn, `SELECT count(*) FROM "${name}"`)).toLocaleString("en")} rows`);
  }
  // Several facts reconcile against the same source count: count each once.
  const sourceCounts = new Map<string, number>();
  for (const check of OVERVIEW_FACTS_CHECKS) {
    if (!sourceCounts.has(check.source)) sourceCounts.set(check.source, await scalar(conn, check.source));
    const [source, derived] = [sourceCounts.get(check.source)!, await scalar(conn, check.derived)];
    if (source !== derived) {
      throw new ReconciliationError(`${check.table} accounts for ${derived} ${check.what}, but the source tables hold ${source}`);
    }
  }
}
