/**
 * DOM pieces of the Feedback page. Feedback text is data typed by customers: it is only ever put
 * into the page with textContent, never as HTML, so markup or script in a review shows as the
 * characters the customer typed.
 */
import type { Lang } from "../lib/i18n/lang.js";
import { pick, t } from "../lib/i18n/t.js";
import { formatPercent } from "../lib/i18n/format.js";
import { ASPECT_DICTIONARIES } from "../lib/topics/aspectDictionaries.js";
import { trimQuote } from "../lib/topics/trimQuote.js";
import { representativeQuotes } from "../lib/topics/representativeQuotes.js";

export const ASPECT_IDS = ASPECT_DICTIONARIES.map((a) => a.id);

export function aspectName(id: string, lang: Lang): string {
  if (id === "none") return t(lang, "fb.aspect.none");
  if (id === "all") return t(lang, "fb.aspect.all");
  const a = ASPECT_DICTIONARIES.find((x) => x.id === id);
  return a ? pick(lang, a.name) : id;
}

export interface QuoteRow {
  aspect: string;
  text: string;
  score: number;
  sentiment: string;
  kind: string;
}

/**
 * Quotes grouped by aspect, each a <blockquote> whose text is set as text: per aspect the `limit`
 * strongest candidates that are not near-copies of one another (many reviews repeat a template).
 */
export function quoteList(rows: readonly QuoteRow[], lang: Lang, limit = 2): HTMLElement {
  const box = document.createElement("div");
  box.className = "sl-quotes";
  const aspects = [...new Set(rows.map((r) => r.aspect))];
  for (const aspect of aspects) {
    const h = document.createElement("h4");
    h.textContent = aspectName(aspect, lang);
    box.append(h);
    const candidates = rows.filter((x) => x.aspect === aspect);
    // Candidates arrive strongest first; distinctness is what representativeQuotes adds.
    const picked = representativeQuotes(candidates.map((r, i) => ({ text: r.text, weight: candidates.length - i })), { limit, minLength: 1 });
    for (const r of picked.map((q) => candidates[q.index]!)) {
      const q = document.createElement("blockquote");
      q.className = `sl-quote sl-quote-${r.sentiment}`;
      q.textContent = trimQuote(r.text);
      const meta = document.createElement("cite");
      meta.textContent = `${t(lang, `fb.kind.${r.kind}` as never)} · ${t(lang, `fb.sentiment.${r.sentiment}` as never)} · ${formatPercent(r.score, lang, { digits: 0 })}`;
      q.append(document.createElement("br"), meta);
      box.append(q);
    }
  }
  return box;
}
