/**
 * DOM pieces and data shaping of the Lifecycle page: the stage table with actions, the gap and
 * category tables, the cohort grid's cells, and reviving dates in the build-time JSON.
 */
import type { Lang } from "../lib/i18n/lang.js";
import { t, pick } from "../lib/i18n/t.js";
import { formatMoney, formatNumber, formatPercent } from "../lib/i18n/format.js";
import { STAGES, type StageSummaryRow } from "../lib/analyses/lifecycle/lifecycleStages.js";
import type { CohortCellRow } from "../lib/analyses/lifecycle/cohortRetention.js";
import type { RepurchaseGapRow } from "../lib/analyses/lifecycle/repurchaseGaps.js";
import { plainTable as plain } from "./plainTable.js";
import type { CategoryCycleRow } from "../lib/analyses/lifecycle/categoryCycles.js";

export function stageName(id: string, lang: Lang): string {
  if (id === "none") return t(lang, "lc.none");
  const s = STAGES.find((x) => x.id === id);
  return s ? pick(lang, s.name) : id;
}


export function stageTable(rows: readonly StageSummaryRow[], currency: string, lang: Lang): HTMLElement {
  const el = plain(
    [t(lang, "lc.stage"), t(lang, "lc.customers"), t(lang, "lc.share"), t(lang, "lc.revenue"), t(lang, "lc.revenueShare"), t(lang, "lc.orders"), t(lang, "lc.aov"), t(lang, "lc.action")],
    rows.map((r) => [
      stageName(r.stage, lang),
      formatNumber(r.customers, lang),
      formatPercent(r.share, lang),
      formatMoney(r.revenue, currency, lang),
      formatPercent(r.revenue_share, lang),
      formatNumber(r.orders, lang),
      formatMoney(r.aov, currency, lang, { compact: false }),
      pick(lang, STAGES.find((s) => s.id === r.stage)!.action)
    ]),
    1,
    7
  );
  el.classList.add("sl-stages");
  el.querySelectorAll("tbody tr").forEach((tr, i) => {
    (tr as HTMLElement).dataset.stage = rows[i].stage;
    (tr as HTMLElement).dataset.customers = String(rows[i].customers);
  });
  return el;
}

export function gapsTable(rows: readonly RepurchaseGapRow[], lang: Lang): HTMLElement {
  const steps = [...new Set(rows.map((r) => r.step))];
  return plain(
    ["", t(lang, "lc.gaps"), t(lang, "lc.median"), t(lang, "lc.p80")],
    steps.map((s) => {
      const r = rows.find((x) => x.step === s)!;
      return [s >= 4 ? t(lang, "lc.stepLast") : t(lang, "lc.step", { n: s, m: s + 1 }), formatNumber(r.step_gaps, lang), String(r.median_days), String(r.p80_days)];
    })
  );
}

export function categoryTable(rows: readonly CategoryCycleRow[], lang: Lang): HTMLElement {
  return plain(
    [t(lang, "lc.category"), t(lang, "lc.customers"), t(lang, "lc.gaps"), t(lang, "lc.median"), t(lang, "lc.p80")],
    rows.slice(0, 30).map((r) => [r.category, formatNumber(r.customers, lang), formatNumber(r.gaps, lang), String(r.median_days), String(r.p80_days)])
  );
}

export type CohortMode = "exactly" | "orLater";
export type CohortMeasure = "pct" | "count" | "revenue";

/** Cohort label: "2024-03" for months, the Monday's date for weeks; * marks possible left-censoring. */
export const cohortLabel = (c: { cohort: Date; left_censored: boolean }, grain: string) =>
  (grain === "week" ? c.cohort.toISOString().slice(0, 10) : c.cohort.toISOString().slice(0, 7)) + (c.left_censored ? " *" : "");

/** The cells the cohort grid draws, plus the weighted row (rates only). */
export function cohortCells(rows: readonly CohortCellRow[], weighted: readonly { k: number; exactly: number; or_later: number }[], grain: string, mode: CohortMode, measure: CohortMeasure, lang: Lang) {
  const cells = rows.map((r) => {
    const n = mode === "exactly" ? r.active : r.active_or_later;
    const value = measure === "pct" ? n / r.size : measure === "count" ? n : r.revenue / r.size;
    return { cohort: cohortLabel(r, grain), k: r.k, value, complete: r.complete };
  });
  const labels = [...new Set(cells.map((c) => c.cohort))];
  if (measure === "pct") {
    const name = t(lang, "lc.weighted");
    for (const w of weighted) cells.push({ cohort: name, k: w.k, value: mode === "exactly" ? w.exactly : w.or_later, complete: true });
    labels.push(name);
  }
  return { cells, labels };
}

/** The build-time JSON carries dates as ISO text; queries return Date objects. */
export function reviveDates<T>(value: T): T {
  const keys = new Set(["cohort", "period", "as_of"]);
  const walk = (v: any): any => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") {
      for (const k of Object.keys(v)) v[k] = keys.has(k) && typeof v[k] === "string" ? new Date(v[k]) : walk(v[k]);
    }
    return v;
  };
  return walk(value);
}
