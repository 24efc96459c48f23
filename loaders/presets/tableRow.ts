/**
 * Builds a canonical row with every column of its table present (null when not given) and
 * refuses columns the table does not have, so a typo in a preset fails its tests instead of
 * silently dropping data.
 */
import { TABLES, type TableName } from "../../src/schema.ts";
import type { CanonicalRow, CellValue, MappedRow } from "./preset.ts";

export function tableRow(table: TableName, values: Readonly<Record<string, CellValue | undefined>>): MappedRow {
  const columns = TABLES[table].columns;
  const row: CanonicalRow = {};
  for (const col of columns) row[col.name] = values[col.name] ?? null;
  for (const key of Object.keys(values)) {
    if (!(key in row)) throw new Error(`table ${table} has no column "${key}"`);
  }
  return { table, row };
}

/** A staging row: kept as given (the pipeline types staging columns from the first row). */
export function stageRow(name: `stage_${string}`, values: CanonicalRow): MappedRow {
  return { table: name, row: values };
}
