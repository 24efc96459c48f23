/**
 * Instant → shop-local wall time in SQL, with the zone rules the record-by-record path uses
 * (Intl, through zoneOffset.ts), so both paths agree even where DuckDB's ICU and Node's Intl
 * carry different tz database versions. The offsets over the data's span are found once in
 * JavaScript and become a CASE over a handful of transition instants; per row it is arithmetic,
 * where ICU's AT TIME ZONE cost seconds over 10 million events.
 */
import { zoneOffsetMs } from "./zoneOffset.ts";

const HOUR = 3_600_000;

export interface ZoneSegment {
  /** First instant (UTC epoch ms) with this offset; the first segment starts before the span. */
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
 * The offsets of `timeZone` between two instants (UTC epoch ms, whole seconds). Like
 * zoneOffset.ts's hourly cache, it takes at most one transition per hour (no zone has more).
 */
export function zoneSegments(timeZone: string, fromMs: number, toMs: number): ZoneSegment[] {
  const first = Math.floor(fromMs / HOUR) * HOUR;
  const segments: ZoneSegment[] = [{ from: first, offsetMs: zoneOffsetMs(first, timeZone) }];
  for (let start = first; start <= toMs; start += HOUR) {
    const end = start + HOUR - 1000;
    let last = segments[segments.length - 1].offsetMs;
    const atStart = zoneOffsetMs(start, timeZone);
    if (atStart !== last) {
      // The previous hour ended on the old offset: the change is at this hour's first second.
      segments.push({ from: start, offsetMs: atStart });
      last = atStart;
    }
    const atEnd = zoneOffsetMs(end, timeZone);
    if (atEnd !== last) segments.push({ from: transitionIn(start, end, timeZone), offsetMs: atEnd });
  }
  return segments;
}

const timestampLiteral = (ms: number) => `TIMESTAMP '${new Date(ms).toISOString().slice(0, 19).replace("T", " ")}'`;

/**
 * SQL turning `utcExpr` (a naive TIMESTAMP holding a UTC instant between fromMs and toMs) into
 * the shop's wall time.
 */
export function shopLocalSql(utcExpr: string, timeZone: string, fromMs: number, toMs: number): string {
  const segments = zoneSegments(timeZone, fromMs, toMs);
  const seconds = (s: ZoneSegment) => `${Math.round(s.offsetMs / 1000)}`;
  if (segments.length === 1) return `(${utcExpr} + to_seconds(${seconds(segments[0])}))`;
  const branches = segments
    .slice(1)
    .map((s, i) => `WHEN ${utcExpr} < ${timestampLiteral(s.from)} THEN ${seconds(segments[i])}`)
    .join(" ");
  return `(${utcExpr} + to_seconds(CASE ${branches} ELSE ${seconds(segments[segments.length - 1])} END))`;
}
