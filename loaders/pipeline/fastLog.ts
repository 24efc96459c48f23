/**
 * The set-based path for clean machine-written logs (see FastPathSpec in presets/preset.ts):
 * DuckDB reads the CSV, the preset's own functions map the few distinct values that need them
 * (event names), pseudonyms are computed inside DuckDB for the distinct ids (pseudonymSql.ts, the
 * same keyed hash as the record-by-record path) and written over the raw ids in place, and one
 * INSERT … SELECT copies the staged rows into the canonical table in the file's order, with their
 * line numbers. Returns null — and leaves nothing behind — whenever the file is not provably clean,
 * so the record-by-record path reads it instead.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES } from "../../src/schema.ts";
import { JS_WHITESPACE_CLASS } from "../clean/jsWhitespace.ts";
import { pseudonymSql } from "../clean/pseudonymSql.ts";
import { shopLocalSql, zoneSegmentsAt } from "../clean/shopLocalSql.ts";
import type { FastPathSpec, Preset, PresetContext } from "../presets/preset.ts";
import type { FileReport } from "./readSourceFile.ts";
import type { TableStore } from "./tableStore.ts";
import { scalar } from "./scalar.ts";
import { byteFacts, type ByteFacts } from "./byteFacts.ts";

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const id = (s: string) => `"${s.replace(/"/g, '""')}"`;
// Cells that cleanText would change are not provably clean: leading or trailing spaces, two in a
// row, any other whitespace (cleanText turns a tab, a no-break or a full-width space into a
// space; RE2's own \s is ASCII only, so JavaScript's whitespace is spelled out), invisible
// characters, and Excel guards (a leading = or ').
// One expression per row over the cells joined by \x01, not one per cell: the check is otherwise
// the costliest step. (A cell holding \x01 can only make the check stricter.) byteFacts.ts skips
// it for a file holding none of the characters it looks for: keep the two in step.
const ODD_SPACE = JS_WHITESPACE_CLASS.replace(" ", "");
const DIRTY_CELLS = `(^|\\x01)[ =']|[ ]($|\\x01)|[ ][ ]|[${ODD_SPACE}\\x{200B}-\\x{200D}\\x{2060}]`;
// What parseDateTime rejects is left to the record path: an hour past 23 (DuckDB's cast reads
// 24:00:00 as the next midnight), a minute or second past 59, an offset beyond ±14:59.
const ISO_OFFSET = `'^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d[+-](0\\d|1[0-4]):[0-5]\\d$'`;
const HOUR = 3_600_000;

/**
 * SQL for the UTC instant (naive TIMESTAMP) of an ISO 8601 time with an offset, or NULL when
 * its parts do not make a valid date and time. Plain arithmetic: ICU is not needed for an
 * explicit offset.
 */
function utcSql(h: string): string {
  const part = (from: number, len: number) => `TRY_CAST(substr(${id(h)}, ${from}, ${len}) AS INTEGER)`;
  const sign = `(CASE substr(${id(h)}, 20, 1) WHEN '-' THEN -1 ELSE 1 END)`;
  return `(TRY_CAST(left(${id(h)}, 19) AS TIMESTAMP) - to_seconds(${sign} * (${part(21, 2)} * 3600 + ${part(24, 2)} * 60)))`;
}

/** SQL that is true for a record the set-based path cannot prove clean. */
function problems(spec: FastPathSpec, plain: boolean): string {
  const textCols = [...new Set([...Object.values(spec.text), ...Object.values(spec.pseudonym), ...Object.values(spec.lookup).map((l) => l.from)])];
  return [
    ...spec.required.map((h) => `coalesce(${id(h)}, '') = ''`),
    // A file without a byte the cell check could match needs no cell check (ByteFacts.plain).
    ...(plain ? [] : [`regexp_matches(concat_ws(chr(1), ${textCols.map((h) => `coalesce(${id(h)}, '')`).join(", ")}), ${q(DIRTY_CELLS)})`]),
    ...Object.values(spec.isoInstant).map((h) => `NOT regexp_full_match(coalesce(${id(h)}, ''), ${ISO_OFFSET})`)
  ].join(" OR ");
}

/** The set-based path's staging table: the canonical columns, ids and looked-up values still raw. */
const FAST = "_fast_rows";

export async function tryFastLog(opts: {
  path: string;
  relPath: string;
  preset: Preset;
  encoding: string;
  delimiter: string;
  header: string[];
  ctx: PresetContext;
  store: TableStore;
}): Promise<FileReport | null> {
  const spec = opts.preset.fastPath;
  const keyed = opts.store.pseudonyms;
  if (!spec || !keyed || opts.encoding !== "utf-8" || opts.delimiter !== ",") return null;
  const target = TABLES[spec.table];
  // Ids and looked-up values are staged as raw text in their canonical columns, and personal
  // values are read from the column that holds them.
  const stagedRaw = [...Object.keys(spec.pseudonym), ...Object.keys(spec.lookup)];
  if (stagedRaw.some((c) => target.columns.find((x) => x.name === c)?.type !== "VARCHAR")) return null;
  if (spec.personal.some((h) => personalColumn(spec, h) === null)) return null;
  const facts = byteFacts(opts.path);
  if (!facts.clean) return null;
  const used = new Set([
    ...spec.required,
    ...Object.values(spec.text),
    ...Object.values(spec.isoInstant),
    ...Object.values(spec.lookup).map((l) => l.from),
    ...Object.values(spec.pseudonym)
  ]);
  if ([...used].some((h) => !opts.header.includes(h))) return null;

  const conn = opts.store.conn;
  opts.store.flush();
  const columns = `{${opts.header.map((h) => `${q(h)}: 'VARCHAR'`).join(", ")}}`;
  // Each record is staged in the canonical layout as it is read, only the columns that are kept:
  // text as text, instants as UTC for now, ids and looked-up values raw, and whether the record
  // is provably clean, decided as it is read (the cells are at hand then; a second pass over 10
  // million records cost seconds).
  const exprs = target.columns.map((c) => {
    const h = spec.text[c.name] ?? spec.pseudonym[c.name] ?? spec.lookup[c.name]?.from;
    if (h) return `nullif(${id(h)}, '')::${c.type}`;
    if (spec.isoInstant[c.name]) return `${utcSql(spec.isoInstant[c.name])}::${c.type}`;
    return `NULL::${c.type}`;
  });
  const state = { written: false };
  try {
    await conn.run(
      `CREATE OR REPLACE TEMP TABLE ${FAST} AS SELECT
         ${exprs.map((e, i) => `${e} AS ${id(target.columns[i].name)}`).join(", ")},
         (${problems(spec, facts.plain)}) AS _not_clean
       FROM read_csv(${q(opts.path)}, header = true, delim = ',', quote = '"',
        columns = ${columns}, strict_mode = true, null_padding = false, auto_detect = false)`
    );
    return await load(conn, spec, keyed, opts, facts, state);
  } catch (e) {
    // Once rows are written, falling back would write them twice.
    if (state.written) throw e;
    // Anything DuckDB rejects is left to the record-by-record path, which reports it precisely.
    return null;
  } finally {
    for (const t of [FAST, "_fast_ps"]) await conn.run(`DROP TABLE IF EXISTS ${t}`);
  }
}

/** The canonical column whose raw text is the personal header `h`, or null. */
function personalColumn(spec: FastPathSpec, h: string): string | null {
  const from = { ...spec.text, ...spec.pseudonym };
  return Object.keys(from).find((c) => from[c] === h) ?? null;
}

async function load(
  conn: DuckDBConnection,
  spec: FastPathSpec,
  keyed: NonNullable<TableStore["pseudonyms"]>,
  opts: Parameters<typeof tryFastLog>[0],
  facts: ByteFacts,
  state: { written: boolean }
): Promise<FileReport | null> {
  // A time of a date that does not exist (02-30) has no instant: also left to the record path.
  const noInstant = Object.keys(spec.isoInstant).map((c) => ` OR ${id(c)} IS NULL`).join("");
  const [rows, bad] = (await conn.runAndReadAll(`SELECT count(*), count(*) FILTER (WHERE _not_clean${noInstant}) FROM ${FAST}`))
    .getRows()[0]
    .map(Number);
  if (rows !== facts.lines - 1 || bad > 0) return null;

  // The preset's own functions decide the few distinct values; an unknown one means a defect.
  // They become a CASE over the raw value (a join would cost a hash table probe per row).
  // canonical column → its expression over the staged row, where that is not the column itself.
  const final: Record<string, string> = {};
  for (const [col, { map }] of Object.entries(spec.lookup)) {
    const values = (await conn.runAndReadAll(`SELECT DISTINCT ${id(col)} FROM ${FAST}`)).getRows().map((r) => r[0]);
    // An empty cell is NULL here; the preset decides what an empty value means.
    const mapped = values.map((v) => [v, map(v === null ? "" : String(v))] as const);
    if (mapped.some(([, m]) => m === null)) return null;
    const nullCase = mapped.find(([v]) => v === null);
    const whens = mapped.filter(([v]) => v !== null).map(([v, m]) => `WHEN ${q(String(v))} THEN ${q(m!)}`);
    final[col] = `CASE ${id(col)} ${whens.join(" ")} ${nullCase ? `ELSE ${q(nullCase[1]!)}` : ""} END`;
  }
  // Personal values (member nicks) are read before their cells are replaced by pseudonyms.
  const personal: string[] = [];
  for (const h of spec.personal) {
    const c = personalColumn(spec, h)!;
    for (const [v] of (await conn.runAndReadAll(`SELECT DISTINCT ${id(c)} FROM ${FAST} WHERE ${id(c)} IS NOT NULL`)).getRows()) personal.push(String(v));
  }

  // Pseudonyms of the distinct ids, each with where it was first met (row, then column in the
  // order the record-by-record mapping pseudonymises them), for the id map's order.
  const keys = Object.keys(spec.pseudonym);
  const firstMet = `SELECT v AS raw, min(ord) AS first FROM (${keys
    .map((c, k) => `SELECT ${id(c)} AS v, rowid * ${keys.length} + ${k} AS ord FROM ${FAST}`)
    .join(" UNION ALL ")}) WHERE v IS NOT NULL GROUP BY v`;
  // Proven clean above: the cells are already trimmed, as pseudonymize.ts trims.
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE _fast_ps AS SELECT raw, ${pseudonymSql("raw", keyed.keyTable)} AS val, first FROM (${firstMet})`
  );

  // The pseudonyms replace the raw ids in place (every id is in _fast_ps, and each update must
  // say it changed exactly those rows): an INSERT … SELECT through hash joins would not keep the
  // file's order, and the Parquet writer could then not skip its sort.
  for (const c of keys) {
    const ids = await scalar(conn, `SELECT count(${id(c)}) FROM ${FAST}`);
    const updated = await conn.run(`UPDATE ${FAST} SET ${id(c)} = ps.val FROM _fast_ps ps WHERE ps.raw = ${FAST}.${id(c)}`);
    if (updated.rowsChanged !== ids) throw new Error(`${c}: ${updated.rowsChanged} of ${ids} ids pseudonymised`);
  }

  // Instants → the shop's wall time, with the record path's zone rules for the hours that occur
  // (not every hour between the first and the last: one stray 1970 time would cost 470,000).
  for (const c of Object.keys(spec.isoInstant)) {
    const hours = (await conn.runAndReadAll(`SELECT DISTINCT floor(epoch_ms(${id(c)}) / ${HOUR})::BIGINT AS h FROM ${FAST} ORDER BY h`))
      .getRows()
      .map(([h]) => Number(h) * HOUR);
    final[c] = shopLocalSql(id(c), zoneSegmentsAt(opts.ctx.shopTimeZone, hours));
  }

  // The staged rows are copied into the canonical table, in the file's order (one table scan, no
  // join). The copy earns its cost: DuckDB keeps updated values apart from a table's blocks and
  // merges them back on every scan, and the staged table used as the canonical one (10 million
  // ids updated in place) ran out of memory under the 512 MB limit of the text steps.
  // rowid is the record's position in the file: the header is line 1, and no record spans lines.
  const target = TABLES[spec.table];
  await conn.run(
    `INSERT INTO ${id(spec.table)} (${target.columns.map((c) => id(c.name)).join(", ")}, _source, _line)
     SELECT ${target.columns.map((c) => final[c.name] ?? id(c.name)).join(", ")}, ${q(opts.relPath)}, (rowid + 2)::INTEGER
     FROM ${FAST}`
  );
  state.written = true;
  // Written: only now do the ids join the private id map and the personal values the maskers
  // (the record-by-record path adds its own), so a file left to that path leaves nothing behind.
  await keyed.ids.addFromSql(`SELECT val AS pseudonym, raw AS original, first AS ord FROM _fast_ps`, rows * keys.length);
  for (const v of personal) opts.ctx.rememberPersonal(v);
  return {
    source_file: opts.relPath,
    preset: opts.preset,
    encoding: opts.encoding,
    sourceTimeZone: opts.ctx.sourceTimeZone,
    exportDate: null,
    rowsRead: facts.lines - 1,
    recordsParsed: rows,
    quarantined: 0,
    excluded: 0,
    excludedByReason: {},
    merged: 0,
    duplicatesExact: 0,
    primaryRows: rows,
    quarantine: []
  };
}
