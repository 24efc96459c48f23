/**
 * Pieces of the RFM page that are DOM rather than analysis: the segment table with names and
 * actions, the rule table in force, the reconciliation sentence and the cut-point inputs' parser.
 * Every number comes from the shared queries in src/analyses/rfm.
 */
import type { Lang } from "../lib/i18n/lang.js";
import { t, pick } from "../lib/i18n/t.js";
import { formatMoney, formatNumber, formatPercent } from "../lib/i18n/format.js";
import { EIGHT_CLASSES, NAMED_SEGMENTS, OTHERS, segmentInfo, type SegmentScheme } from "../lib/analyses/rfm/segmentRules.js";
import type { RfmSegmentRow } from "../lib/analyses/rfm/rfmSegments.js";
import type { RfmCountsRow } from "../lib/analyses/rfm/rfmCounts.js";
import type { RfmSummaryRow } from "../lib/analyses/rfm/rfmSummary.js";
import type { RfmBinRow } from "../lib/analyses/rfm/rfmBins.js";
import type { RfmTierRow } from "../lib/analyses/rfm/rfmTiers.js";
import { formatDate } from "../lib/i18n/format.js";
import { plainTable as table } from "./plainTable.js";

/** A segment id's reader-facing name ("none" is a customer not scored on that date). */
export function segmentName(id: string, lang: Lang): string {
  if (id === "none") return t(lang, "rfm.none");
  const info = segmentInfo(id);
  return info ? pick(lang, info.name) : id;
}


/** Segment sizes, shares, means and the recommended action, in rule order. */
export function segmentTable(rows: readonly RfmSegmentRow[], currency: string, lang: Lang): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "sl-segments";
  wrap.append(
    table(
      [t(lang, "rfm.segment"), t(lang, "rfm.customers"), t(lang, "rfm.shareCustomers"), t(lang, "rfm.revenue"), t(lang, "rfm.shareRevenue"), t(lang, "rfm.avgR"), t(lang, "rfm.avgF"), t(lang, "rfm.avgM"), t(lang, "rfm.action")],
      rows.map((r) => [
        segmentName(r.segment, lang),
        formatNumber(r.customers, lang),
        formatPercent(r.share, lang),
        formatMoney(r.revenue, currency, lang),
        formatPercent(r.revenue_share, lang),
        formatNumber(r.avg_r, lang, { digits: 0 }),
        formatNumber(r.avg_f, lang, { digits: 2 }),
        formatMoney(r.avg_m, currency, lang),
        pick(lang, segmentInfo(r.segment)?.action ?? OTHERS.action)
      ]),
      1
    )
  );
  // Raw values on each row, for tests and for anyone scripting the page.
  wrap.querySelectorAll("tbody tr").forEach((tr, i) => {
    (tr as HTMLElement).dataset.segment = rows[i].segment;
    (tr as HTMLElement).dataset.customers = String(rows[i].customers);
  });
  return wrap;
}

/** The rule table that produced the segments on screen. */
export function ruleTable(scheme: SegmentScheme, summary: RfmSummaryRow | undefined, basis: "mean" | "median", currency: string, lang: Lang): HTMLElement {
  const wrap = document.createElement("div");
  const note = document.createElement("p");
  const range = ([lo, hi]: readonly [number, number]) => (lo === hi ? String(lo) : t(lang, "rfm.ruleRange", { lo, hi }));
  if (scheme === "named") {
    note.textContent = t(lang, "rfm.rulesNamed");
    wrap.append(
      note,
      table(
        ["#", t(lang, "rfm.segment"), t(lang, "rfm.rScore"), t(lang, "rfm.fScore"), t(lang, "rfm.mScore")],
        [
          ...NAMED_SEGMENTS.map((s, i) => [String(i + 1), pick(lang, s.name), range(s.r), range(s.f), range(s.m)]),
          [String(NAMED_SEGMENTS.length + 1), pick(lang, OTHERS.name), "—", "—", "—"]
        ],
        2
      )
    );
  } else {
    const b = basis === "median" ? [summary?.median_r, summary?.median_f, summary?.median_m] : [summary?.mean_r, summary?.mean_f, summary?.mean_m];
    note.textContent = t(lang, "rfm.rulesEight", {
      basis: t(lang, basis === "median" ? "rfm.basis.median" : "rfm.basis.mean"),
      r: formatNumber(b[0], lang, { digits: 1 }),
      f: formatNumber(b[1], lang, { digits: 2 }),
      m: formatMoney(b[2], currency, lang)
    });
    wrap.append(
      note,
      table(
        [t(lang, "rfm.segment"), "R", "F", "M"],
        EIGHT_CLASSES.map((c) => [
          pick(lang, c.name),
          t(lang, c.recent ? "rfm.recent" : "rfm.notRecent"),
          t(lang, c.frequent ? "rfm.high" : "rfm.low"),
          t(lang, c.valuable ? "rfm.high" : "rfm.low")
        ]),
        1
      )
    );
  }
  return wrap;
}

/** The sentence that reconciles the scored customers with every order of the currency. */
export function reconcileNote(c: RfmCountsRow, asOf: string, currency: string, refundTimeKnown: boolean | undefined, lang: Lang): HTMLElement {
  const p = document.createElement("p");
  p.className = "sl-muted";
  const n = (v: number) => formatNumber(v, lang);
  p.textContent =
    t(lang, "rfm.reconcile", {
      date: formatDate(asOf, lang),
      currency,
      orders: n(c.orders),
      not_purchases: n(c.not_purchases),
      after_as_of: n(c.after_as_of),
      refunded: n(c.refunded),
      no_customer: n(c.no_customer),
      counted: n(c.counted),
      customers: n(c.customers)
    }) +
    " " +
    (refundTimeKnown ? t(lang, "rfm.refunds.known") : t(lang, "rfm.refunds.unknown", { n: n(c.refunds_without_time) }));
  return p;
}

/** Parses "30, 90, 180, 365" (also Chinese commas and spaces) into numbers; throws on junk. */
export function parseCuts(text: string): number[] {
  const parts = text.split(/[\s,，、;；]+/).filter((s) => s !== "");
  const values = parts.map(Number);
  const bad = parts.find((s, i) => !Number.isFinite(values[i]));
  if (bad !== undefined) throw new Error(`"${bad}"`);
  return values;
}

/** Bin edges for the bins table: days and counts as plain numbers, money in the currency. */
export function edgeText(measure: string, value: number | null, currency: string, lang: Lang): string {
  if (value == null) return "—";
  return measure === "m" ? formatMoney(value, currency, lang, { compact: false }) : formatNumber(value, lang, { digits: Number.isInteger(value) ? 0 : 1 });
}

/**
 * Every bin of R, F and M side by side, best score first: the range each score covers (written
 * "47 < R ≤ 119", bins being right-closed) and its customers. Empty bins stay visible.
 */
export function binsTable(rows: readonly RfmBinRow[], currency: string, lang: Lang): HTMLElement {
  const scores = [...new Set(rows.map((r) => r.score))].sort((a, b) => b - a);
  const cell = (m: "r" | "f" | "m", score: number) => {
    const b = rows.find((r) => r.measure === m && r.score === score);
    if (!b) return ["—", "—"];
    const name = m.toUpperCase();
    const lo = b.lower == null ? null : edgeText(m, b.lower, currency, lang);
    const hi = b.upper == null ? null : edgeText(m, b.upper, currency, lang);
    const range = lo == null && hi == null ? name : lo == null ? `${name} ≤ ${hi}` : hi == null ? `${name} > ${lo}` : `${lo} < ${name} ≤ ${hi}`;
    return [range, formatNumber(b.customers, lang)];
  };
  const wrap = document.createElement("div");
  wrap.append(
    table(
      [t(lang, "rfm.score"), "R", t(lang, "rfm.customers"), "F", t(lang, "rfm.customers"), "M", t(lang, "rfm.customers")],
      scores.map((s) => [String(s), ...cell("r", s), ...cell("f", s), ...cell("m", s)]),
      1
    )
  );
  return wrap;
}

/** ABC tiers: customers, shares and the smallest amount that still makes the tier. */
export function tiersTable(rows: readonly RfmTierRow[], currency: string, lang: Lang): HTMLElement {
  return table(
    [t(lang, "rfm.tier"), t(lang, "rfm.customers"), t(lang, "rfm.shareCustomers"), t(lang, "rfm.revenue"), t(lang, "rfm.shareRevenue"), t(lang, "rfm.minRevenue")],
    rows.map((r) => [
      r.tier,
      formatNumber(r.customers, lang),
      formatPercent(r.share, lang),
      formatMoney(r.revenue, currency, lang),
      formatPercent(r.revenue_share, lang),
      formatMoney(r.min_revenue, currency, lang, { compact: false })
    ]),
    1
  );
}
