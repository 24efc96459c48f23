/**
 * 1-based count of how often `key` has been seen so far in this file, kept in the per-file
 * `ctx.state`. Gives line numbers within an order and stable ids for records without one.
 */
import type { PresetContext } from "./preset.ts";

export function nextOrdinal(ctx: Pick<PresetContext, "state">, counter: string, key: string): number {
  const counts = (ctx.state[counter] ??= new Map<string, number>()) as Map<string, number>;
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return n;
}
