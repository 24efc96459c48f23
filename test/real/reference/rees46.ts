// Reference numbers for rees46/2019-Oct-sample_first1000.csv
// header: event_time,event_type,product_id,category_id,category_code,brand,price,user_id,user_session
//
// Conventions:
// - rows = data records after the header (own CSV reader; no quoted fields occur in this file).
// - event_type mapping to the canonical vocabulary: view→view, cart→cart,
//   remove_from_cart→remove_from_cart, purchase→buy. Unknown types are counted under `unknownTypes`.
// - event_time "YYYY-MM-DD HH:MM:SS UTC" is UTC; min/max reported as ISO-8601 UTC strings
//   (compared as instants, not as strings).
// - "missing" brand / category_code = empty string (after trim).
// - exact duplicates = records whose full raw field list is identical to an earlier record;
//   reported as extra copies (rows − distinct rows). Also reported: duplicates ignoring user_session.
import { readCsvObjects, DATASETS } from "./csv.ts";
import { join } from "node:path";

export const REES46_FILE = join(DATASETS, "rees46/2019-Oct-sample_first1000.csv");
const MAP: Record<string, string> = { view: "view", cart: "cart", remove_from_cart: "remove_from_cart", purchase: "buy" };

export function rees46(path = REES46_FILE) {
  const { rows, records, header } = readCsvObjects(path);
  const typeCounts: Record<string, number> = { view: 0, cart: 0, remove_from_cart: 0, buy: 0 };
  const rawTypeCounts: Record<string, number> = {};
  const unknownTypes: Record<string, number> = {};
  const users = new Set<string>();
  const sessions = new Set<string>();
  let minT = Infinity, maxT = -Infinity, badTime = 0;
  let missingBrand = 0, missingCategoryCode = 0, missingBoth = 0, missingSession = 0, missingUser = 0;
  const seen = new Set<string>();
  const seenNoSession = new Set<string>();
  let dups = 0, dupsNoSession = 0;
  const wrongFieldCount = records.filter((r) => r.fields.length !== header.length).length;
  for (const r of rows) {
    const t = r.event_type;
    rawTypeCounts[t] = (rawTypeCounts[t] ?? 0) + 1;
    if (t in MAP) typeCounts[MAP[t]]++;
    else unknownTypes[t] = (unknownTypes[t] ?? 0) + 1;
    if (r.user_id.trim() === "") missingUser++; else users.add(r.user_id);
    if (r.user_session.trim() === "") missingSession++; else sessions.add(r.user_session);
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC$/.exec(r.event_time);
    if (!m) badTime++;
    else {
      const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
      minT = Math.min(minT, ms); maxT = Math.max(maxT, ms);
    }
    const nb = r.brand.trim() === "", nc = r.category_code.trim() === "";
    if (nb) missingBrand++;
    if (nc) missingCategoryCode++;
    if (nb && nc) missingBoth++;
    const key = header.map((h) => r[h]).join("\u0001");
    if (seen.has(key)) dups++; else seen.add(key);
    const key2 = header.filter((h) => h !== "user_session").map((h) => r[h]).join("\u0001");
    if (seenNoSession.has(key2)) dupsNoSession++; else seenNoSession.add(key2);
  }
  return {
    file: "rees46/2019-Oct-sample_first1000.csv",
    rows: rows.length,
    recordsWithWrongFieldCount: wrongFieldCount,
    eventTypeCounts: typeCounts,
    rawEventTypeCounts: rawTypeCounts,
    unknownTypes,
    distinctUsers: users.size,
    distinctSessions: sessions.size,
    missingUser,
    missingSession,
    minEventTimeUtc: new Date(minT).toISOString(),
    maxEventTimeUtc: new Date(maxT).toISOString(),
    unparseableEventTime: badTime,
    missingBrand,
    missingCategoryCode,
    missingBrandAndCategoryCode: missingBoth,
    exactDuplicates: dups,
    duplicatesIgnoringSession: dupsNoSession,
    reconciliation: { read: rows.length, written: rows.length - dups, duplicatesDropped: dups, balanced: true },
  };
}
