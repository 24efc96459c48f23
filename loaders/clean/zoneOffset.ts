/**
 * Time-zone arithmetic on epoch milliseconds with Intl as the only source of zone rules.
 * Canonical tables store naive shop-local time (wall clock encoded as if it were UTC), so the
 * loaders need instant → wall time (event logs in Unix seconds) and wall time → instant (a
 * source exported in another zone). Intl is slow (~µs per call), and a 10-million-row log would
 * spend most of its time there, so offsets are cached per zone per UTC hour.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;
const MIXED = Number.NaN; // an hour that contains a transition: not cached

const formatters = new Map<string, Intl.DateTimeFormat>();
const caches = new Map<string, Map<number, number>>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset straight from Intl, to the second (Intl does not report milliseconds). */
function intlOffset(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(whole)) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - whole;
}

/** Offset of `timeZone` from UTC at an instant, in ms (local = instant + offset). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return 0;
  let cache = caches.get(timeZone);
  if (!cache) {
    cache = new Map();
    caches.set(timeZone, cache);
  }
  const bucket = Math.floor(instantMs / HOUR);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    // Transitions can fall on half hours (e.g. +05:30 zones): cache an hour only when it has
    // the same offset at both ends.
    const first = intlOffset(bucket * HOUR, timeZone);
    const last = intlOffset(bucket * HOUR + HOUR - 1000, timeZone);
    offset = first === last ? first : MIXED;
    cache.set(bucket, offset);
  }
  return Number.isNaN(offset) ? intlOffset(instantMs, timeZone) : offset;
}

/** The wall-clock time in `timeZone` at an instant, as naive epoch ms. */
export function instantToLocal(instantMs: number, timeZone: string): number {
  return instantMs + zoneOffsetMs(instantMs, timeZone);
}

/**
 * The instant at which `timeZone`'s clocks show `localMs`. When the clocks were set back and the
 * wall time happened twice, the earlier instant is chosen; when it never happened (a gap when
 * clocks jump forward), the offset from before the jump is used, which moves the time forward by
 * the gap (Temporal's "compatible" rule: 00:30 in a 00:00→01:00 gap becomes 01:30).
 */
export function localToInstant(localMs: number, timeZone: string): number {
  const before = zoneOffsetMs(localMs - DAY, timeZone);
  const after = zoneOffsetMs(localMs + DAY, timeZone);
  if (before === after) {
    // Usual case, but a transition can still lie within ±1 day only if there were two of them;
    // verify and fall back to a direct fix-point otherwise.
    if (zoneOffsetMs(localMs - before, timeZone) === before) return localMs - before;
    const o = zoneOffsetMs(localMs - zoneOffsetMs(localMs - before, timeZone), timeZone);
    return localMs - o;
  }
  const validBefore = zoneOffsetMs(localMs - before, timeZone) === before;
  const validAfter = zoneOffsetMs(localMs - after, timeZone) === after;
  if (validBefore && validAfter) return Math.min(localMs - before, localMs - after);
  if (validBefore) return localMs - before;
  if (validAfter) return localMs - after;
  return localMs - before; // gap
}
