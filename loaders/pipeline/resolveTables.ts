/**
 * After every file is loaded: run the presets' finalize SQL (merging staged records), then drop
 * exact duplicates, then same-key duplicates within a file, then rows superseded by a later export
 * of the same key, counting every removed row against the file it came from.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES, type TableName } from "../../src/schema.ts";
import { scalar } from "./scalar.ts";

export interface RemovalCounts {
  /** table → source → rows */
  initial: Map<string, Map<string, number>>;
  duplicatesExact: Map<string, Map<string, number>>;
  duplicatesKey: Map<string, Map<string, number>>;
  superseded: Map<string, Map<string, number>>;
}

export const DERIVED_SOURCE = "(derived)";

/** The time that orders a key's versions: the latest status change the row records. */
const SNAPSHOT: Partial<Record<TableName, string>> = {
  orders: "greatest(ordered_at, paid_at, shipped_at, received_at, refunded_at)",
  feedback: "created_at",
  experiments: "assigned_at",
  customers: "first_seen_date::TIMESTAMP"
};

const q = (c: string) => `"${c}"`;

/**
 * Whether any two rows agree on these columns (NULLs equal, as in PARTITION BY). Rows that agree
 * have the same hash (grouping itself relies on it), so when no hash repeats — the usual case —
 * the answer is no without grouping on every column: at 10 million events, one 64-bit key instead
 * of a dozen text columns (15 s → 3 s). A repeated hash may be a collision: then the rows decide.
 *
 * `probe`, a few of the columns (by default all of them), makes it cheaper still: rows that agree
 * on every column agree on the probe, so only rows whose probe repeats can repeat. On the L shop's
 * events, hashing four
 * columns took 1.0 s where all twelve took 2.3 s. The probe must tell nearly all rows apart: time
 * and visitor alone repeated in 2.7 million events (a view and a favourite in the same second),
 * and comparing those rows whole cost more than it saved. Rows that share a probe are compared
 * whole.
 */
export async function hasRepeats(conn: DuckDBConnection, table: string, columns: string, probe = columns): Promise<boolean> {
  // The repeated hashes are kept (usually none or a few), so the rows behind them are found by
  // one more scan instead of a grouping of the whole table on every column.
  await conn.run(`CREATE OR REPLACE TEMP TABLE _probe_repeats AS
    SELECT h FROM (SELECT hash(${probe}) AS h FROM ${table}) GROUP BY h HAVING count(*) > 1`);
  try {
    if ((await scalar(conn, `SELECT count(*) FROM _probe_repeats`)) === 0) return false;
    return (
      (await scalar(
        conn,
        `SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE hash(${probe}) IN (SELECT h FROM _probe_repeats)
         GROUP BY ${columns} HAVING count(*) > 1 LIMIT 1)`
      )) > 0
    );
  } finally {
    await conn.run(`DROP TABLE IF EXISTS _probe_repeats`);
  }
}

/** Columns that tell most rows apart, cheap to hash: hasRepeats's probe for the exact-duplicate check. */
const PROBE: Partial<Record<TableName, string[]>> = { events: ["event_at", "visitor_id", "event_type", "product_id"] };

async function allExist(conn: DuckDBConnection, tables: string[]): Promise<boolean> {
  const r = await conn.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE table_name IN (${tables.map((t) => `'${t}'`).join(", ")})`
  );
  return Number(r.getRows()[0][0]) === tables.length;
}

async function countBySource(conn: DuckDBConnection, table: string): Promise<Map<string, number>> {
  const r = await conn.runAndReadAll(
    `SELECT coalesce(_source, '${DERIVED_SOURCE}') AS s, count(*)::BIGINT AS n FROM ${q(table)} GROUP BY 1`
  );
  return new Map(r.getRowObjects().map((x) => [String(x.s), Number(x.n)]));
}

function diff(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [s, n] of before) out.set(s, n - (after.get(s) ?? 0));
  return out;
}

export async function resolveTables(
  conn: DuckDBConnection,
  finalizeSql: readonly string[],
  exportDates: ReadonlyMap<string, number>
): Promise<RemovalCounts> {
  for (const sql of finalizeSql) {
    // A preset's merge step has nothing to merge when no record of the kind was staged.
    const staged = [...new Set(sql.match(/\bstage_[a-z0-9_]+/g) ?? [])];
    if (staged.length && !(await allExist(conn, staged))) continue;
    await conn.run(sql);
  }
  const counts: RemovalCounts = {
    initial: new Map(),
    duplicatesExact: new Map(),
    duplicatesKey: new Map(),
    superseded: new Map()
  };
  // Declared export dates (ms) per source, consulted before the file's own latest status time.
  await conn.run(`CREATE OR REPLACE TEMP TABLE _export_dates (source VARCHAR, t TIMESTAMP)`);
  for (const [s, ms] of exportDates) {
    await conn.run(`INSERT INTO _export_dates VALUES ('${s.replace(/'/g, "''")}', epoch_ms(${Math.round(ms)}::BIGINT)::TIMESTAMP)`);
  }
  for (const spec of Object.values(TABLES)) {
    const t = q(spec.name);
    const cols = spec.columns.map((c) => q(c.name)).join(", ");
    const before = await countBySource(conn, spec.name);
    counts.initial.set(spec.name, before);
    if ([...before.values()].every((n) => n === 0)) continue;

    // Rewriting a table costs far more than counting: rewrite only when a duplicate exists.
    const probe = PROBE[spec.name as TableName]?.map(q).join(", ");
    if (await hasRepeats(conn, t, `_source, ${cols}`, probe)) {
      await conn.run(`CREATE OR REPLACE TABLE ${t} AS SELECT * EXCLUDE (_rn) FROM (
        SELECT *, row_number() OVER (PARTITION BY _source, ${cols} ORDER BY _line) AS _rn FROM ${t}) WHERE _rn = 1`);
    }
    const afterExact = await countBySource(conn, spec.name);
    counts.duplicatesExact.set(spec.name, diff(before, afterExact));

    const key = spec.key.map(q).join(", ");
    const snap = SNAPSHOT[spec.name as TableName] ?? "NULL::TIMESTAMP";
    if (key && (await hasRepeats(conn, t, `_source, ${key}`))) {
      await conn.run(`CREATE OR REPLACE TABLE ${t} AS SELECT * EXCLUDE (_rn) FROM (
        SELECT *, row_number() OVER (PARTITION BY _source, ${key} ORDER BY ${snap} DESC NULLS LAST, _line DESC) AS _rn FROM ${t}) WHERE _rn = 1`);
    }
    const afterKey = await countBySource(conn, spec.name);
    counts.duplicatesKey.set(spec.name, diff(afterExact, afterKey));

    if (key && (await hasRepeats(conn, t, key))) {
      // Latest export wins: a declared export date, else the file's latest status time in this table.
      await conn.run(`CREATE OR REPLACE TABLE ${t} AS
        WITH src AS (
          SELECT _source, coalesce(max(d.t), max(${snap})) AS export_t
          FROM ${t} LEFT JOIN _export_dates d ON d.source = _source GROUP BY _source
        )
        SELECT * EXCLUDE (_rn, export_t) FROM (
          SELECT x.*, s.export_t, row_number() OVER (
            PARTITION BY ${spec.key.map((k) => `x.${q(k)}`).join(", ")}
            ORDER BY s.export_t DESC NULLS LAST, x._source DESC NULLS LAST, x._line DESC) AS _rn
          FROM ${t} x LEFT JOIN src s ON s._source IS NOT DISTINCT FROM x._source)
        WHERE _rn = 1`);
    }
    counts.superseded.set(spec.name, diff(afterKey, await countBySource(conn, spec.name)));
  }
  // Item reports rarely carry category and brand; the catalogue does (after its duplicates are gone).
  await conn.run(`UPDATE order_items SET
      category = coalesce(order_items.category, p.category),
      brand = coalesce(order_items.brand, p.brand),
      title = coalesce(order_items.title, p.title)
    FROM products p
    WHERE order_items.product_id = p.product_id
      AND (order_items.category IS NULL OR order_items.brand IS NULL OR order_items.title IS NULL)`);
  return counts;
}
