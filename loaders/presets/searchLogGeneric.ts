/**
 * Generic query logs (e.g. Wayfair WANDS `query_id, query, query_class`, TAB-separated) →
 * searches. Only `query` is required; a time, visitor, session, result count or click flag is
 * used when a column with a usual name exists. Without a time column searched_at is null: the
 * schema has it NOT NULL, which is an open contract question (such logs still serve keyword
 * analyses, which need no time).
 */
import { headerScore, normalizeHeaderCell } from "./headerScore.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const ALIASES = {
  time: ["searched_at", "search_time", "timestamp", "time", "event_time", "date"],
  visitor: ["visitor_id", "user_id", "user", "visitor"],
  session: ["session_id", "session"],
  results: ["results_count", "result_count", "num_results", "results"],
  clicked: ["clicked", "click"]
};
const OPTIONAL = ["query_id", "query_class", ...Object.values(ALIASES).flat()];

/** The record's own spelling of the first alias it has (headers differ in case). */
function findColumn(record: Readonly<Record<string, string>>, aliases: readonly string[]): string | null {
  const keys = Object.keys(record);
  for (const alias of aliases) {
    const key = keys.find((k) => normalizeHeaderCell(k) === alias);
    if (key !== undefined) return key;
  }
  return null;
}

function mapGenericSearch(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const col = (aliases: readonly string[]) => findColumn(record, aliases);
  const queryCol = col(["query"]);
  const query = queryCol === null ? null : r.text(queryCol);
  if (query === null) throw new RowError("missing_value", "query is empty");
  const [time, visitor, session, results, clicked] = [ALIASES.time, ALIASES.visitor, ALIASES.session, ALIASES.results, ALIASES.clicked].map(col);
  const visitorText = visitor === null ? null : r.text(visitor);
  return [
    tableRow("searches", {
      searched_at: time === null ? null : r.time(time),
      visitor_id: visitorText ? ctx.pseudonymize(visitorText) : null,
      session_id: session === null ? null : r.text(session),
      query: ctx.mask(query),
      results_count: results === null ? null : r.integer(results),
      clicked: clicked === null ? null : r.flag(clicked)
    })
  ];
}

export const searchLogGeneric: Preset = {
  id: "search-log-generic",
  label: { en: "Search query log (generic)", zh: "搜索日志（通用）" },
  tables: ["searches"],
  hasHeader: true,
  defaultTimeZone: "UTC",
  detect: (input) => headerScore(input, { required: ["query"], optional: OPTIONAL }),
  map: mapGenericSearch
};
