/**
 * Instant → shop-local wall time in SQL, with the zone rules the record-by-record path uses
 * (Intl, through zoneOffset.ts), so both paths agree even where DuckDB's ICU and Node's Intl
 * carry different tz database versions. The offsets over the data's hours are found once in
 * JavaScript and become a CASE over a handful of transition instants; per row it is arithmetic,
 * where ICU's AT TIME ZONE cost seconds over 10 million events.
 */
import { zoneOffsetMs } from "./zoneOffset.ts";

const HOUR = 3_600_000;

export interface ZoneSegment {
  /** First instant (UTC epoch ms) with this offset; the first segment starts before the data. */
  from: number;
  offsetMs: number;
}

/** The first second in (lo, hi] whose offset differs from lo's (one transition in between). */
function transitionIn(lo: number, hi: number, timeZone: string): number {
  const before = zoneOffsetMs(lo, timeZone);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zoneOffsetMs(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The offsets of `timeZone` over the given UTC hours (epoch ms of each hour's start, ascending):
 * right for every instant within those hours, whatever lies between them. Like zoneOffset.ts's
 * hourly cache, it takes at most one transition per hour (no zone has more).
 */
export function zoneSegmentsAt(timeZone: string, hourStarts: Iterable<number>): ZoneSegment[] {
  const segments: ZoneSegment[] = [];
  for (const start of hourStarts) {
    const atStart = zoneOffsetMs(start, timeZone);
    // An hour that starts on another offset than the last segment's: the change lies between
    // the previous hour listed and this one, where no instant of the data is.
    if (segments.length === 0 || atStart !== segments[segments.length - 1].offsetMs) segments.push({ from: start, offsetMs: atStart });
    const end = start + HOUR - 1000;
    const atEnd = zoneOffsetMs(end, timeZone);
    if (atEnd !== atStart) segments.push({ from: transitionIn(start, end, timeZone), offsetMs: atEnd });
  }
  return segments;
}

const timestampLiteral = (ms: number) => `TIMESTAMP '${new Date(ms).toISOString().slice(0, 19).replace("T", " ")}'`;

/**
 * SQL turning `utcExpr` (a naive TIMESTAMP holding a UTC instant) into the shop's wall time,
 * with `segments` from zoneSegmentsAt covering every instant it will meet.
 */
export function shopLocalSql(utcExpr: string, segments: readonly ZoneSegment[]): string {
  const seconds = (s: ZoneSegment) => `${Math.round(s.offsetMs / 1000)}`;
  if (segments.length === 0) return utcExpr;
  if (segments.length === 1) return `(${utcExpr} + to_seconds(${seconds(segments[0])}))`;
  const branches = segments
    .slice(1)
    .map((s, i) => `WHEN ${utcExpr} < ${timestampLiteral(s.from)} THEN ${seconds(segments[i])}`)
    .join(" ");
  return `(${utcExpr} + to_seconds(CASE ${branches} ELSE ${seconds(segments[segments.length - 1])} END))`;
}
