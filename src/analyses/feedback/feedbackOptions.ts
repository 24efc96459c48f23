/**
 * A whole-number option (a row limit, a minimum count). DuckDB-WASM binds JS numbers as DOUBLE
 * and the SQL casts them to INTEGER, so the value must be whole and inside INTEGER's range;
 * errors name the option: `invalid top: 0 (a whole number from 1 to 10000)`.
 */
export function checkWhole(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`invalid ${name}: ${value} (a whole number from ${min} to ${max})`);
  return value;
}
