/**
 * Scores a header against a preset's signature. A header lacking any required column scores
 * below 0.5 (never enough to be chosen); one that has them all scores 0.6–1, higher the larger the
 * share of its cells the preset knows. So a full export beats a preset that merely shares its
 * required columns, and a trimmed export (only the required columns) still wins over nothing.
 */
import type { DetectInput } from "./preset.ts";

export interface HeaderSignature {
  readonly required: readonly string[];
  readonly optional?: readonly string[];
}

/** Header cells compare trimmed, NFKC-normalised, BOM-free and case-insensitive. */
export function normalizeHeaderCell(cell: string): string {
  return cell.replace(/^\uFEFF/, "").normalize("NFKC").trim().toLowerCase();
}

export function headerScore(input: DetectInput, { required, optional = [] }: HeaderSignature): number {
  const cells = input.header.map(normalizeHeaderCell).filter((c) => c !== "");
  if (cells.length === 0) return 0;
  const present = new Set(cells);
  const found = required.filter((r) => present.has(normalizeHeaderCell(r))).length;
  if (found < required.length) return 0.3 * (found / required.length);
  const known = new Set([...required, ...optional].map(normalizeHeaderCell));
  const explained = cells.filter((c) => known.has(c)).length;
  return 0.6 + 0.4 * (explained / cells.length);
}
