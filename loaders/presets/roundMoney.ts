/** Rounds to cents, so sums and differences of parsed amounts do not carry float noise (0.30000000000000004). */
export function roundMoney(x: number): number {
  return Math.round(x * 100) / 100 || 0; // `|| 0` turns -0 into 0
}
