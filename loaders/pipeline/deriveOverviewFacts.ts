/**
 * Materialises the overview's compact fact tables (src/analyses/overviewFacts.ts) once every file
 * is read and resolved, and proves nothing was lost on the way: the events and purchases they
 * hold must add up to the canonical tables' counts, or the build stops.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { OVERVIEW_FACTS, OVERVIEW_FACTS_CHECKS } from "../../src/analyses/overviewFacts.ts";
import { ALL_TABLES } from "../../src/schema.ts";
import { ReconciliationError } from "./reconciliationError.ts";

async function scalar(conn: DuckDBConnection, sql: string): Promise<number> {
  return Number((await conn.runAndReadAll(sql)).getRows()[0]![0]);
}

export async function deriveOverviewFacts(conn: DuckDBConnection, say: (m: string) => void = () => {}): Promise<void> {
  for (const [name, sql] of Object.entries(OVERVIEW_FACTS) as [keyof typeof OVERVIEW_FACTS, string][]) {
    const cols = ALL_TABLES[name]!.columns.map((c) => `"${c.name}"`).join(", ");
    await conn.run(`DELETE FROM "${name}"`);
    await conn.run(`INSERT INTO "${name}" (${cols}) SELECT ${cols} FROM (${sql})`);
    const check = OVERVIEW_FACTS_CHECKS[name];
    const [source, derived] = [await scalar(conn, check.source), await scalar(conn, check.derived)];
    if (source !== derived) {
      throw new ReconciliationError(`${name} accounts for ${derived} rows of its source, which has ${source}`);
    }
    say(`derived ${name}: ${(await scalar(conn, `SELECT count(*) FROM "${name}"`)).toLocaleString("en")} rows`);
  }
}
