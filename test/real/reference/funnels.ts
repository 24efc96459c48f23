// Reference conversion funnels for taobao-userbehavior/UserBehavior_sample.csv and
// rees46/2019-Oct-sample_first1000.csv, implementing the product's written funnel spec literally
// with a plain per-unit loop (speed does not matter; clarity does).
//
// Events (parsed once per file, module-scope cache):
// - Taobao: own CSV reader (csv.ts), no header, `user_id,item_id,category_id,behavior_type,timestamp`
//   (Unix seconds). Kept row = exactly 5 fields, none empty after trim, user/item/category ids and
//   timestamp /^\d+$/, behaviour in {pv, fav, cart, buy} (pv→view); anything else (the cut-off last
//   line) is dropped. Window 2017-11-25 00:00:00 … 2017-12-03 23:59:59 UTC+8, both ends inclusive
//   (1511539200 ≤ ts ≤ 1512316799); outside → dropped. Exact duplicates (all 5 raw fields identical)
//   keep only the first copy (a copy has the same timestamp, so dedup/window order is moot).
// - REES46: header row; event_time "YYYY-MM-DD HH:MM:SS UTC" → Unix seconds (UTC); event_type
//   view, cart, remove_from_cart kept as is, purchase→buy; a row with an unknown type, an
//   unparseable time, an empty user_id or a wrong field count is dropped (none in the file).
//   Exact duplicates (all raw fields identical) keep only the first copy.
// - Visitor = user_id (string as written). File order = order of the kept rows in the file.
//
// Funnel (steps = n ≥ 2 non-empty sets of event types; W = window in seconds, inclusive):
// - Unit = visitor, or (visitor, session) with unit = "session": a visitor's events sorted by time
//   are split wherever the gap between consecutive events (all events) is strictly > G minutes.
// - Order inside a unit: timestamp ascending; equal timestamps by the lowest (1-based) step index the
//   event matches, events matching no step after all matching ones; then file order.
// - sequential: start = event matching step 1; step k+1 = the first LATER event (after the step-k
//   event) matching step k+1; level k reached iff steps 1..k found and t(step k) − t(start) ≤ W.
// - strict: start = event matching step 1; step k+1 = the very next event of the unit (any type), and
//   it must match step k+1; same window rule.
// - any: start = event matching any step; walk from the start (inclusive) while t − t(start) ≤ W; an
//   event counts toward every step it matches; level = number of distinct steps matched.
//   *Time to reach step k here = time of the event at which the distinct-step count first reaches k.
// - Unit level = max over starts (0 if none). counts[k−1] = #units with level ≥ k.
// - times[k−1] (k ≥ 2) = sorted ascending list, one value per unit with level ≥ k: the minimum over
//   all starts that reach level k of (time of reaching step k − t(start)), seconds.
//   medianSeconds[k−1] = lower median (index floor((m−1)/2)), null when m = 0; index 0 is null and
//   times[0] is [] (step 1 has no time to convert).
// - units = number of visitors (or sessions) with at least one kept event, whatever the steps.
import { readCsv, readCsvObjects, DATASETS } from "./csv.ts";
import { join } from "node:path";

export const FUNNEL_TAOBAO_FILE = join(DATASETS, "taobao-userbehavior/UserBehavior_sample.csv");
export const FUNNEL_REES46_FILE = join(DATASETS, "rees46/2019-Oct-sample_first1000.csv");
const TAOBAO_START = 1511539200; // 2017-11-25 00:00:00 UTC+8
const TAOBAO_END = 1512316799; // 2017-12-03 23:59:59 UTC+8

export type FunnelMode = "sequential" | "strict" | "any";
export type FunnelUnit = "visitor" | "session";
export interface FunnelEvent { visitor: string; type: string; ts: number /* Unix seconds */; idx: number /* file order */ }
export interface FunnelRefResult {
  units: number;
  counts: number[];
  medianSeconds: (number | null)[];
  times: number[][];
}

// ---------- parsing (cached) ----------

const eventCache = new Map<string, Map<string, FunnelEvent[]>>();

function groupByVisitor(events: FunnelEvent[]): Map<string, FunnelEvent[]> {
  const m = new Map<string, FunnelEvent[]>();
  for (const e of events) {
    let list = m.get(e.visitor);
    if (!list) m.set(e.visitor, (list = []));
    list.push(e);
  }
  return m;
}

const TAOBAO_TYPES: Record<string, string> = { pv: "view", fav: "fav", cart: "cart", buy: "buy" };
export function taobaoFunnelEvents(path = FUNNEL_TAOBAO_FILE): Map<string, FunnelEvent[]> {
  const cached = eventCache.get(path);
  if (cached) return cached;
  const seen = new Set<string>();
  const events: FunnelEvent[] = [];
  for (const r of readCsv(path).records) {
    const f = r.fields;
    if (f.length !== 5 || f.some((x) => x.trim() === "")) continue;
    if (!/^\d+$/.test(f[0]) || !/^\d+$/.test(f[1]) || !/^\d+$/.test(f[2]) || !/^\d+$/.test(f[4])) continue;
    if (!Object.prototype.hasOwnProperty.call(TAOBAO_TYPES, f[3])) continue;
    const ts = Number(f[4]);
    if (ts < TAOBAO_START || ts > TAOBAO_END) continue;
    const key = f.join("\u0001");
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({ visitor: f[0], type: TAOBAO_TYPES[f[3]], ts, idx: events.length });
  }
  const g = groupByVisitor(events);
  eventCache.set(path, g);
  return g;
}

const REES46_TYPES: Record<string, string> = { view: "view", cart: "cart", remove_from_cart: "remove_from_cart", purchase: "buy" };
export function rees46FunnelEvents(path = FUNNEL_REES46_FILE): Map<string, FunnelEvent[]> {
  const cached = eventCache.get(path);
  if (cached) return cached;
  const { header, rows, records } = readCsvObjects(path);
  const seen = new Set<string>();
  const events: FunnelEvent[] = [];
  rows.forEach((r, i) => {
    if (records[i].fields.length !== header.length) return;
    if (!Object.prototype.hasOwnProperty.call(REES46_TYPES, r.event_type)) return;
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC$/.exec(r.event_time);
    if (!m) return;
    if (r.user_id.trim() === "") return;
    const key = records[i].fields.join("\u0001");
    if (seen.has(key)) return;
    seen.add(key);
    const ts = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) / 1000;
    events.push({ visitor: r.user_id, type: REES46_TYPES[r.event_type], ts, idx: events.length });
  });
  const g = groupByVisitor(events);
  eventCache.set(path, g);
  return g;
}

// ---------- funnel core ----------

function normMode(mode: string): FunnelMode {
  const m = mode.toLowerCase().replace(/[-_ ]/g, "");
  if (m === "sequential") return "sequential";
  if (m === "strict") return "strict";
  if (m === "any" || m === "anyorder") return "any";
  throw new Error(`unknown funnel mode ${mode}`);
}

/** Level reached and, for k = 2..level, the time (s) to reach step k, for ONE unit's ordered events. */
function unitFunnel(ev: FunnelEvent[], steps: string[][], W: number, mode: FunnelMode): { level: number; best: number[] } {
  const n = steps.length;
  const matches = (e: FunnelEvent, s: number) => steps[s].includes(e.type); // s 0-based
  let level = 0;
  const best: number[] = new Array(n).fill(Infinity); // best[k-1] = min time to reach step k
  for (let i = 0; i < ev.length; i++) {
    const t0 = ev[i].ts;
    if (mode === "sequential" || mode === "strict") {
      if (!matches(ev[i], 0)) continue;
      let reached = 1;
      best[0] = 0;
      let pos = i;
      for (let s = 1; s < n; s++) {
        let next = -1;
        if (mode === "sequential") {
          for (let j = pos + 1; j < ev.length; j++) if (matches(ev[j], s)) { next = j; break; }
        } else if (pos + 1 < ev.length && matches(ev[pos + 1], s)) next = pos + 1;
        if (next < 0) break;
        const dt = ev[next].ts - t0;
        if (dt > W) break;
        reached = s + 1;
        best[s] = Math.min(best[s], dt);
        pos = next;
      }
      level = Math.max(level, reached);
    } else {
      if (!steps.some((_, s) => matches(ev[i], s))) continue;
      const got = new Set<number>();
      for (let j = i; j < ev.length && ev[j].ts - t0 <= W; j++) {
        const before = got.size;
        for (let s = 0; s < n; s++) if (matches(ev[j], s)) got.add(s);
        for (let k = before + 1; k <= got.size; k++) best[k - 1] = Math.min(best[k - 1], ev[j].ts - t0);
      }
      level = Math.max(level, got.size);
    }
  }
  return { level, best };
}

/** Funnel over already-grouped events (visitor → events in file order). Exported for hand-made checks. */
export function funnelFromEvents(
  byVisitor: Map<string, FunnelEvent[]>,
  steps: string[][],
  windowSeconds: number,
  mode: FunnelMode | string,
  unit: FunnelUnit = "visitor",
  gapMinutes = 30,
): FunnelRefResult {
  if (!Array.isArray(steps) || steps.length < 2 || steps.some((s) => !Array.isArray(s) || s.length === 0)) {
    throw new Error("a funnel needs at least 2 non-empty steps");
  }
  const m = normMode(mode);
  const n = steps.length;
  const stepKey = (e: FunnelEvent) => {
    for (let s = 0; s < n; s++) if (steps[s].includes(e.type)) return s;
    return n; // matches no step → after all matching ones
  };
  const counts = new Array(n).fill(0);
  const times: number[][] = Array.from({ length: n }, () => []);
  let units = 0;
  for (const list of byVisitor.values()) {
    const sorted = [...list].sort((a, b) => a.ts - b.ts || stepKey(a) - stepKey(b) || a.idx - b.idx);
    const groups: FunnelEvent[][] = [];
    if (unit === "session") {
      let cur: FunnelEvent[] = [];
      for (let i = 0; i < sorted.length; i++) {
        if (i > 0 && sorted[i].ts - sorted[i - 1].ts > gapMinutes * 60) { groups.push(cur); cur = []; }
        cur.push(sorted[i]);
      }
      if (cur.length) groups.push(cur);
    } else if (unit === "visitor") {
      if (sorted.length) groups.push(sorted);
    } else throw new Error(`unknown unit ${unit}`);
    for (const g of groups) {
      units++;
      const { level, best } = unitFunnel(g, steps, windowSeconds, m);
      for (let k = 1; k <= level; k++) {
        counts[k - 1]++;
        if (k >= 2) times[k - 1].push(best[k - 1]);
      }
    }
  }
  for (const t of times) t.sort((a, b) => a - b);
  const medianSeconds = times.map((t, i) => (i === 0 || t.length === 0 ? null : t[Math.floor((t.length - 1) / 2)]));
  return { units, counts, medianSeconds, times };
}

export function funnelTaobao(steps: string[][], windowSeconds: number, mode: FunnelMode | string, unit: FunnelUnit = "visitor", gapMinutes = 30): FunnelRefResult {
  return funnelFromEvents(taobaoFunnelEvents(), steps, windowSeconds, mode, unit, gapMinutes);
}

export function funnelRees46(steps: string[][], windowSeconds: number, mode: FunnelMode | string, unit: FunnelUnit = "visitor", gapMinutes = 30): FunnelRefResult {
  return funnelFromEvents(rees46FunnelEvents(), steps, windowSeconds, mode, unit, gapMinutes);
}

// ---------- self-check ----------

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("funnels.ts")) {
  // hand-made cases (spec examples)
  const mk = (spec: [string, number][]) => new Map([["v", spec.map(([type, ts], idx) => ({ visitor: "v", type, ts, idx }))]]);
  const lvl = (r: FunnelRefResult) => r.counts.filter((c) => c > 0).length;
  const S3 = [["view"], ["fav", "cart"], ["buy"]];
  const check = (name: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`self-check ${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  const a = mk([["view", 0], ["cart", 100], ["buy", 200]]);
  check("seq W=200", lvl(funnelFromEvents(a, S3, 200, "sequential")), 3);
  check("seq W=199", lvl(funnelFromEvents(a, S3, 199, "sequential")), 2);
  check("seq times", funnelFromEvents(a, S3, 200, "sequential").medianSeconds, [null, 100, 200]);
  const b = mk([["view", 0], ["click", 50], ["cart", 100]]);
  check("strict gap event", lvl(funnelFromEvents(b, S3, 3600, "strict")), 1);
  check("seq gap event", lvl(funnelFromEvents(b, S3, 3600, "sequential")), 2);
  const c = mk([["buy", 0], ["cart", 10], ["view", 20]]);
  check("any order", lvl(funnelFromEvents(c, S3, 20, "any")), 3);
  check("any order times", funnelFromEvents(c, S3, 20, "any").medianSeconds, [null, 10, 20]);
  check("seq reversed", lvl(funnelFromEvents(c, S3, 20, "sequential")), 1);
  const d = mk([["buy", 5], ["cart", 5], ["view", 5]]); // same timestamp → view, cart, buy
  check("tie order strict", lvl(funnelFromEvents(d, S3, 0, "strict")), 3);
  const e = mk([["view", 0], ["cart", 1800], ["buy", 3601]]);
  check("sessions", funnelFromEvents(e, S3, 86400, "sequential", "session").counts, [1, 1, 0]);
  check("sessions units", funnelFromEvents(e, S3, 86400, "sequential", "session").units, 2);

  const summarize = (r: FunnelRefResult) => ({ units: r.units, counts: r.counts, medianSeconds: r.medianSeconds, timesLengths: r.times.map((t) => t.length) });
  for (const [name, fn] of [["taobao", funnelTaobao], ["rees46", funnelRees46]] as const) {
    for (const [wName, W] of [["1h", 3600], ["1d", 86400]] as const) {
      for (const mode of ["sequential", "strict", "any"] as const) {
        console.log(name, wName, mode.padEnd(10), JSON.stringify(summarize(fn(S3, W, mode))));
      }
    }
  }
}
