/**
 * The day of a 生意参谋 row. 统计日期 is one day (`2024-01-01`) in daily exports; a range
 * (`2024-01-01~2024-01-01`) is accepted only when it spans one day, because the target tables
 * are daily and booking a week's totals on one day would be wrong.
 */
import { CleanError } from "../clean/cleanError.ts";
import { parseDate } from "../clean/parseDateTime.ts";
import { RowError, type PresetContext } from "./preset.ts";
import type { RecordReader } from "./recordReader.ts";

export function sycmDay(r: RecordReader, ctx: Pick<PresetContext, "sourceTimeZone" | "shopTimeZone">, column = "统计日期"): number {
  const text = r.text(column);
  if (text === null) throw new RowError("missing_value", `${column} is empty`);
  const parts = text.split(/\s*[~～至]\s*/);
  if (parts.length > 2) throw new RowError("bad_date", `${column}: not a day: "${text}"`);
  const zones = { sourceTimeZone: ctx.sourceTimeZone, shopTimeZone: ctx.shopTimeZone };
  const days = parts.map((p) => {
    try {
      return parseDate(p, zones);
    } catch (e) {
      if (e instanceof CleanError) throw new RowError(e.code, `${column}: ${e.message}`);
      throw e;
    }
  });
  if (days.some((d) => d === null)) throw new RowError("bad_date", `${column}: not a day: "${text}"`);
  if (days.length === 2 && days[0] !== days[1]) {
    throw new RowError("not_daily", `${column} spans more than one day: "${text}"`);
  }
  return days[0]!;
}
