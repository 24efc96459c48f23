/**
 * Shop-local time for the demo shop. Times are whole seconds since 2024-01-01 00:00 Asia/Shanghai
 * (China has no daylight saving time, so a fixed +08:00 offset is exact) and are formatted with
 * UTC getters on a shifted epoch, never with the machine's time zone.
 */

export const DAY = 86_400;
export const HOUR = 3_600;
export const MINUTE = 60;
/** 2024-01-01 … 2025-12-31: 366 + 365 days. */
export const DAYS = 731;
const EPOCH_MS = Date.UTC(2024, 0, 1);

/** Day number of a calendar date (month 1-based). */
export function dayOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / 86_400_000);
}

export function dateParts(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(EPOCH_MS + day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() };
}

const pad2 = (n: number) => (n < 10 ? "0" + n : String(n));
const dayCache = new Map<number, string>();

/** `2024-03-01` */
export function formatDate(day: number): string {
  let s = dayCache.get(day);
  if (s === undefined) {
    const p = dateParts(day);
    s = `${p.year}-${pad2(p.month)}-${pad2(p.date)}`;
    dayCache.set(day, s);
  }
  return s;
}

function clock(t: number): string {
  const s = (((Math.floor(t) % DAY) + DAY) % DAY);
  return `${pad2(Math.floor(s / HOUR))}:${pad2(Math.floor((s % HOUR) / MINUTE))}:${pad2(s % MINUTE)}`;
}

/** `2024-03-01 08:05:03`, the usual Taobao form. */
export function formatDateTime(t: number): string {
  t = Math.floor(t);
  return `${formatDate(Math.floor(t / DAY))} ${clock(t)}`;
}

/** `2024/3/1 8:05`, what an export re-saved by Excel looks like. */
export function formatShortDateTime(t: number): string {
  t = Math.floor(t);
  const p = dateParts(Math.floor(t / DAY));
  const s = ((t % DAY) + DAY) % DAY;
  return `${p.year}/${p.month}/${p.date} ${Math.floor(s / HOUR)}:${pad2(Math.floor((s % HOUR) / MINUTE))}`;
}

/** `2024-03-01T08:05:03+08:00`, the tracking log's form. */
export function formatIso(t: number): string {
  t = Math.floor(t);
  return `${formatDate(Math.floor(t / DAY))}T${clock(t)}+08:00`;
}
