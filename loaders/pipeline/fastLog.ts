/**
 * The set-based path for clean machine-written logs (see FastPathSpec in presets/preset.ts):
 * DuckDB reads the CSV, the preset's own functions map the few distinct values that need them
 * (event names, pseudonyms), and one INSERT … SELECT writes the canonical rows with their line
 * numbers. Returns null — and leaves nothing behind — whenever the file is not provably clean, so
 * the record-by-record path reads it instead.
 */
import { closeSync, openSync, readSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES } from "../../src/schema.ts";
import type { FastPathSpec, Preset, PresetContext } from "../presets/preset.ts";
import type { FileReport } from "./readSourceFile.ts";
import type { TableStore } from "./tableStore.ts";

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
// Cells that cleanText would change (untrimmed, doubled or odd whitespace, Excel guards,
// invisible characters) are not provably clean.
// One expression per row over the cells joined by \x01 (which cannot occur in them), not one per
// cell: the check is otherwise the costliest step.
const DIRTY = `'(^|\\x01)\\s|\\s($|\\x01)|\\s\\s|[\\t\\x{200B}-\\x{200D}\\x{2060}\\x{FEFF}]|(^|\\x01)=|(^|\\x01)'''`;
const ISO_OFFSET = `'^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$'`;

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
  if (!spec || opts.encoding !== "utf-8" || opts.delimiter !== ",") return null;
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
  try {
    await conn.run(
      `CREATE OR REPLACE TEMP TABLE _fast_raw AS SELECT * FROM read_csv(${q(opts.path)}, header = true, delim = ',', quote = '"',
        columns = ${columns}, strict_mode = true, null_padding = false, auto_detect = false)`
    );
    return await load(conn, spec, opts, facts);
  } catch {
    // Anything DuckDB rejects is left to the record-by-record path, which reports it precisely.
    return null;
  } finally {
    for (const t of ["_fast_raw", "_fast_ps", ...Object.keys(spec.lookup).map((c) => `_fast_lk_${c}`)]) {
      await conn.run(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}

async function load(
  conn: DuckDBConnection,
  spec: FastPathSpec,
  opts: Parameters<typeof tryFastLog>[0],
  facts: ByteFacts
): Promise<FileReport | null> {
  const count = async (sql: string) => Number((await conn.runAndReadAll(sql)).getRows()[0][0]);
  const rows = await count(`SELECT count(*) FROM _fast_raw`);
  if (rows !== facts.lines - 1) return null;

  const textCols = [...new Set([...Object.values(spec.text), ...Object.values(spec.pseudonym), ...Object.values(spec.lookup).map((l) => l.from)])];
  const problems = [
    ...spec.required.map((h) => `coalesce(${id(h)}, '') = ''`),
    `regexp_matches(concat_ws(chr(1), ${textCols.map((h) => `coalesce(${id(h)}, '')`).join(", ")}), ${DIRTY})`,
    ...Object.values(spec.isoInstant).map((h) => `NOT regexp_full_match(coalesce(${id(h)}, ''), ${ISO_OFFSET})`)
  ];
  if ((await count(`SELECT count(*) FROM _fast_raw WHERE ${problems.join(" OR ")}`)) > 0) return null;

  // The preset's own functions decide the few distinct values; an unknown one means a defect.
  for (const [col, { from, map }] of Object.entries(spec.lookup)) {
    const values = (await conn.runAndReadAll(`SELECT DISTINCT ${id(from)} FROM _fast_raw`)).getRows().map((r) => String(r[0]));
    const mapped = values.map((v) => [v, map(v)] as const);
    if (mapped.some(([, m]) => m === null)) return null;
    await conn.run(`CREATE OR REPLACE TEMP TABLE _fast_lk_${col} (raw VARCHAR, val VARCHAR)`);
    await appendPairs(conn, `_fast_lk_${col}`, mapped as [string, string][]);
  }
  for (const h of spec.personal) {
    const r = await conn.runAndReadAll(`SELECT DISTINCT ${id(h)} FROM _fast_raw WHERE coalesce(${id(h)}, '') <> ''`);
    for (const [v] of r.getRows()) opts.ctx.rememberPersonal(String(v));
  }
  const keys = Object.values(spec.pseudonym);
  const distinct = await conn.runAndReadAll(
    `SELECT DISTINCT v FROM (${keys.map((h) => `SELECT ${id(h)} AS v FROM _fast_raw`).join(" UNION ALL ")}) WHERE coalesce(v, '') <> ''`
  );
  await conn.run(`CREATE OR REPLACE TEMP TABLE _fast_ps (raw VARCHAR, val VARCHAR)`);
  await appendPairs(conn, "_fast_ps", distinct.getRows().map((r) => [String(r[0]), opts.ctx.pseudonymize(String(r[0]))]));

  const target = TABLES[spec.table];
  const joins: string[] = [];
  const exprs = target.columns.map((c) => {
    if (spec.text[c.name]) return `nullif(r.${id(spec.text[c.name])}, '')`;
    if (spec.isoInstant[c.name]) {
      return `(strptime(r.${id(spec.isoInstant[c.name])}, '%Y-%m-%dT%H:%M:%S%z') AT TIME ZONE ${q(opts.ctx.shopTimeZone)})`;
    }
    if (spec.lookup[c.name]) {
      joins.push(`JOIN _fast_lk_${c.name} lk_${c.name} ON lk_${c.name}.raw = r.${id(spec.lookup[c.name].from)}`);
      return `lk_${c.name}.val`;
    }
    if (spec.pseudonym[c.name]) {
      joins.push(`LEFT JOIN _fast_ps ps_${c.name} ON ps_${c.name}.raw = r.${id(spec.pseudonym[c.name])}`);
      return `ps_${c.name}.val`;
    }
    return "NULL";
  });
  const cols = target.columns.map((c) => id(c.name)).join(", ");
  // rowid is the record's position in the file: the header is line 1, and no record spans lines.
  await conn.run(
    `INSERT INTO ${id(spec.table)} (${cols}, _source, _line)
     SELECT ${exprs.map((e, i) => `${e}::${target.columns[i].type}`).join(", ")}, ${q(opts.relPath)}, (r.rowid + 2)::INTEGER
     FROM _fast_raw r ${joins.join(" ")}`
  );
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

async function appendPairs(conn: DuckDBConnection, table: string, pairs: [string, string][]): Promise<void> {
  const a = await conn.createAppender(table);
  for (const [k, v] of pairs) {
    a.appendVarchar(k);
    a.appendVarchar(v);
    a.endRow();
  }
  a.closeSync();
}
