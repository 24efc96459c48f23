/** Integer within [min, max], else RowError: a 6-star rating or an NPS of 11 is not repairable. */
import { RowError } from "./preset.ts";
import type { RecordReader } from "./recordReader.ts";

export function ratingValue(r: RecordReader, column: string, min: number, max: number): number | null {
  const v = r.integer(column);
  if (v !== null && (v < min || v > max)) {
    throw new RowError("out_of_range", `${column} must be ${min}–${max}: ${v}`);
  }
  return v;
}
