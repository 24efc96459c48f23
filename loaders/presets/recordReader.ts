/**
 * Typed access to one record's cells for a preset's `map`. Every cleaning failure becomes a
 * RowError whose message names the column, so the quarantine says which cell was wrong.
 */
import { CleanError } from "../clean/cleanError.ts";
import { cleanText } from "../clean/fieldText.ts";
import { parseInteger, parseNumber } from "../clean/parseNumber.ts";
import { parseDate, parseDateTime } from "../clean/parseDateTime.ts";
import { parseFlag } from "./parseFlag.ts";
import { RowError, type PresetContext } from "./preset.ts";

export interface RecordReader {
  /** Cleaned text, or null when the column is absent or the cell empty. */
  text(name: string): string | null;
  /** Cleaned text that must be there, else RowError `missing_value`. */
  required(name: string): string;
  number(name: string): number | null;
  integer(name: string): number | null;
  /** Naive shop-local epoch ms, converted from the source's time zone. */
  time(name: string): number | null;
  date(name: string): number | null;
  /** 是/否, 1/0, true/false, y/n. */
  flag(name: string): boolean | null;
  /** Whether the record has the column at all (trimmed export forms lack some). */
  has(name: string): boolean;
}

type Zones = Pick<PresetContext, "sourceTimeZone" | "shopTimeZone">;

export function recordReader(record: Readonly<Record<string, string>>, ctx: Zones): RecordReader {
  const raw = (name: string): string | undefined => record[name];
  const guard = <T>(name: string, parse: () => T): T => {
    try {
      return parse();
    } catch (e) {
      if (e instanceof CleanError) throw new RowError(e.code, `${name}: ${e.message}`);
      throw e;
    }
  };
  const text = (name: string): string | null => {
    const v = raw(name);
    if (v === undefined) return null;
    const t = cleanText(v);
    return t === "" ? null : t;
  };
  const zones = { sourceTimeZone: ctx.sourceTimeZone, shopTimeZone: ctx.shopTimeZone };
  return {
    text,
    required(name) {
      const t = text(name);
      if (t === null) throw new RowError("missing_value", `${name} is empty`);
      return t;
    },
    number: (name) => guard(name, () => parseNumber(raw(name) ?? "")),
    integer: (name) => guard(name, () => parseInteger(raw(name) ?? "")),
    time: (name) => guard(name, () => parseDateTime(raw(name) ?? "", zones)),
    date: (name) => guard(name, () => parseDate(raw(name) ?? "", zones)),
    flag: (name) => guard(name, () => parseFlag(raw(name) ?? "")),
    has: (name) => raw(name) !== undefined
  };
}
