/**
 * The shop calendar: promotion windows and 春节, per year. Edit the tables below (SPRING_FESTIVAL,
 * OVERRIDES, or the default rule in promotionWindows) when a platform moves a festival; every
 * comparison ("this 双十一 vs last"), every shaded chart band and the glossary read from here.
 *
 * Dates are shop-local, inclusive, YYYY-MM-DD.
 */

export type PromotionId = "nianhuojie" | "spring_festival" | "618" | "double11" | "double12";

export interface PromotionWindow {
  readonly id: PromotionId;
  readonly year: number;
  readonly name: { readonly zh: string; readonly en: string };
  /** Main selling window, inclusive. */
  readonly start: string;
  readonly end: string;
  /** Pre-sale (定金) window before the main window, when the platform runs one. */
  readonly presaleStart?: string;
  readonly presaleEnd?: string;
}

const NAMES: Record<PromotionId, { zh: string; en: string }> = {
  nianhuojie: { zh: "年货节", en: "New Year shopping festival" },
  spring_festival: { zh: "春节", en: "Spring Festival" },
  "618": { zh: "618", en: "618 mid-year sale" },
  double11: { zh: "双十一", en: "Double 11" },
  double12: { zh: "双十二", en: "Double 12" }
};

/** 春节 (Lunar New Year's Day) by year. */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2016: "2016-02-08",
  2017: "2017-01-28",
  2018: "2018-02-16",
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26"
};

/**
 * Years where the platforms' published windows differ from the default rule below.
 * (双十一 has had two selling waves with pre-sale from late October since 2020.)
 */
export const OVERRIDES: Partial<Record<number, Partial<Record<PromotionId, Partial<PromotionWindow>>>>> = {
  2017: { double11: { start: "2017-11-11", presaleStart: "2017-10-20", presaleEnd: "2017-11-10" } },
  2018: { double11: { start: "2018-11-11", presaleStart: "2018-10-20", presaleEnd: "2018-11-10" } },
  2019: { double11: { start: "2019-11-11", presaleStart: "2019-10-21", presaleEnd: "2019-11-10" } }
};

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function window(id: PromotionId, year: number, w: Omit<PromotionWindow, "id" | "year" | "name">): PromotionWindow {
  const o = OVERRIDES[year]?.[id] ?? {};
  return { id, year, name: NAMES[id], ...w, ...o };
}

/** The promotion windows of one year, in date order. */
export function promotionWindows(year: number): PromotionWindow[] {
  const out: PromotionWindow[] = [];
  const sf = SPRING_FESTIVAL[year];
  if (sf) {
    // 年货节 runs for about two weeks and ends roughly ten days before 春节, when couriers stop.
    out.push(window("nianhuojie", year, { start: addDays(sf, -24), end: addDays(sf, -10) }));
    // Couriers and many shops pause from the eve's week to the Lantern-festival week.
    out.push(window("spring_festival", year, { start: addDays(sf, -7), end: addDays(sf, 7) }));
  }
  out.push(
    window("618", year, {
      start: `${year}-06-01`,
      end: `${year}-06-18`,
      presaleStart: `${year}-05-20`,
      presaleEnd: `${year}-05-31`
    })
  );
  out.push(
    window("double11", year, {
      start: `${year}-11-01`,
      end: `${year}-11-11`,
      presaleStart: `${year}-10-20`,
      presaleEnd: `${year}-10-31`
    })
  );
  out.push(window("double12", year, { start: `${year}-12-10`, end: `${year}-12-12` }));
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** Every promotion window overlapping [from, to] (inclusive ISO dates). */
export function promotionsBetween(from: string, to: string): PromotionWindow[] {
  const y0 = Number(from.slice(0, 4));
  const y1 = Number(to.slice(0, 4));
  const out: PromotionWindow[] = [];
  for (let y = y0; y <= y1; y++) {
    for (const w of promotionWindows(y)) {
      const start = w.presaleStart ?? w.start;
      if (start <= to && w.end >= from) out.push(w);
    }
  }
  return out;
}

/** The same promotion one year earlier (for "this 双十一 vs last"), or null if unknown. */
export function samePromotionLastYear(w: PromotionWindow): PromotionWindow | null {
  return promotionWindows(w.year - 1).find((p) => p.id === w.id) ?? null;
}

/** The promotion whose main window overlaps [from, to] most, if any. */
export function promotionFor(from: string, to: string): PromotionWindow | null {
  let best: PromotionWindow | null = null;
  let bestDays = 0;
  for (const w of promotionsBetween(from, to)) {
    const s = w.start > from ? w.start : from;
    const e = w.end < to ? w.end : to;
    const days = (Date.parse(e) - Date.parse(s)) / 86_400_000 + 1;
    if (days > bestDays) {
      best = w;
      bestDays = days;
    }
  }
  return best;
}
