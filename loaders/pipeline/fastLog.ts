/**
 * The set-based path for clean machine-written logs (see FastPathSpec in presets/preset.ts):
 * DuckDB reads the CSV, the preset's own functions map the few distinct values that need them
 * (event names), pseudonyms are computed inside DuckDB for the distinct ids (pseudonymSql.ts, the
 * same keyed hash as the record-by-record path), and one INSERT … SELECT writes the canonical rows
 * with their line numbers. Returns null — and leaves nothing behind — whenever the file is not
 * provably clean, so the record-by-record path reads it instead.
 */
import { closeSync, openSync, readSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES } from "../../src/schema.ts";
import { JS_WHITESPACE_CLASS } from "../clean/jsWhitespace.ts";
import { pseudonymSql } from "../clean/pseudonymSql.ts";
import { shopLocalSql, zoneSegmentsAt } from "../clean/shopLocalSql.ts";
import type { FastPathSpec, Preset, PresetContext } from "../presets/preset.ts";
import type { FileReport } from "./readSourceFile.ts";
import type { TableStore } from "./tableStore.ts";
import { scalar } from "./scalar.ts";

interface ByteFacts {
  /** Non-empty lines, counted from the bytes (independently of any CSV parser). */
  lines: number;
  clean: boolean;
}

/** One pass over the bytes: line count, and no quotes, CRs, blank lines or BOM to worry about. */
function byteFacts(path: string): ByteFacts {
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(16 * 1024 * 1024);
  let lines = 0;
  let pos = 0;
  let last = 10;
  let clean = true;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      const chunk = buf.subarray(0, n);
      if (pos === 0 && chunk[0] === 0xef) clean = false;
      if (chunk.indexOf(0x22) !== -1 || chunk.indexOf(0x0d) !== -1) clean = false;
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
        const prev = i > 0 ? chunk[i - 1] : last;
        if (prev === 0x0a) clean = false; // a blank line would shift line numbers
        lines++;
      }
      last = chunk[n - 1];
      pos += n;
      if (!clean) break;
    }
  } finally {
    closeSync(fd);
  }
  if (last !== 0x0a && pos > 0) lines++; // a last line without a line break
  return { lines, clean };
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const id = (s: string) => `"${s.replace(/"/g, '""')}"`;
// Cells that cleanText would change are not provably clean: leading or trailing spaces, two in a
// row, any other whitespace (cleanText turns a tab, a no-break or a full-width space into a
// space; RE2's own \s is ASCII only, so JavaScript's whitespace is spelled out), invisible
// characters, and Excel guards (a leading = or ').
// One expression per row over the cells joined by \x01, not one per cell: the check is otherwise
// the costliest step. (A cell holding \x01 can only make the check stricter.)
const ODD_SPACE = JS_WHITESPACE_CLASS.replace(" ", "");
const DIRTY_CELLS = `(^|\\x01)[ =']|[ ]($|\\x01)|[ ][ ]|[${ODD_SPACE}\\x{200B}-\\x{200D}\\x{2060}]`;
// What parseDateTime rejects is left to the record path: an hour past 23 (DuckDB's cast reads
// 24:00:00 as the next midnight), a minute or second past 59, an offset beyond ±14:59.
const ISO_OFFSET = `'^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d[+-](0\\d|1[0-4]):[0-5]\\d$'`;
const BAD = "_fast_bad";
const HOUR = 3_600_000;
/** The UTC instant column kept for a canonical time column. */
const utcColumn = (canonical: string) => id(`_fast_utc_${canonical}`);

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
function problems(spec: FastPathSpec): string {
  const textCols = [...new Set([...Object.values(spec.text), ...Object.values(spec.pseudonym), ...Object.values(spec.lookup).map((l) => l.from)])];
  return [
    ...spec.required.map((h) => `coalesce(${id(h)}, '') = ''`),
    `regexp_matches(concat_ws(chr(1), ${textCols.map((h) => `coalesce(${id(h)}, '')`).join(", ")}), ${q(DIRTY_CELLS)})`,
    ...Object.values(spec.isoInstant).map((h) => `NOT regexp_full_match(coalesce(${id(h)}, ''), ${ISO_OFFSET})`)
  ].join(" OR ");
}

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
  const facts = byteFacts(opts.path);
  if (!facts.clean) return null;
  const used = new Set([
    ...spec.required,
    ...Object.values(spec.text),
    ...Object.values(spec.isoInstant),
    ...Object.values(spec.lookup).map((l) => l.from),
    ...Object.values(spec.pseudonym)
  ]);
  if ([...used].some((h) => !opts.header.includes(h)) || opts.header.some((h) => h.startsWith("_fast_"))) return null;

  const conn = opts.store.conn;
  opts.store.flush();
  const columns = `{${opts.header.map((h) => `${q(h)}: 'VARCHAR'`).join(", ")}}`;
  const state = { written: false };
  try {
    // Each record's cleanliness is decided as it is read (the cells are at hand then; a second
    // pass over 10 million records cost seconds).
    await conn.run(
      `CREATE OR REPLACE TEMP TABLE _fast_raw AS SELECT *, (${problems(spec)}) AS ${BAD},
         ${Object.entries(spec.isoInstant).map(([c, h]) => `${utcSql(h)} AS ${utcColumn(c)}`).join(", ") || "NULL AS _fast_none"}
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
    for (const t of ["_fast_raw", "_fast_ps"]) await conn.run(`DROP TABLE IF EXISTS ${t}`);
  }
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
  const noInstant = Object.keys(spec.isoInstant).map((c) => ` OR ${utcColumn(c)} IS NULL`).join("");
  const [rows, bad] = (await conn.runAndReadAll(`SELECT count(*), count(*) FILTER (WHERE ${BAD}${noInstant}) FROM _fast_raw`))
    .getRows()[0]
    .map(Number);
  if (rows !== facts.lines - 1 || bad > 0) return null;

  // The preset's own functions decide the few distinct values; an unknown one means a defect.
  // They become a CASE over the raw value (a join would cost a hash table probe per row).
  const lookups: Record<string, string> = {};
  for (const [col, { from, map }] of Object.entries(spec.lookup)) {
    const values = (await conn.runAndReadAll(`SELECT DISTINCT ${id(from)} FROM _fast_raw`)).getRows().map((r) => String(r[0]));
    const mapped = values.map((v) => [v, map(v)] as const);
    if (mapped.some(([, m]) => m === null)) return null;
    lookups[col] = `CASE r.${id(from)} ${mapped.map(([v, m]) => `WHEN ${q(v)} THEN ${q(m!)}`).join(" ")} END`;
  }
  // Personal values (member nicks) are read before their cells are replaced by pseudonyms.
  const personal: string[] = [];
  for (const h of spec.personal) {
    const r = await conn.runAndReadAll(`SELECT DISTINCT ${id(h)} FROM _fast_raw WHERE coalesce(${id(h)}, '') <> ''`);
    for (const [v] of r.getRows()) personal.push(String(v));
  }

  // Pseudonyms of the distinct ids, each with where it was first met (row, then column in the
  // order the record-by-record mapping pseudonymises them), for the id map's order.
  const keys = Object.values(spec.pseudonym);
  const firstMet = `SELECT v AS raw, min(ord) AS first FROM (${keys
    .map((h, k) => `SELECT ${id(h)} AS v, rowid * ${keys.length} + ${k} AS ord FROM _fast_raw`)
    .join(" UNION ALL ")}) WHERE coalesce(v, '') <> '' GROUP BY v`;
  // Proven clean above: the cells are already trimmed, as pseudonymize.ts trims.
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE _fast_ps AS SELECT raw, ${pseudonymSql("raw", keyed.keyTable)} AS val, first FROM (${firstMet})`
  );

  // The pseudonyms replace the raw ids in place (every non-empty id is in _fast_ps, and each
  // update must say it changed exactly those rows): an INSERT … SELECT through hash joins would
  // not keep the file's order, and the Parquet writer could then not skip its sort.
  for (const h of new Set(keys)) {
    const ids = await scalar(conn, `SELECT count(*) FROM _fast_raw WHERE coalesce(${id(h)}, '') <> ''`);
    const updated = await conn.run(`UPDATE _fast_raw SET ${id(h)} = ps.val FROM _fast_ps ps WHERE ps.raw = _fast_raw.${id(h)}`);
    if (updated.rowsChanged !== ids) throw new Error(`${h}: ${updated.rowsChanged} of ${ids} ids pseudonymised`);
  }

  // Instants → the shop's wall time, with the record path's zone rules for the hours that occur
  // (not every hour between the first and the last: one stray 1970 time would cost 470,000).
  const instants: Record<string, string> = {};
  for (const c of Object.keys(spec.isoInstant)) {
    const hours = (await conn.runAndReadAll(`SELECT DISTINCT floor(epoch_ms(${utcColumn(c)}) / ${HOUR})::BIGINT AS h FROM _fast_raw ORDER BY h`))
      .getRows()
      .map(([h]) => Number(h) * HOUR);
    instants[c] = shopLocalSql(`r.${utcColumn(c)}`, zoneSegmentsAt(opts.ctx.shopTimeZone, hours));
  }

  const target = TABLES[spec.table];
  const exprs = target.columns.map((c) => {
    if (spec.text[c.name]) return `nullif(r.${id(spec.text[c.name])}, '')`;
    if (spec.isoInstant[c.name]) return instants[c.name];
    if (lookups[c.name]) return lookups[c.name];
    if (spec.pseudonym[c.name]) return `nullif(r.${id(spec.pseudonym[c.name])}, '')`;
    return "NULL";
  });
  const cols = target.columns.map((c) => id(c.name)).join(", ");
  // rowid is the record's position in the file: the header is line 1, and no record spans lines.
  // No join: the rows arrive in the file's order.
  await conn.run(
    `INSERT INTO ${id(spec.table)} (${cols}, _source, _line)
     SELECT ${exprs.map((e, i) => `${e}::${target.columns[i].type}`).join(", ")}, ${q(opts.relPath)}, (r.rowid + 2)::INTEGER
     FROM _fast_raw r`
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
