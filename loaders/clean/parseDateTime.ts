/**
 * Parses the date/time shapes found in shop exports into NAIVE SHOP-LOCAL epoch milliseconds:
 * the shop's wall-clock time encoded as if it were UTC (`Date.UTC(2020,1,1,8,5)` = 2020-02-01
 * 08:05 in the shop). Canonical tables hold plain TIMESTAMP/DATE, never TIMESTAMPTZ (see
 * ARCHITECTURE.md), so the conversion to shop time happens here, once.
 *
 * A value with an offset (`Z`, `+08:00`, `UTC`) or an epoch number is an instant and is shown as
 * shop wall time; any other value is wall time in the source's zone and is moved to the shop's.
 */
import { CleanError } from "./cleanError.ts";
import { toHalfWidth } from "./halfWidth.ts";
import { stripExcelGuard } from "./fieldText.ts";
import { instantToLocal, localToInstant } from "./zoneOffset.ts";

export { instantToLocal, localToInstant, zoneOffsetMs } from "./zoneOffset.ts";

export interface DateTimeOptions {
  /** IANA zone of wall times without an offset. */
  sourceTimeZone: string;
  /** IANA zone of the shop: the zone of the returned wall time. */
  shopTimeZone: string;
  /** `1/12/2010` is 1 December rather than 12 January. */
  dayFirst?: boolean;
}

const DAY = 86_400_000;
const EMPTY = new Set(["", "-", "--", "—", "n/a", "null", "0000-00-00", "0000-00-00 00:00:00"]);
// Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29); day 25569 is 1970-01-01.
const EXCEL_UNIX_EPOCH_DAYS = 25_569;

const TIME =
  "(?:(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?:\\s*([AaPp][Mm]))?" +
  "|(\\d{1,2})[时點点](?:(\\d{1,2})分(?:(\\d{1,2})秒)?)?)";
const ZONE = "(?:\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?))?";
const YMD = new RegExp(
  `^(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?(?:(?:T|\\s+|(?<=日))${TIME}${ZONE})?$`,
  "i"
);
const DMY = new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:\\s+${TIME}${ZONE})?$`, "i");
const NUMERIC = /^\d+(?:\.\d+)?$/;

/** What a text says before any zone conversion. */
interface Parsed {
  /** Naive ms of the written wall time, or the instant itself for `instant`. */
  ms: number;
  kind: "wall" | "instant";
  hasTime: boolean;
}

function bad(s: string): CleanError {
  return new CleanError("bad_date", `not a date: "${s}"`);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function wallMs(
  s: string,
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  sec = 0,
  fraction = ""
): number {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) {
    throw bad(s);
  }
  const ms = fraction === "" ? 0 : Number(fraction.slice(0, 3).padEnd(3, "0"));
  // setUTCFullYear avoids Date.UTC's mapping of years 0–99 to 1900–1999.
  const t = new Date(Date.UTC(2000, mo - 1, d, h, mi, sec, ms));
  t.setUTCFullYear(y);
  return t.getTime();
}

/** Builds the Parsed value from the capture groups of TIME and ZONE (groups start at `g`). */
function withTime(s: string, m: RegExpExecArray, g: number, y: number, mo: number, d: number): Parsed {
  const [hh, mm, ss, frac, ampm, chH, chM, chS, zone] = m.slice(g, g + 9);
  if (hh === undefined && chH === undefined) return { ms: wallMs(s, y, mo, d), kind: "wall", hasTime: false };
  let h = Number(hh ?? chH);
  if (ampm) {
    if (h < 1 || h > 12) throw bad(s);
    h = (h % 12) + (ampm.toLowerCase() === "pm" ? 12 : 0);
  }
  const wall = wallMs(s, y, mo, d, h, Number(mm ?? chM ?? 0), Number(ss ?? chS ?? 0), frac ?? "");
  if (zone === undefined) return { ms: wall, kind: "wall", hasTime: true };
  return { ms: wall - zoneOffset(s, zone), kind: "instant", hasTime: true };
}

function zoneOffset(s: string, zone: string): number {
  const z = zone.toUpperCase();
  if (z === "Z" || z === "UTC" || z === "GMT") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)!;
  const h = Number(m[2]);
  const mi = Number(m[3] ?? 0);
  if (h > 14 || mi > 59) throw bad(s);
  return (m[1] === "-" ? -1 : 1) * (h * 60 + mi) * 60_000;
}

function parseNumeric(s: string, t: string): Parsed {
  const [int, frac] = t.split(".");
  if (int.length === 13 && frac === undefined) return { ms: Number(t), kind: "instant", hasTime: true };
  if (int.length === 10) return { ms: Math.round(Number(t) * 1000), kind: "instant", hasTime: true };
  if (int.length === 8 && frac === undefined) {
    return { ms: wallMs(s, Number(t.slice(0, 4)), Number(t.slice(4, 6)), Number(t.slice(6, 8))), kind: "wall", hasTime: false };
  }
  const serial = Number(t);
  if (serial >= 20_000 && serial <= 80_000) {
    return { ms: Math.round((serial - EXCEL_UNIX_EPOCH_DAYS) * DAY), kind: "wall", hasTime: frac !== undefined };
  }
  throw bad(s);
}

/** Null for empty markers; throws CleanError("bad_date") for anything unrecognised or impossible. */
function parseText(s: string, dayFirst: boolean): Parsed | null {
  const t = stripExcelGuard(toHalfWidth(s).trim()).trim();
  if (EMPTY.has(t.toLowerCase())) return null;
  if (NUMERIC.test(t)) return parseNumeric(s, t);
  let m = YMD.exec(t);
  if (m) return withTime(s, m, 4, Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return withTime(s, m, 4, Number(m[3]), dayFirst ? b : a, dayFirst ? a : b);
  }
  throw bad(s);
}

function toShop(p: Parsed, opts: DateTimeOptions): number {
  if (p.kind === "instant") return instantToLocal(p.ms, opts.shopTimeZone);
  if (opts.sourceTimeZone === opts.shopTimeZone) return p.ms;
  return instantToLocal(localToInstant(p.ms, opts.sourceTimeZone), opts.shopTimeZone);
}

export function parseDateTime(s: string, opts: DateTimeOptions): number | null {
  const p = parseText(s, opts.dayFirst ?? false);
  return p === null ? null : toShop(p, opts);
}

/**
 * For DATE columns: naive ms at shop-local midnight. A bare date is taken as written (a birthday
 * or a report day has no zone); a value with a time is first moved to shop time, then truncated.
 */
export function parseDate(s: string, opts: DateTimeOptions): number | null {
  const p = parseText(s, opts.dayFirst ?? false);
  if (p === null) return null;
  const ms = p.kind === "wall" && !p.hasTime ? p.ms : toShop(p, opts);
  return Math.floor(ms / DAY) * DAY;
}

/** `YYYY-MM-DD HH:MM:SS` of a naive ms value (milliseconds dropped). */
export function formatLocal(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
