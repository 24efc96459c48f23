import type { Db, Param } from "../lib/query.js";
import type { Lang } from "../lib/i18n/lang.js";
import { columnHeaders } from "./columnHeaders.js";
import { dataTable, type DataTableOptions } from "./dataTable.js";
import { errorCard } from "./errorCard.js";

/**
 * Runs a one-line query and shows its rows as a downloadable table with translated headers, or
 * DuckDB's error message in a card: a failed query never leaves a blank space.
 */
export async function queryTableView(
  db: Db,
  sql: string,
  params: readonly Param[],
  options: Omit<DataTableOptions, "header"> & { lang: Lang }
): Promise<HTMLElement> {
  try {
    const rows = await db.query(sql, params);
    const columns = options.columns ?? Object.keys(rows[0] ?? {});
    return dataTable(rows, { ...options, header: columnHeaders(options.lang, columns) });
  } catch (error) {
    return errorCard(error, options.lang);
  }
}
