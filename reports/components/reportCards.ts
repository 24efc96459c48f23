import type { Lang } from "../lib/i18n/lang.js";
import { t, tMaybe } from "../lib/i18n/t.js";
import { PAGE_IDS } from "./siteChrome.js";

export interface CapabilityRow {
  report: string;
  supported: boolean;
  basis: string;
  missing_en: string | null;
  missing_zh: string | null;
}

/**
 * One card per report: the question it answers, whether the current data supports it (and from
 * record-level or aggregate data), and for unsupported reports, in plain words, the export that
 * would enable it. Reports with a page link to it.
 */
export function reportCards(rows: readonly CapabilityRow[], lang: Lang): HTMLElement {
  const grid = document.createElement("div");
  grid.className = "sl-reports";
  const built = (r: CapabilityRow) => Number((PAGE_IDS as readonly string[]).includes(r.report));
  const sorted = [...rows].sort(
    (a, b) => built(b) - built(a) || Number(b.supported) - Number(a.supported) || a.report.localeCompare(b.report)
  );
  for (const row of sorted) {
    const card = document.createElement("section");
    card.className = `card sl-report${row.supported ? "" : " sl-report-off"}`;
    const title = document.createElement("h3");
    const name = tMaybe(lang, `report.${row.report}`, row.report);
    const hasPage = (PAGE_IDS as readonly string[]).includes(row.report);
    if (hasPage && row.supported) {
      const link = document.createElement("a");
      link.href = `./${row.report}`;
      link.textContent = name;
      title.append(link);
    } else {
      title.textContent = name;
    }
    const tag = document.createElement("span");
    tag.className = `sl-tag ${row.supported ? "sl-tag-ok" : "sl-tag-off"}`;
    tag.textContent = row.supported
      ? `${t(lang, "home.supported")} · ${tMaybe(lang, `home.basis.${row.basis}`, row.basis)}`
      : t(lang, "home.unsupported");
    const question = document.createElement("p");
    question.textContent = tMaybe(lang, `report.${row.report}.q`, "");
    card.append(title, tag, question);
    if (!hasPage) {
      // Say so plainly rather than advertise a report a reader cannot open yet.
      const soon = document.createElement("p");
      soon.className = "sl-muted";
      soon.textContent = t(lang, "home.notBuilt");
      card.append(soon);
    }
    const missing = lang === "zh" ? row.missing_zh : row.missing_en;
    if (!row.supported && missing) {
      const needs = document.createElement("p");
      needs.className = "sl-muted";
      needs.textContent = missing;
      card.append(needs);
    }
    grid.append(card);
  }
  return grid;
}
