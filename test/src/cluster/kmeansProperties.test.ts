import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kmeans } from "../../../src/cluster/kmeans.ts";
import type { Matrix } from "../../../src/cluster/matrix.ts";

// Small matrices of either whole numbers (many ties and duplicate rows, the awkward cases for
// seeding and empty clusters) or arbitrary doubles, with k anywhere from 1 to rows.
const cases = fc
  .record({
    rows: fc.integer({ min: 1, max: 25 }),
    cols: fc.integer({ min: 1, max: 4 }),
    whole: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1000 })
  })
  .chain(({ rows, cols, whole, seed }) =>
    fc.record({
      matrix: fc
        .array(whole ? fc.integer({ min: -3, max: 3 }) : fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: rows * cols, maxLength: rows * cols })
        .map((values): Matrix => ({ rows, cols, data: Float64Array.from(values) })),
      k: fc.integer({ min: 1, max: rows }),
      seed: fc.constant(seed)
    })
  );

const sq = (m: Matrix, i: number, c: Float64Array, j: number) => {
  let s = 0;
  for (let t = 0; t < m.cols; t++) s += (m.data[i * m.cols + t] - c[j * m.cols + t]) ** 2;
  return s;
};

describe("kmeans properties", () => {
  it("returns a valid partition whose inertia is consistent and no worse than one cluster at the mean", () => {
    fc.assert(
      fc.property(cases, ({ matrix: m, k, seed }) => {
        const r = kmeans(m, { k, seed, restarts: 2 });
        // Labels in range, sizes that count them, sorted, and no empty cluster.
        const counts = new Array<number>(k).fill(0);
        for (const l of r.labels) {
          expect(l >= 0 && l < k).toBe(true);
          counts[l]++;
        }
        expect(r.sizes).toEqual(counts);
        expect(r.sizes.reduce((a, b) => a + b, 0)).toBe(m.rows);
        for (let j = 1; j < k; j++) expect(r.sizes[j]).toBeLessThanOrEqual(r.sizes[j - 1]);
        expect(Math.min(...r.sizes)).toBeGreaterThanOrEqual(1);
        expect(r.centroids).toHaveLength(k * m.cols);

        // Inertia is Σ squared distance to the own centroid, and each row's own centroid is a
        // nearest one.
        let inertia = 0;
        const scale = 1e-9 * (1 + m.data.reduce((a, v) => Math.max(a, v * v), 0));
        for (let i = 0; i < m.rows; i++) {
          const own = sq(m, i, r.centroids, r.labels[i]);
          inertia += own;
          for (let j = 0; j < k; j++) expect(own).toBeLessThanOrEqual(sq(m, i, r.centroids, j) + scale);
        }
        expect(Math.abs(r.inertia - inertia)).toBeLessThanOrEqual(scale * m.rows);

        // Total sum of squares about the overall mean: the k = 1 answer, which any k can match.
        const mean = new Float64Array(m.cols);
        for (let i = 0; i < m.rows; i++) for (let c = 0; c < m.cols; c++) mean[c] += m.data[i * m.cols + c] / m.rows;
        let total = 0;
        for (let i = 0; i < m.rows; i++) total += sq(m, i, mean, 0);
        expect(r.inertia).toBeLessThanOrEqual(total * (1 + 1e-9) + scale);
        expect(Number.isFinite(r.inertia) && r.inertia >= 0).toBe(true);
      }),
      { numRuns: 300, seed: 20240601 }
    );
  });
  it("gives identical results for the same seed", () => {
    fc.assert(
      fc.property(cases, ({ matrix: m, k, seed }) => {
        const a = kmeans(m, { k, seed });
        const b = kmeans(m, { k, seed });
        expect(b.labels).toEqual(a.labels);
        expect(b.centroids).toEqual(a.centroids);
        expect(b.inertia).toBe(a.inertia);
      }),
      { numRuns: 100, seed: 7 }
    );
  });
});
