/**
 * The periods of a feedback trend, as SQL to paste after `WITH`: `fp_periods` lists every month
 * (or Monday-started week) that the date range $1 … $2 touches, with `days`, how many of its days
 * fall in the range, so a trend shows empty periods as zeros and the page can mark a period the
 * range cuts (`partial`, see FEEDBACK_PERIOD_COLUMNS). `grain` is the parameter holding the grain.
 */
export const FEEDBACK_GRAINS = ["month", "week"] as const;
export type FeedbackGrain = (typeof FEEDBACK_GRAINS)[number];

export function feedbackPeriodsCte(grain: string): string {
  return `
fp_days AS (
  SELECT date_trunc(${grain}, d)::DATE AS period FROM (SELECT unnest(generate_series($1::DATE::TIMESTAMP, $2::DATE::TIMESTAMP, INTERVAL 1 DAY)) AS d)
), fp_periods AS (SELECT period, count(*) AS days FROM fp_days GROUP BY period)`;
}

/** period (its first day, YYYY-MM-DD), days in the range and partial, from `fp_periods p`. */
export function feedbackPeriodColumns(grain: string): string {
  return `strftime(p.period, '%Y-%m-%d') AS period, p.days::INTEGER AS days,
  p.days < CASE WHEN ${grain} = 'week' THEN 7 ELSE day(last_day(p.period)) END AS partial`;
}
