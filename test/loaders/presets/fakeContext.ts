/**
 * A PresetContext for preset tests: pseudonyms are readable (`p:<id>`), masking replaces
 * remembered personal values with `***`, and everything remembered can be inspected.
 */
import type { PresetContext } from "../../../loaders/presets/preset.ts";

export interface FakeContext extends PresetContext {
  readonly remembered: string[];
}

export function fakeContext(overrides: Partial<Pick<PresetContext, "sourceFile" | "sourceTimeZone" | "shopTimeZone">> = {}): FakeContext {
  const remembered: string[] = [];
  return {
    sourceFile: "test.csv",
    sourceTimeZone: "Asia/Shanghai",
    shopTimeZone: "Asia/Shanghai",
    ...overrides,
    pseudonymize: (id) => `p:${id}`,
    mask: (text) => remembered.reduce((t, v) => t.replaceAll(v, "***"), text),
    rememberPersonal: (v) => void remembered.push(v),
    state: {},
    remembered
  };
}

/** Naive shop-local ms for a wall time written `2024-01-02 03:04:05`. */
export const at = (s: string): number => Date.parse(`${s.replace(" ", "T")}Z`);

/** Builds a record from a header line and a data line (comma-separated, no quoting). */
export function rec(header: string, line: string, sep = ","): Record<string, string> {
  const h = header.split(sep).map((c) => c.trim());
  const v = line.split(sep);
  return Object.fromEntries(h.map((k, i) => [k, v[i] ?? ""]));
}
