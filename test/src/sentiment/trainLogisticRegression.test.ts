import { describe, expect, it } from "vitest";
import type { SparseVector } from "../../../src/sentiment/sparseVector.ts";
import { trainLogisticRegression } from "../../../src/sentiment/trainLogisticRegression.ts";
import { createRng } from "../../../src/clv/rng.ts";

const row = (pairs: Array<[number, number]>): SparseVector => ({
  indices: Int32Array.from(pairs.map((p) => p[0])),
  values: Float64Array.from(pairs.map((p) => p[1]))
});

/** Overlapping classes on 3 features, positives twice as many as negatives. */
function sample(seed: number): { rows: SparseVector[]; labels: number[] } {
  const rng = createRng(seed);
  const rows: SparseVector[] = [], labels: number[] = [];
  for (let i = 0; i < 150; i++) {
    const y = i % 3 === 0 ? 0 : 1;
    const shift = y ? 0.6 : -0.6;
    rows.push(row([[0, rng.normal() + shift], [1, rng.normal() - shift / 2], [2, rng.normal()]]));
    labels.push(y);
  }
  return { rows, labels };
}

/**
 * The optimum by Newton's method on the same objective, written out densely: an independent
 * check on the optimiser (at the optimum the gradient of ½‖w‖² + C Σ sᵢ ℓᵢ vanishes).
 */
function newton(rows: SparseVector[], labels: number[], c: number, weightOf: [number, number]): number[] {
  const d = 4; // three weights and the intercept
  const p = new Array<number>(d).fill(0);
  const dense = rows.map((r) => [r.values[0]!, r.values[1]!, r.values[2]!, 1]);
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let j = 0; j < 3; j++) {
      g[j] = p[j]!;
      H[j]![j] = 1;
    }
    dense.forEach((x, i) => {
      const y = labels[i]!, s = c * weightOf[y]!;
      const prob = 1 / (1 + Math.exp(-x.reduce((a, xi, j) => a + xi * p[j]!, 0)));
      for (let j = 0; j < d; j++) {
        g[j]! += s * (prob - y) * x[j]!;
        for (let k = 0; k < d; k++) H[j]![k]! += s * prob * (1 - prob) * x[j]! * x[k]!;
      }
    });
    // Solve H·step = g by Gaussian elimination (H is positive definite).
    const A = H.map((r, j) => [...r, g[j]!]);
    for (let j = 0; j < d; j++) {
      for (let k = j + 1; k < d; k++) {
        const f = A[k]![j]! / A[j]![j]!;
        for (let m = j; m <= d; m++) A[k]![m]! -= f * A[j]![m]!;
      }
    }
    const step = new Array<number>(d).fill(0);
    for (let j = d - 1; j >= 0; j--) {
      let s = A[j]![d]!;
      for (let k = j + 1; k < d; k++) s -= A[j]![k]! * step[k]!;
      step[j] = s / A[j]![j]!;
    }
    for (let j = 0; j < d; j++) p[j]! -= step[j]!;
  }
  return p;
}

describe("trainLogisticRegression", () => {
  it("reaches the optimum Newton's method finds, unweighted and balanced", () => {
    const { rows, labels } = sample(1);
    const plain = trainLogisticRegression(rows, labels, 3, { c: 4 });
    const ref = newton(rows, labels, 4, [1, 1]);
    [...plain.weights, plain.bias].forEach((w, j) => expect(w).toBeCloseTo(ref[j]!, 4));
    // balanced: class k weighs n / (2 n_k) = 150/100 for negatives, 150/200 for positives
    const balanced = trainLogisticRegression(rows, labels, 3, { c: 4, classWeight: "balanced" });
    const refBalanced = newton(rows, labels, 4, [1.5, 0.75]);
    [...balanced.weights, balanced.bias].forEach((w, j) => expect(w).toBeCloseTo(refBalanced[j]!, 4));
    // Weighing the rarer negatives up moves the intercept towards them.
    expect(balanced.bias).toBeLessThan(plain.bias);
  });
  it("shrinks weights as C falls (stronger regularisation)", () => {
    const { rows, labels } = sample(2);
    const norm = (c: number) => Math.hypot(...trainLogisticRegression(rows, labels, 3, { c }).weights);
    expect(norm(0.01)).toBeLessThan(norm(1));
    expect(norm(1)).toBeLessThan(norm(100));
  });
  it("is deterministic: the same input gives bit-identical weights", () => {
    const { rows, labels } = sample(3);
    const a = trainLogisticRegression(rows, labels, 3, { classWeight: "balanced" });
    const b = trainLogisticRegression(rows, labels, 3, { classWeight: "balanced" });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.bias).toBe(b.bias);
  });
  it("gives an unused feature a zero weight (the penalty pulls it there)", () => {
    const { rows, labels } = sample(4);
    expect(trainLogisticRegression(rows, labels, 5).weights[4]).toBe(0);
  });
  it("refuses one class only, labels other than 0/1, mismatched lengths and C ≤ 0", () => {
    const r = [row([[0, 1]]), row([[0, -1]])];
    expect(() => trainLogisticRegression(r, [1, 1], 1)).toThrow(/both classes/);
    expect(() => trainLogisticRegression(r, [1, 2], 1)).toThrow(/label 2 at 1/);
    expect(() => trainLogisticRegression(r, [1], 1)).toThrow(/2 rows but 1 labels/);
    expect(() => trainLogisticRegression(r, [1, 0], 1, { c: 0 })).toThrow(/c must be positive/);
  });
});
