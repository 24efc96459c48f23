/**
 * DOM pieces of the A/B tests page: the arms table, the comparisons table, the SRM and early-read
 * notices, and the power calculator's sentences.
 */
import type { Lang } from "../lib/i18n/lang.js";
import { t } from "../lib/i18n/t.js";
import { formatMoney, formatNumber, formatPercent } from "../lib/i18n/format.js";
import type { AbVariantRow } from "../lib/analyses/abtests/abVariants.js";
import type { AbComparison, AbRead, Correction } from "../lib/analyses/abtests/abResults.js";
import { plainTable } from "./plainTable.js";

const p4 = (p: number) => (p < 0.0001 ? "< 0.0001" : p.toFixed(4));

/** A percentage-point difference: "+2.50 pp" / "+2.50 个百分点". */
export const points = (v: number, lang: Lang) => `${v >= 0 ? "+" : "−"}${Math.abs(v * 100).toFixed(2)}${lang === "zh" ? " 个百分点" : " pp"}`;

export function armsTable(rows: readonly AbVariantRow[], currency: string, lang: Lang): HTMLElement {
  return plainTable(
    [t(lang, "ab.variant"), t(lang, "ab.assigned"), t(lang, "ab.analysed"), t(lang, "ab.converters"), t(lang, "ab.rate"), t(lang, "ab.revenue"), t(lang, "ab.rpv")],
    rows.map((r) => [
      r.variant,
      formatNumber(r.assigned, lang),
      formatNumber(r.visitors, lang),
      formatNumber(r.converters, lang),
      formatPercent(r.visitors ? r.converters / r.visitors : null, lang, { digits: 2 }),
      formatMoney(r.revenue, currency, lang),
      formatMoney(r.rpv_mean, currency, lang, { compact: false })
    ])
  );
}

export function comparisonValue(c: AbComparison, v: number, currency: string, lang: Lang): string {
  return c.metric === "conversion" ? formatPercent(v, lang, { digits: 2 }) : formatMoney(v, currency, lang, { compact: false });
}

export function differenceText(c: AbComparison, v: number, currency: string, lang: Lang): string {
  return c.metric === "conversion" ? points(v, lang) : `${v >= 0 ? "+" : "−"}${formatMoney(Math.abs(v), currency, lang, { compact: false })}`;
}

export function comparisonsTable(read: AbRead, alpha: number, currency: string, lang: Lang): HTMLElement {
  const level = Math.round((1 - alpha) * 100);
  // The verdict and its interval first: on a phone the later columns scroll out of view.
  const el = plainTable(
    [t(lang, "ab.variant"), t(lang, "ab.metric"), t(lang, "ab.significant"), t(lang, "ab.difference"), t(lang, "ab.ci", { level }), t(lang, "ab.adjP"), t(lang, "ab.controlValue"), t(lang, "ab.treatmentValue"), t(lang, "ab.lift"), t(lang, "ab.statistic"), t(lang, "ab.p")],
    read.comparisons.map((c) => [
      c.variant,
      t(lang, `ab.metric.${c.metric}`),
      c.significant ? t(lang, "ab.yes") : t(lang, "ab.no"),
      differenceText(c, c.difference, currency, lang),
      `${differenceText(c, c.ciLow, currency, lang)} … ${differenceText(c, c.ciHigh, currency, lang)}`,
      p4(c.adjustedP),
      comparisonValue(c, c.control, currency, lang),
      comparisonValue(c, c.treatment, currency, lang),
      c.relativeLift === null ? "–" : `${c.relativeLift >= 0 ? "+" : ""}${formatPercent(c.relativeLift, lang)}`,
      c.statistic.toFixed(3),
      p4(c.pValue)
    ]),
    3
  );
  el.querySelectorAll("tbody tr").forEach((tr, i) => {
    (tr as HTMLElement).dataset.significant = String(read.comparisons[i]!.significant);
  });
  return el;
}

/** The method in force, as a list (window, tests and correction, SRM rule). */
export function methodList(o: { days: number; comparisons: number; correction: Correction; alpha: number }, lang: Lang): HTMLElement {
  const ul = document.createElement("ul");
  ul.className = "sl-conventions";
  for (const text of [
    t(lang, "ab.method.window", { window: o.days ? t(lang, "ab.days.n", { n: o.days }) : t(lang, "ab.days.0") }),
    t(lang, "ab.method.tests", { k: o.comparisons, correction: t(lang, `ab.correction.${o.correction}`), alpha: o.alpha }),
    t(lang, "ab.method.srm")
  ]) {
    const li = document.createElement("li");
    li.textContent = text;
    ul.append(li);
  }
  return ul;
}

/** The SRM line: a loud red notice on a mismatch, a quiet line otherwise. */
export function srmNotice(read: AbRead, lang: Lang): HTMLElement | string {
  if (!read.srm) return "";
  const el = document.createElement("p");
  const vars = { counts: read.variants.map((v) => `${v.variant} ${formatNumber(v.visitors, lang)}`).join(" / "), chi: read.srm.chiSquare.toFixed(2), p: p4(read.srm.pValue) };
  if (read.srm.mismatch) {
    el.className = "card sl-alarm";
    el.setAttribute("role", "alert");
    el.textContent = t(lang, "ab.srmAlarm", vars);
  } else {
    el.className = "sl-muted";
    el.textContent = t(lang, "ab.srmOk", vars);
  }
  return el;
}

export function earlyNotice(read: AbRead, lang: Lang): HTMLElement | string {
  if (!read.early) return "";
  const el = document.createElement("p");
  el.className = "card sl-notice";
  el.setAttribute("role", "alert");
  el.textContent = t(lang, "ab.early", { smallest: formatNumber(read.early.smallest, lang), planned: formatNumber(read.early.planned, lang) });
  return el;
}
