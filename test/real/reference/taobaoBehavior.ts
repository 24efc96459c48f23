// Reference numbers for taobao-userbehavior/UserBehavior_sample.csv
// (no header; user_id,item_id,category_id,behavior_type,timestamp; Unix seconds).
//
// Conventions (judgement calls are marked *):
// - A "line" is a physical line; the file does not end with a newline, so the cut-off last line counts
//   as a line. totalLines = complete + incomplete.
// - complete row: exactly 5 fields, none empty, user/item/category ids and timestamp all /^\d+$/,
//   behavior_type in {pv, fav, cart, buy}. Anything else is "incomplete" (expected: only the cut-off
//   last line) and should be QUARANTINED by the pipeline.
// - Declared window: 2017-11-25 00:00:00 … 2017-12-03 23:59:59 China Standard Time (UTC+8, no DST),
//   both ends INCLUSIVE, i.e. 1511539200 <= ts <= 1512316799 (UTC 2017-11-24T16:00:00Z …
//   2017-12-03T15:59:59Z). Out-of-window complete rows are EXCLUDED (counted, not analysed).
// - Duplicates: exact duplicates = same 5 raw field strings. Reported as "extra copies" (rows minus
//   distinct rows), overall and split by in/out of window; the first occurrence is the one kept.
//   *Reconciliation is given for order "quarantine -> window exclusion -> dedup" (a duplicate of an
//   out-of-window row is counted as excluded, not as duplicate). In this file there are no
//   duplicates, so the order does not change the numbers (asserted in `checks`).
// - Per-behaviour counts and per-user counts cover in-window complete rows (after dedup), with
//   pv mapped to "view".
import { readText, DATASETS } from "./csv.ts";
import { join } from "node:path";

export const TAOBAO_FILE = join(DATASETS, "taobao-userbehavior/UserBehavior_sample.csv");
export const WINDOW_START = Date.UTC(2017, 10, 25, 0, 0, 0) / 1000 - 8 * 3600; // 1511539200
export const WINDOW_END = Date.UTC(2017, 11, 3, 23, 59, 59) / 1000 - 8 * 3600; // 1512316799

const BEHAVIOR_MAP: Record<string, EventType> = { pv: "view", fav: "fav", cart: "cart", buy: "buy" };
type EventType = "view" | "fav" | "cart" | "buy";
export interface UserCounts { total: number; view: number; fav: number; cart: number; buy: number }

export function taobaoBehavior(path = TAOBAO_FILE) {
  const text = readText(path);
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop(); // trailing newline does not make a line
  const incomplete: { line: number; raw: string }[] = [];
  const seen = new Set<string>();
  let complete = 0;
  let inWindow = 0, before = 0, after = 0;
  let dupAll = 0, dupInWindow = 0, dupOutWindow = 0;
  const behaviorInWindow: Record<EventType, number> = { view: 0, fav: 0, cart: 0, buy: 0 };
  const behaviorAllComplete: Record<EventType, number> = { view: 0, fav: 0, cart: 0, buy: 0 };
  const perUser = new Map<string, UserCounts>();
  const usersAll = new Set<string>();
  let minTs = Infinity, maxTs = -Infinity, minInTs = Infinity, maxInTs = -Infinity;
  const outOfWindowRows: { line: number; raw: string; utc: string }[] = [];
  lines.forEach((rawLine, idx) => {
    const raw = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const f = raw.split(",");
    const ok =
      f.length === 5 &&
      f.every((x) => x !== "") &&
      /^\d+$/.test(f[0]) && /^\d+$/.test(f[1]) && /^\d+$/.test(f[2]) && /^\d+$/.test(f[4]) &&
      f[3] in BEHAVIOR_MAP;
    if (!ok) {
      incomplete.push({ line: idx + 1, raw });
      return;
    }
    complete++;
    const ts = Number(f[4]);
    const type = BEHAVIOR_MAP[f[3]];
    behaviorAllComplete[type]++;
    usersAll.add(f[0]);
    minTs = Math.min(minTs, ts); maxTs = Math.max(maxTs, ts);
    const key = f.join(",");
    const isDup = seen.has(key);
    seen.add(key);
    const win = ts >= WINDOW_START && ts <= WINDOW_END;
    if (isDup) {
      dupAll++;
      if (win) dupInWindow++; else dupOutWindow++;
    }
    if (!win) {
      if (ts < WINDOW_START) before++; else after++;
      outOfWindowRows.push({ line: idx + 1, raw, utc: new Date(ts * 1000).toISOString() });
      return;
    }
    inWindow++;
    if (isDup) return;
    minInTs = Math.min(minInTs, ts); maxInTs = Math.max(maxInTs, ts);
    behaviorInWindow[type]++;
    let u = perUser.get(f[0]);
    if (!u) perUser.set(f[0], (u = { total: 0, view: 0, fav: 0, cart: 0, buy: 0 }));
    u.total++;
    u[type]++;
  });
  const outOfWindow = before + after;
  // diagnostic: what a pipeline that (wrongly) read the window as UTC would exclude
  const utcStart = WINDOW_START + 8 * 3600, utcEnd = WINDOW_END + 8 * 3600;
  let outIfUtcWindow = 0;
  for (const rawLine of lines) {
    const f = rawLine.split(",");
    if (f.length !== 5 || !/^\d+$/.test(f[4])) continue;
    const ts = Number(f[4]);
    if (ts < utcStart || ts > utcEnd) outIfUtcWindow++;
  }
  const inWindowDeduped = inWindow - dupInWindow;
  const res = {
    file: "taobao-userbehavior/UserBehavior_sample.csv",
    totalLines: lines.length,
    endsWithNewline: text.endsWith("\n"),
    completeRows: complete,
    incompleteRows: incomplete.length,
    incompleteLines: incomplete,
    window: { startUnix: WINDOW_START, endUnix: WINDOW_END, inclusive: true, tz: "UTC+8" },
    rowsInWindow: inWindow,
    rowsInWindowDeduped: inWindowDeduped,
    rowsOutOfWindow: outOfWindow,
    rowsBeforeWindow: before,
    rowsAfterWindow: after,
    diagnosticOutOfWindowIfWindowReadAsUtc: outIfUtcWindow,
    outOfWindowRows,
    exactDuplicates: { extraCopiesAll: dupAll, extraCopiesInWindow: dupInWindow, extraCopiesOutOfWindow: dupOutWindow, distinctCompleteRows: seen.size },
    behaviorCountsInWindow: behaviorInWindow,
    behaviorCountsAllComplete: behaviorAllComplete,
    distinctUsersAllComplete: usersAll.size,
    distinctUsersInWindow: perUser.size,
    perUserInWindow: perUser,
    minTimestampUtc: new Date(minTs * 1000).toISOString(),
    maxTimestampUtc: new Date(maxTs * 1000).toISOString(),
    minInWindowUtc: new Date(minInTs * 1000).toISOString(),
    maxInWindowUtc: new Date(maxInTs * 1000).toISOString(),
    // rows read = written + quarantined + excluded + duplicates dropped
    reconciliation: {
      read: lines.length,
      written: inWindowDeduped,
      quarantined: incomplete.length,
      excludedOutOfWindow: outOfWindow,
      duplicatesDropped: dupInWindow,
      balanced: lines.length === inWindowDeduped + incomplete.length + outOfWindow + dupInWindow,
    },
  };
  return res;
}
