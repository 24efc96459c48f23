/**
 * Input checks shared by the functions in this folder. Fed a rate outside (0, 1) or a count that is
 * not a whole number, the formulas would still return numbers, just meaningless ones, so we refuse
 * instead; every message names the argument and repeats the value given.
 */

/** `value` must lie strictly between 0 and 1 (significance levels, power, conversion rates). */
export function requireOpenUnit(name: string, value: number): void {
  if (!(value > 0 && value < 1)) throw new Error(`${name} must be strictly between 0 and 1, got ${value}`);
}

/** `value` must be a whole number ≥ `min` (sample sizes, conversions, arm counts). */
export function requireCount(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, got ${value}`);
}

/** `value` must not be NaN (arguments of distribution functions; ±Infinity is a valid argument). */
export function requireNumber(name: string, value: number): void {
  if (Number.isNaN(value)) throw new Error(`${name} must be a number, got NaN`);
}
