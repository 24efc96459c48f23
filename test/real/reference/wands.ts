// Reference numbers for search-queries-en/wands_query.csv (TAB-separated: query_id, query, query_class).
//
// Conventions:
// - Parsed with the own CSV reader using TAB as the delimiter and the usual double-quote rules:
//   3 queries are quoted because they contain `"` (inch marks), e.g. `"writing desk 48"""` → `writing desk 48"`.
//   (A pipeline that splits on TAB without quote handling would keep the surrounding quotes and
//   doubled quotes; `queriesContainingQuoteChar` shows how many rows are affected.)
// - empty query = empty after trim. distinct queries = distinct exact strings after parsing
//   (also reported case-insensitively after trim + whitespace collapse).
// - query_class counted as raw strings; an empty class is counted under "" (reported as emptyQueryClass).
import { readCsvObjects, DATASETS } from "./csv.ts";
import { join } from "node:path";

export const WANDS_FILE = join(DATASETS, "search-queries-en/wands_query.csv");

export function wands(path = WANDS_FILE) {
  const { rows, records, header } = readCsvObjects(path, "\t");
  const classCounts: Record<string, number> = {};
  let empty = 0, emptyClass = 0;
  const distinct = new Set<string>();
  const distinctNorm = new Set<string>();
  const ids = new Set<string>();
  for (const r of rows) {
    const q = r.query;
    if (q.trim() === "") empty++;
    distinct.add(q);
    distinctNorm.add(q.trim().replace(/\s+/g, " ").toLowerCase());
    ids.add(r.query_id);
    if (r.query_class.trim() === "") emptyClass++;
    classCounts[r.query_class] = (classCounts[r.query_class] ?? 0) + 1;
  }
  const top = Object.entries(classCounts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    file: "search-queries-en/wands_query.csv",
    header,
    rows: rows.length,
    recordsWithWrongFieldCount: records.filter((r) => r.fields.length !== 3).length,
    distinctQueryIds: ids.size,
    distinctQueries: distinct.size,
    distinctQueriesNormalized: distinctNorm.size,
    emptyQueries: empty,
    queriesContainingQuoteChar: rows.filter((r) => r.query.includes('"')).length,
    emptyQueryClass: emptyClass,
    distinctQueryClasses: Object.keys(classCounts).length,
    queryClassCounts: classCounts,
    topQueryClasses: top.slice(0, 5),
  };
}
