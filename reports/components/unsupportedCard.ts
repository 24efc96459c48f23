import type { Lang } from "../lib/i18n/lang.js";
import { t } from "../lib/i18n/t.js";
import type { CapabilityRow } from "./reportCards.js";

/**
 * A plain statement that the loaded data cannot support this report, naming the export that
 * would (from the pipeline's capabilities table), instead of empty cards and charts.
 */
export function unsupportedCard(info: { capabilities?: CapabilityRow[] }, report: string, lang: Lang): HTMLElement {
  const cap = info.capabilities?.find((c) => c.report === report);
  const card = document.createElement("div");
  card.className = "card sl-unsupported";
  const title = document.createElement("h3");
  title.textContent = t(lang, "common.notAvailable");
  const body = document.createElement("p");
  body.textContent = (lang === "zh" ? cap?.missing_zh : cap?.missing_en) ?? t(lang, "overview.noOrders");
  card.append(title, body);
  return card;
}
