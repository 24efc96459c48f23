import { t } from "../lib/i18n/t.js";
import type { Lang } from "../lib/i18n/lang.js";
import type { BuildInfo } from "./pageDb.js";

/** The build-mode badge (内部版 / Public build), with an explanation as its tooltip. */
export function modeBadge(info: Pick<BuildInfo, "mode">, lang: Lang): HTMLElement {
  const badge = document.createElement("span");
  badge.className = `sl-badge sl-badge-${info.mode}`;
  badge.textContent = t(lang, info.mode === "internal" ? "mode.internal" : "mode.public");
  badge.title = t(lang, info.mode === "internal" ? "mode.internalHelp" : "mode.publicHelp");
  return badge;
}

/** Puts the badge into the header slot rendered by siteChrome.header, and sets the page title. */
export function showPageChrome(info: Pick<BuildInfo, "mode">, lang: Lang, title: string): void {
  document.getElementById("sl-mode")?.replaceChildren(modeBadge(info, lang));
  document.title = `${title} | ${t(lang, "site.title")}`;
}
