/**
 * Demo sizes. S is the default build (seconds), M a realistic mid-size shop, L a large one for
 * benchmarks (about a million orders and ten million events). `sample` is the share of paid orders
 * whose buying session appears in the (sampled) tracking log.
 */
export type DemoScale = "S" | "M" | "L";

export interface ScaleSpec {
  readonly customers: number;
  readonly products: number;
  readonly sample: number;
}

export const SCALES: Record<DemoScale, ScaleSpec> = {
  S: { customers: 20_000, products: 400, sample: 0.2 },
  M: { customers: 100_000, products: 800, sample: 0.2 },
  L: { customers: 320_000, products: 1_500, sample: 0.22 }
};
