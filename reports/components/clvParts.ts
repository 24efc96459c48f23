/**
 * DOM pieces of the Customer value page: a model's refusal as a plain notice (not a crash), the
 * fitted-parameter table, the model comparison and the churn-risk table. Numbers come from
 * src/analyses/clv; everything is set as text.
 */
import type { Lang } from "../lib/i18n/lang.js";
import { t } from "../lib/i18n/t.js";
import { formatMoney, formatNumber, formatPercent } from "../lib/i18n/format.js";
import { plainTable as plain } from "./plainTable.js";
import type { FitView, ViewError } from "../lib/analyses/clv/customerValueView.js";

export const isViewError = (v: unknown): v is ViewError => Boolean(v && typeof v === "object" && "code" in v && "en" in v);

/** A model that cannot answer says why, in the reader's language: a notice, not an error. */
export function notice(e: ViewError, lang: Lang): HTMLElement {
  const card = document.createElement("div");
  card.className = "card sl-notice";
  card.dataset.code = e.code;
  const title = document.createElement("strong");
  title.textContent = t(lang, "clv.errorTitle");
  const body = document.createElement("p");
  body.textContent = lang === "zh" ? e.zh : e.en;
  card.append(title, body);
  return card;
}


const GREEK: Record<string, string> = { alpha: "α", beta: "β" };

/** One block per model: parameters with standard errors, log-likelihood, convergence. */
export function fitsTable(fits: readonly (FitView | ViewError)[], lang: Lang): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "sl-figures";
  for (const f of fits) {
    if (isViewError(f)) {
      wrap.append(notice(f, lang));
      continue;
    }
    const card = document.createElement("div");
    card.className = "card sl-fit";
    const h = document.createElement("h3");
    h.textContent = f.model;
    const rows = f.params.map((p) => [
      GREEK[p.name] ?? p.name,
      `${formatNumber(p.value, lang, { digits: 4 })}${p.se == null || !Number.isFinite(p.se) ? "" : ` (${formatNumber(p.se, lang, { digits: 4 })})`}`
    ]);
    rows.push([t(lang, "clv.logLik"), formatNumber(f.logLikelihood, lang, { digits: 2 })]);
    rows.push([t(lang, "clv.converged"), t(lang, f.converged ? "value.yes" : "value.no")]);
    rows.push([t(lang, "clv.customers"), formatNumber(f.customers, lang)]);
    rows.push([t(lang, "clv.patterns"), formatNumber(f.patterns, lang)]);
    card.append(h, plain([t(lang, "clv.param"), t(lang, "clv.estimate")], rows));
    wrap.append(card);
  }
  return wrap;
}

interface ComparisonRow {
  name: string;
  logLikelihood: number;
  aic: number;
  bic: number;
  holdoutMae: number | null;
  holdoutActualTotal: number | null;
  holdoutPredictedTotal: number | null;
}

export function comparisonTable(rows: readonly ComparisonRow[], lang: Lang): HTMLElement {
  const n = (v: number | null, digits = 2) => (v == null ? "—" : formatNumber(v, lang, { digits }));
  return plain(
    [t(lang, "clv.model"), t(lang, "clv.logLik"), "AIC", "BIC", t(lang, "clv.mae"), t(lang, "clv.holdoutActual"), t(lang, "clv.holdoutPredicted")],
    rows.map((r) => [r.name, n(r.logLikelihood), n(r.aic), n(r.bic), n(r.holdoutMae, 3), n(r.holdoutActualTotal, 0), n(r.holdoutPredictedTotal, 0)])
  );
}

interface RiskRow {
  customer_id: string;
  x: number;
  p_alive: number;
  p_alive_30d_ago: number;
  monetary: number;
  expected_spend: number;
  clv: number;
  value_at_risk: number;
}

export function riskTable(rows: readonly RiskRow[], currency: string, lang: Lang): HTMLElement {
  const m = (v: number) => formatMoney(v, currency, lang, { compact: false, digits: 2 });
  return plain(
    ["ID", "x", t(lang, "clv.pAlive"), t(lang, "clv.pAlive30"), t(lang, "clv.expectedSpend"), "CLV", t(lang, "clv.valueAtRisk")],
    rows.map((r) => [r.customer_id, String(r.x), formatPercent(r.p_alive, lang), formatPercent(r.p_alive_30d_ago, lang), m(r.expected_spend), m(r.clv), m(r.value_at_risk)])
  );
}

/** Headline figures as tiles. */
export function tiles(items: readonly [label: string, value: string][]): HTMLElement {
  const grid = document.createElement("div");
  grid.className = "sl-kpis";
  for (const [label, value] of items) {
    const card = document.createElement("div");
    card.className = "card sl-kpi";
    const h = document.createElement("h3");
    h.textContent = label;
    const v = document.createElement("div");
    v.className = "sl-kpi-value";
    v.textContent = value;
    card.append(h, v);
    grid.append(card);
  }
  return grid;
}
