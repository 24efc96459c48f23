/**
 * Persona cards from a clustering: for each cluster its size and shares, the mean of each feature
 * in plain units, its distinctive features (centroid coordinates in standard deviations, largest
 * first), a readable bilingual name made of its two most distinctive traits, the marketing action
 * of the most distinctive one, the typical customer (the row nearest the centroid) and the most
 * common values of the interest, channel and demographic tags.
 */
import type { FeatureMatrix } from "./clusterFeatures.js";
import { FEATURES } from "./clusterFeatures.js";
import { DISTINCTIVE_Z, TRAITS, TYPICAL } from "./personaTraits.js";
import type { Bilingual } from "./tagCatalog.js";

export interface Distinctive {
  feature: string;
  z: number;
  direction: "high" | "low";
}

export interface TopValue {
  value: string;
  customers: number;
  share: number;
}

export interface Persona {
  cluster: number;
  name: Bilingual;
  action: Bilingual;
  customers: number;
  share: number;
  spend: number;
  spendShare: number;
  /** Mean raw feature values, keyed by feature id. */
  means: Record<string, number>;
  distinctive: Distinctive[];
  /** Index (into the input rows) of the customer nearest the centroid. */
  typical: number;
  /** Most common values of these tags, top 3 each. */
  tops: Record<string, TopValue[]>;
}

export const CARD_TAGS = ["top_category", "top_brand", "acquisition_channel", "device", "gender", "age_band", "city_tier", "rfm_segment"] as const;

function topValues(rows: readonly Readonly<Record<string, unknown>>[], idx: readonly number[], tag: string, n = 3): TopValue[] {
  const counts = new Map<string, number>();
  for (const i of idx) {
    const v = String(rows[i]![tag] ?? "unknown");
    if (v === "unknown") continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([value, c]) => ({ value, customers: c, share: c / idx.length }));
}

export function describePersonas(
  rows: readonly Readonly<Record<string, unknown>>[],
  fm: FeatureMatrix,
  labels: Int32Array,
  centroids: Float64Array,
  k: number
): Persona[] {
  const cols = FEATURES.length;
  const members: number[][] = Array.from({ length: k }, () => []);
  labels.forEach((l, i) => members[l]!.push(i));
  const spendOf = (i: number) => Math.max(0, Number(rows[i]!.spend ?? 0));
  let totalSpend = 0;
  for (let i = 0; i < rows.length; i++) totalSpend += spendOf(i);
  const used = new Map<string, number>();
  return members.map((idx, c) => {
    const means: Record<string, number> = {};
    FEATURES.forEach((f, j) => {
      let s = 0;
      for (const i of idx) s += fm.raw[i * cols + j]!;
      means[f.id] = idx.length ? s / idx.length : NaN;
    });
    const distinctive = FEATURES.map((f, j) => ({ feature: f.id, z: centroids[c * cols + j]! }))
      .filter((d) => Math.abs(d.z) >= DISTINCTIVE_Z)
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
      .map((d): Distinctive => ({ ...d, direction: d.z > 0 ? "high" : "low" }));
    const traits = distinctive.slice(0, 2).map((d) => TRAITS[d.feature]![d.direction]);
    let name: Bilingual = traits.length
      ? { zh: traits.map((t) => t.name.zh).join("·"), en: traits.map((t) => t.name.en).join(", ") }
      : TYPICAL.name;
    // Two clusters can share their top traits; a number keeps the names apart.
    const seen = (used.get(name.en) ?? 0) + 1;
    used.set(name.en, seen);
    if (seen > 1) name = { zh: `${name.zh}（${seen}）`, en: `${name.en} (${seen})` };
    let typical = idx[0] ?? -1;
    let best = Infinity;
    for (const i of idx) {
      let d = 0;
      for (let j = 0; j < cols; j++) {
        const diff = fm.matrix.data[i * cols + j]! - centroids[c * cols + j]!;
        d += diff * diff;
      }
      if (d < best) {
        best = d;
        typical = i;
      }
    }
    let spend = 0;
    for (const i of idx) spend += spendOf(i);
    const tops: Record<string, TopValue[]> = {};
    for (const t of CARD_TAGS) tops[t] = topValues(rows, idx, t);
    return {
      cluster: c,
      name,
      action: (traits[0] ?? TYPICAL).action,
      customers: idx.length,
      share: idx.length / rows.length,
      spend,
      spendShare: totalSpend > 0 ? spend / totalSpend : 0,
      means,
      distinctive,
      typical,
      tops
    };
  });
}
