/**
 * What BG/NBD and Pareto/NBD check and compute before their likelihood is maximised: enough
 * repeat buyers for the model to be identified, and a scale-aware start for α — r/α is the mean
 * purchase rate, so α0 = mean T / mean x holds in any time unit.
 */
import { ClvError } from "./errors.js";
import type { PreparedPatterns } from "./patterns.js";

/** Throws too_few_repeat_buyers (both languages) when fewer than `minRepeat` customers bought again. */
export function requireRepeatBuyers(d: PreparedPatterns, minRepeat: number, model: string): void {
  if (d.repeatBuyers >= minRepeat) return;
  throw new ClvError(
    "too_few_repeat_buyers",
    `Only ${d.repeatBuyers} of ${d.n} customers bought again in the calibration period; at least ${minRepeat} repeat buyers are needed to fit ${model}.`,
    `校准期内 ${d.n} 位顾客中只有 ${d.repeatBuyers} 位复购，拟合 ${model} 模型至少需要 ${minRepeat} 位复购顾客。`,
    { repeatBuyers: d.repeatBuyers, customers: d.n, minRepeatBuyers: minRepeat }
  );
}

/** α0 = Σ T / Σ x over the customers (each pattern weighted by its count). */
export function alphaStart(d: PreparedPatterns): number {
  let sx = 0, sT = 0;
  for (let i = 0; i < d.x.length; i++) {
    sx += d.count[i] * d.x[i];
    sT += d.count[i] * d.uT[d.TIdx[i]];
  }
  return Math.max(sT, 1e-9) / Math.max(sx, 1e-9);
}
