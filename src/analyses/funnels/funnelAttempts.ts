/**
 * Totals with re-entry: a visitor's events split into attempts, each counted (Mixpanel's
 * "totals"). An attempt starts at a start event (step 1; any step in any-order mode), advances
 * through the steps by the order mode's rule while events are within the window of its start,
 * and ends when it completes the last step, when the window runs out, or — strict mode — at the
 * first event that breaks the chain. The next attempt starts at the first start event after the
 * end (after the completing event; after the window; at the breaking event).
 *
 * Pure TypeScript over arrays the SQL in funnelTotals sorted: this is a sequential walk that SQL
 * could only express as a recursion over every attempt.
 */
import type { FunnelMode } from "./funnelOptions.js";

export interface FunnelEventArrays {
  /** Visitor index per event; events are grouped by visitor and sorted like the base's ORDER. */
  unit: Int32Array;
  /** Event time, ms. */
  t: Float64Array;
  /** Step mask (bit k−1 = matches step k). */
  mask: Int32Array;
}

export interface Attempt {
  unit: number;
  start: number;
  level: number;
  /** ms from the start to reaching step k (index k − 1); step 1 is 0. */
  times: number[];
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

export function funnelAttempts(ev: FunnelEventArrays, n: number, mode: FunnelMode, windowMs: number): Attempt[] {
  const out: Attempt[] = [];
  const startMask = mode === "any" ? (1 << n) - 1 : 1;
  const len = ev.t.length;
  let from = 0;
  while (from < len) {
    let to = from;
    while (to < len && ev.unit[to] === ev.unit[from]) to++;
    let i = from;
    while (i < to) {
      while (i < to && (ev.mask[i]! & startMask) === 0) i++;
      if (i >= to) break;
      const s = i;
      const ts = ev.t[s]!;
      let filled = mode === "any" ? ev.mask[s]! & startMask : 1;
      let level = mode === "any" ? popcount(filled) : 1;
      const times = new Array<number>(level).fill(0);
      let j = s + 1;
      let broken = false;
      while (j < to && level < n && ev.t[j]! - ts <= windowMs) {
        const m = ev.mask[j]!;
        if (mode === "any") {
          const added = m & startMask & ~filled;
          if (added) {
            filled |= added;
            const next = popcount(filled);
            while (times.length < next) times.push(ev.t[j]! - ts);
            level = next;
          }
        } else if (m & (1 << level)) {
          level++;
          times.push(ev.t[j]! - ts);
        } else if (mode === "strict") {
          broken = true;
          break;
        }
        j++;
      }
      out.push({ unit: ev.unit[s]!, start: ts, level, times });
      if (level === n || broken) i = j;
      else {
        i = s + 1;
        while (i < to && ev.t[i]! - ts <= windowMs) i++;
      }
    }
    from = to;
  }
  return out;
}
