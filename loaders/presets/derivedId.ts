/**
 * An id for exports that have none, built from the record's own identifying values so the same
 * item in a later export gets the same id ("latest export wins"). A repeat of the same values
 * within one file gets a `#2`, `#3` suffix instead of being merged into the first.
 */
import { nextOrdinal } from "./nextOrdinal.ts";
import type { PresetContext } from "./preset.ts";

export function derivedId(ctx: Pick<PresetContext, "state">, prefix: string, parts: readonly (string | number | null)[]): string {
  const base = [prefix, ...parts.map((p) => (p === null ? "" : String(p)))].join(":");
  const n = nextOrdinal(ctx, "derivedId", base);
  return n === 1 ? base : `${base}#${n}`;
}
