import { METRICS } from "../lib/metrics/dictionary.js";
import { formatChange, formatMoney, formatNumber, formatPercent } from "../lib/i18n/format.js";
import type { Lang } from "../lib/i18n/lang.js";
import { pick, t } from "../lib/i18n/t.js";

/** KPIs shown as tiles, in order; names, units and definitions come from the metric dictionary. */
export const KPI_IDS = ["gmv", "net_sales", "paid_orders", "paying_buyers", "aov", "arpu", "visitors", "page_views", "conversion", "repurchase_rate", "refund_rate"] as const;

type Row = Record<string, unknown> & { currency: string };

/** Formats a metric value by its dictionary unit. */
export function formatMetric(id: string, value: number | null | undefined, currency: string, lang: Lang): string {
  const unit = (METRICS as Record<string, { unit: string }>)[id]?.unit;
  if (unit === "money") return formatMoney(value, currency, lang);
  if (unit === "ratio") return formatPercent(value, lang);
  return formatNumber(value, lang, { compact: "auto", digits: 0 });
}

/**
 * One tile per KPI for one currency: value, change against the comparison period, and the
 * definition as the tile's tooltip. Rows of other currencies are never mixed in.
 */
export function kpiCards(current: readonly Row[], comparison: readonly Row[] | null, currency: string, lang: Lang): HTMLElement {
  const now = current.find((r) => r.currency === currency);
  const then = comparison?.find((r) => r.currency === currency);
  const grid = document.createElement("div");
  grid.className = "sl-kpis";
  for (const id of KPI_IDS) {
    const metric = (
      METRICS as Record<string, { name: { zh: string; en: string }; definition: { zh: string; en: string }; formula: { zh: string; en: string } }>
    )[id];
    const value = now?.[id] as number | null | undefined;
    if (!metric || value === undefined) continue;
    const card = document.createElement("div");
    card.className = "card sl-kpi";
    card.title = pick(lang, metric.definition);
    const name = document.createElement("h3");
    name.textContent = pick(lang, metric.name);
    const text = document.createElement("div");
    text.className = "sl-kpi-value";
    text.textContent = formatMetric(id, value, currency, lang);
    // The definition stays visible (phones and print have no tooltips): the formula on the tile,
    // the full text in the tooltip and on the glossary page.
    const def = document.createElement("a");
    def.className = "sl-kpi-def";
    def.href = `./glossary#${id}`;
    def.textContent = pick(lang, metric.formula);
    card.append(name, text, def);
    const before = then?.[id] as number | null | undefined;
    if (comparison && before != null && value != null && before !== 0) {
      const change = value / before - 1;
      const line = document.createElement("div");
      line.className = `sl-kpi-change ${change > 0 ? "sl-up" : change < 0 ? "sl-down" : ""}`;
      line.textContent = `${formatChange(change, lang)} · ${t(lang, "overview.comparison")} ${formatMetric(id, before, currency, lang)}`;
      card.append(line);
    }
    grid.append(card);
  }
  return grid;
}
