/** Time-to-convert bands an operator reads (seconds, lower bounds): <1 min, 1–5 min, 5–30 min, 30 min–2 h, 2 h–1 d, 1–3 d, 3–7 d, ≥ 7 d. */
export const TIME_BANDS = [0, 60, 300, 1800, 7200, 86400, 259200, 604800] as const;

/** The band index (0-based) of a duration in seconds. */
export function timeBand(seconds: number): number {
  let i = 0;
  while (i + 1 < TIME_BANDS.length && seconds >= TIME_BANDS[i + 1]!) i++;
  return i;
}
