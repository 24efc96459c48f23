/**
 * Calendar dates as integer day numbers (days since 1970-01-01), the time axis of the summariser.
 * Dates carry no time of day and no zone: a purchase "on 1997-09-30" is day 10134 everywhere.
 */
import { ClvError } from "./errors.js";

/** Day number of an ISO date "YYYY-MM-DD" or a compact "YYYYMMDD"; throws on an impossible date. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date.trim());
  if (m) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / 86400000;
  }
  throw new ClvError("invalid_input", `Invalid date: ${date}`, `日期无效：${date}`, { date });
}

/** ISO "YYYY-MM-DD" of a day number. */
export function isoDate(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}
