/**
 * A preset built from a column mapping declared in shoplens.config.json, for exports no built-in
 * preset knows. Each canonical column is parsed by its schema type; customer and visitor keys are
 * pseudonymised and free-text columns masked exactly as the built-in presets do.
 */
import { EVENT_TYPES, FEEDBACK_KINDS, ORDER_STATUSES, TABLES, type ColumnSpec, type TableName } from "../../src/schema.ts";
import { headerScore } from "./headerScore.ts";
import { RowError, type CellValue, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader, type RecordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

export interface GenericMapping {
  readonly table: TableName;
  /** canonical column → source header */
  readonly columns: Readonly<Record<string, string>>;
  readonly timeZone?: string;
  readonly currency?: string;
  /** Per canonical column, the export's own values → the canonical vocabulary ("已完成" → "completed"). */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Columns whose values must come from a fixed vocabulary. */
const VOCABULARY: Record<string, readonly string[]> = {
  status: ORDER_STATUSES,
  event_type: EVENT_TYPES,
  kind: FEEDBACK_KINDS
};

const PSEUDONYMOUS = new Set(["customer_id", "visitor_id"]);
const FREE_TEXT = new Set(["text", "query", "term"]);

function cell(r: RecordReader, col: ColumnSpec, source: string, ctx: PresetContext): CellValue {
  switch (col.type) {
    case "INTEGER":
    case "BIGINT":
      return r.integer(source);
    case "DOUBLE":
      return r.number(source);
    case "BOOLEAN":
      return r.flag(source);
    case "DATE":
      return r.date(source);
    case "TIMESTAMP":
      return r.time(source);
    case "VARCHAR": {
      const t = r.text(source);
      if (t === null) return null;
      if (PSEUDONYMOUS.has(col.name)) return ctx.pseudonymize(t);
      return FREE_TEXT.has(col.name) ? ctx.mask(t) : t;
    }
  }
}

export function genericPreset(mapping: GenericMapping): Preset {
  const spec = TABLES[mapping.table];
  if (!spec) throw new Error(`unknown table "${mapping.table}" in generic mapping`);
  const known = new Map(spec.columns.map((c) => [c.name, c]));
  for (const name of Object.keys(mapping.columns)) {
    if (!known.has(name)) throw new Error(`table ${mapping.table} has no column "${name}" (generic mapping)`);
  }
  const mapped = Object.entries(mapping.columns).map(([name, source]) => ({ col: known.get(name)!, source }));
  const hasCurrency = known.has("currency") && !("currency" in mapping.columns);

  return {
    id: "generic",
    label: { en: `Generic export (${mapping.table})`, zh: `通用导出（${mapping.table}）` },
    tables: [mapping.table],
    hasHeader: true,
    defaultTimeZone: mapping.timeZone ?? "UTC",
    defaultCurrency: mapping.currency,
    detect: (input) => headerScore(input, { required: Object.values(mapping.columns) }),
    map(record, ctx): MappedRow[] {
      const r = recordReader(record, ctx);
      const values: Record<string, CellValue> = {};
      for (const { col, source } of mapped) values[col.name] = cell(r, col, source, ctx);
      if (hasCurrency && mapping.currency) values.currency = mapping.currency;
      for (const [name, allowed] of Object.entries(VOCABULARY)) {
        const v = values[name];
        if (typeof v !== "string") continue;
        const mapped = mapping.values?.[name]?.[v] ?? v;
        if (!allowed.includes(mapped)) {
          throw new RowError(
            "unknown_value",
            `${name} "${v}" is not one of ${allowed.join(", ")}; map it with "values": {"${name}": {"${v}": "…"}} in shoplens.config.json`
          );
        }
        values[name] = mapped;
      }
      for (const col of spec.columns) {
        if (!col.nullable && (values[col.name] ?? null) === null) {
          throw new RowError("missing_value", `${col.name} is empty (source "${mapping.columns[col.name] ?? "not mapped"}")`);
        }
      }
      return [tableRow(mapping.table, values)];
    }
  };
}
