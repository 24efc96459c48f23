/**
 * Two groups of customers side by side — two personas, two RFM segments, a persona and a
 * behaviour group — by the mean of each clustering feature (plain units) and the share of each
 * group holding the most common values of the profile tags. Groups are given as row indices into
 * the same customer rows the personas were built from.
 */
import { FEATURES, type FeatureMatrix } from "./clusterFeatures.js";
import { CARD_TAGS } from "./describePersonas.js";

export interface FeatureComparison {
  feature: string;
  a: number | null;
  b: number | null;
}

export interface TagComparison {
  tag: string;
  value: string;
  a: number;
  b: number;
}

export interface GroupComparison {
  sizeA: number;
  sizeB: number;
  features: FeatureComparison[];
  tags: TagComparison[];
}

export function compareGroups(
  rows: readonly Readonly<Record<string, unknown>>[],
  fm: FeatureMatrix,
  a: readonly number[],
  b: readonly number[],
  topPerTag = 3
): GroupComparison {
  const cols = FEATURES.length;
  const mean = (idx: readonly number[], j: number) => {
    if (!idx.length) return null;
    let s = 0;
    for (const i of idx) s += fm.raw[i * cols + j]!;
    return s / idx.length;
  };
  const share = (idx: readonly number[], tag: string, value: string) =>
    idx.length ? idx.filter((i) => String(rows[i]![tag]) === value).length / idx.length : 0;
  const tags: TagComparison[] = [];
  for (const tag of CARD_TAGS) {
    // The values worth showing: the most common in either group, excluding "unknown".
    const counts = new Map<string, number>();
    for (const i of [...a, ...b]) {
      const v = String(rows[i]![tag] ?? "unknown");
      if (v !== "unknown") counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, topPerTag);
    for (const [value] of top) tags.push({ tag, value, a: share(a, tag, value), b: share(b, tag, value) });
  }
  return {
    sizeA: a.length,
    sizeB: b.length,
    features: FEATURES.map((f, j) => ({ feature: f.id, a: mean(a, j), b: mean(b, j) })),
    tags
  };
}
