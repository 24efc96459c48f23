/**
 * The shop's year: campaigns, the Spring Festival dip, weekends and the hour-of-day curve. One
 * weight per day drives how many customers buy that day, so the festivals show up in every export.
 */
import { DAYS, dateParts, dayOf } from "./shopTime.ts";

/** 春节 (Chinese New Year's Day) in the two demo years. */
export const SPRING_FESTIVALS = [dayOf(2024, 2, 10), dayOf(2025, 1, 29)];

/** Pre-sale windows: deposits (定金) are taken from `depositFrom` until the day before `finalDay`, the rest (尾款) on `finalDay`. */
export interface PresaleWindow {
  readonly name: string;
  readonly depositFrom: number;
  readonly finalDay: number;
}

export const PRESALE_WINDOWS: readonly PresaleWindow[] = [2024, 2025].flatMap((y) => [
  { name: `618-${y}`, depositFrom: dayOf(y, 5, 20), finalDay: dayOf(y, 6, 1) },
  { name: `双十一-${y}`, depositFrom: dayOf(y, 10, 20), finalDay: dayOf(y, 11, 11) }
]);

function campaignFactor(month: number, date: number): number {
  if (month === 11 && date === 11) return 14; // 双十一
  if (month === 11 && date >= 1 && date <= 10) return 1.8;
  if (month === 11 && date === 12) return 1.8;
  if (month === 10 && date >= 20) return 1.3;
  if (month === 6 && date === 18) return 6; // 618
  if (month === 6 && date <= 17) return 1.7;
  if (month === 12 && date === 12) return 4; // 双十二
  if (month === 12 && date >= 10 && date <= 13) return 1.5;
  if (month === 3 && date === 8) return 2.5; // 女王节
  if (month === 1 && date >= 10 && date <= 20) return 1.5; // 年货节
  return 1;
}

/** Spring Festival: orders fall for two weeks around it and couriers stop for about ten days. */
export function springFestivalFactor(day: number): number {
  for (const sf of SPRING_FESTIVALS) {
    const d = day - sf;
    if (d >= -7 && d <= 7) return d >= -2 && d <= 3 ? 0.3 : 0.55;
  }
  return 1;
}

/** True on days couriers take no parcels (春节 −3 … +5): shipments wait until after. */
export function isCourierHoliday(day: number): boolean {
  return SPRING_FESTIVALS.some((sf) => day - sf >= -3 && day - sf <= 5);
}

function computeDayWeights(): Float64Array {
  const w = new Float64Array(DAYS);
  for (let day = 0; day < DAYS; day++) {
    const p = dateParts(day);
    const weekend = p.weekday === 0 || p.weekday === 6 ? 1.15 : p.weekday === 5 ? 1.05 : 1;
    // Apparel and sun care sell a bit more in spring/summer.
    const season = 1 + 0.12 * Math.sin(((p.month - 3) / 12) * 2 * Math.PI);
    w[day] = weekend * season * campaignFactor(p.month, p.date) * springFestivalFactor(day);
  }
  return w;
}

/** Relative buying intensity per day (mean about 1.2). */
export const DAY_WEIGHTS = computeDayWeights();
export const MAX_DAY_WEIGHT = Math.max(...DAY_WEIGHTS);

/** Hour-of-day weights: a lunch bump and the evening peak (20–23 h). */
export const HOUR_WEIGHTS = [
  1.2, 0.6, 0.3, 0.2, 0.15, 0.2, 0.4, 0.9, 1.6, 2.2, 2.6, 2.8, 3.2, 3.0, 2.7, 2.6, 2.6, 2.8, 3.0, 3.6, 4.6, 5.4, 5.2, 3.2
];
/** 双十一: the midnight rush after the 尾款 opens. */
export const SINGLES_DAY_HOUR_WEIGHTS = HOUR_WEIGHTS.map((w, h) => (h === 0 ? 30 : h === 1 ? 12 : w));

export function isSinglesDay(day: number): boolean {
  const p = dateParts(day);
  return p.month === 11 && p.date === 11;
}
