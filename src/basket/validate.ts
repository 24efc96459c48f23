/**
 * Input checks shared by the functions in this folder. The basket functions are driven by page
 * parameters a reader can change, so a bad threshold must fail loudly with the argument's name and
 * the value given rather than quietly return an empty or meaningless table.
 */

/** `value` must lie in (0, 1]: a support threshold of 0 would make every subset of every order frequent. */
export function requireSupport(name: string, value: number): void {
  if (typeof value !== "number" || !(value > 0 && value <= 1)) throw new Error(`${name} must be in (0, 1], got ${String(value)}`);
}

/** `value` must lie in [0, 1] (confidence thresholds, where 0 means "no filter"). */
export function requireUnitInterval(name: string, value: number): void {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) throw new Error(`${name} must be in [0, 1], got ${String(value)}`);
}

/** `value` must be a finite number ≥ 0 (lift thresholds). */
export function requireNonNegative(name: string, value: number): void {
  if (typeof value !== "number" || !(Number.isFinite(value) && value >= 0)) throw new Error(`${name} must be a finite number ≥ 0, got ${String(value)}`);
}

/** `value` must be a whole number ≥ `min`. */
export function requireCount(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, got ${String(value)}`);
}

/** Like requireCount, but Infinity is accepted as "no limit" (itemset and consequent lengths). */
export function requireLimit(name: string, value: number, min: number): void {
  if (value === Number.POSITIVE_INFINITY) return;
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min} or Infinity, got ${String(value)}`);
}
