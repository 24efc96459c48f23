import type { Lang } from "../lib/i18n/lang.js";
import { t } from "../lib/i18n/t.js";
import type { StringKey } from "../lib/i18n/strings.js";

const BASES = ["events", "daily_aggregate", "none"] as const;

/**
 * Plain-language caveats under the headline numbers: where visitors come from, and whether the
 * exports say when refunds happened (net sales deduct refunds either way, by the order's period).
 */
export function kpiNotes(info: { refundTimeKnown?: boolean }, rows: readonly { visitors_basis?: string }[], lang: Lang): HTMLElement {
  const ul = document.createElement("ul");
  ul.className = "sl-notes";
  const given = rows[0]?.visitors_basis;
  const basis = BASES.find((b) => b === given) ?? "none";
  const add = (text: string) => {
    const li = document.createElement("li");
    li.textContent = text;
    ul.append(li);
  };
  add(t(lang, `overview.note.visitors.${basis}` as StringKey));
  add(t(lang, info.refundTimeKnown ? "overview.note.refunds.known" : "overview.note.refunds.unknown"));
  return ul;
}
