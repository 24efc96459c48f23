import type { Lang } from "../lib/i18n/lang.js";
import { pick, t, tMaybe } from "../lib/i18n/t.js";

interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface MetricEntry {
  readonly id: string;
  readonly name: Bilingual;
  readonly definition: Bilingual;
  readonly formula: Bilingual;
  readonly unit: string;
}

/** The metric dictionary as a list of definitions, each anchored by its id (#gmv). */
export function metricList(metrics: Readonly<Record<string, MetricEntry>>, lang: Lang): HTMLElement {
  const root = document.createElement("div");
  for (const metric of Object.values(metrics)) {
    const section = document.createElement("section");
    section.className = "card sl-metric";
    section.id = metric.id;
    const title = document.createElement("h3");
    title.textContent = pick(lang, metric.name);
    const list = document.createElement("dl");
    const add = (label: string, value: string) => {
      const dt = document.createElement("dt");
      dt.textContent = label;
      const dd = document.createElement("dd");
      dd.textContent = value;
      list.append(dt, dd);
    };
    add(t(lang, "glossary.definition"), pick(lang, metric.definition));
    add(t(lang, "glossary.formula"), pick(lang, metric.formula));
    add(t(lang, "glossary.unit"), tMaybe(lang, `unit.${metric.unit}`, metric.unit));
    section.append(title, list);
    root.append(section);
  }
  return root;
}
