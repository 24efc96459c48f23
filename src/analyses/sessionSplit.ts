/**
 * The one session rule (METRICS.session) as SQL pieces: over rows with `visitor_id` and `t`
 * (epoch ms), `brk` is 1 where the gap since the visitor's previous event exceeds the gap (a
 * parameter, in seconds; 0 = never split) and the session number is the running sum of breaks.
 * `order` is the ORDER BY that sorts a visitor's events (ties broken the same way everywhere).
 */
export const sessionBreak = (gapSeconds: string, order: string): string =>
  `CASE WHEN ${gapSeconds}::BIGINT > 0 AND t - lag(t) OVER (PARTITION BY visitor_id ${order}) > ${gapSeconds}::BIGINT * 1000 THEN 1 ELSE 0 END`;

export const sessionNumber = (order: string): string => `sum(brk) OVER (PARTITION BY visitor_id ${order} ROWS UNBOUNDED PRECEDING)::INTEGER`;
