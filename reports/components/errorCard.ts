import { t } from "../lib/i18n/t.js";
import type { Lang } from "../lib/i18n/lang.js";

/** A readable error in place of a chart or table; the message is set as text, never as HTML. */
export function errorCard(error: unknown, lang: Lang, title: string = t(lang, "common.errorTitle")): HTMLElement {
  const card = document.createElement("div");
  card.className = "sl-error";
  card.setAttribute("role", "alert");
  const heading = document.createElement("strong");
  heading.textContent = title;
  const hint = document.createElement("p");
  hint.textContent = t(lang, "common.errorHint");
  const message = document.createElement("pre");
  message.textContent = error instanceof Error ? error.message : String(error);
  card.append(heading, hint, message);
  return card;
}

/** Runs `render` and returns its element, or an error card if it throws or rejects. */
export async function orError<T>(render: () => T | Promise<T>, lang: Lang, title?: string): Promise<T | HTMLElement> {
  try {
    return await render();
  } catch (error) {
    console.warn(error);
    return errorCard(error, lang, title);
  }
}

/**
 * Runs a query and resolves to its result or to its error — also one thrown before the query
 * starts (a parameter check on an emptied input) — so one failing view shows an error card and
 * the rest of the page still renders.
 */
export function attempt<T>(run: () => T | Promise<T>): Promise<T | Error> {
  return Promise.resolve()
    .then(run)
    .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
}
