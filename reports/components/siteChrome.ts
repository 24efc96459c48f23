/**
 * Per-language chrome rendered at build time by observablehq.config.ts: sidebar sections, the
 * `<head>` script that sets `<html lang>`, the header with the language switch, and the footer.
 */
import { LANGS, locale, otherLang, type Lang } from "../lib/i18n/lang.js";
import type { StringKey } from "../lib/i18n/strings.js";
import { t } from "../lib/i18n/t.js";

/** Page ids, in sidebar and pager order; each has one source in reports/[lang]/<id>.md. */
export const PAGE_IDS = ["index", "overview", "rfm", "clv", "lifecycle", "personas", "funnels", "traffic", "ab_tests", "search", "feedback", "products", "quality", "explore", "glossary"] as const;
export type PageId = (typeof PAGE_IDS)[number];

const NAV_KEYS: Record<PageId, StringKey> = {
  index: "nav.home",
  overview: "nav.overview",
  rfm: "nav.rfm",
  clv: "nav.clv",
  lifecycle: "nav.lifecycle",
  personas: "nav.personas",
  funnels: "nav.funnels",
  traffic: "nav.traffic",
  ab_tests: "nav.ab_tests",
  search: "nav.search",
  feedback: "nav.feedback",
  products: "nav.products",
  quality: "nav.quality",
  explore: "nav.explore",
  glossary: "nav.glossary"
};

const pagePath = (lang: Lang, id: PageId) => `/${lang}/${id}`;

/** Every page in both languages, for `dynamicPaths`. */
export const dynamicPaths = (): string[] =>
  LANGS.flatMap((lang) => PAGE_IDS.map((id) => pagePath(lang, id)));

/** One collapsible sidebar section per language, each its own pager group. */
export const sidebarSections = () =>
  LANGS.map((lang) => ({
    name: t(lang, "lang.name"),
    collapsible: true,
    open: false,
    pager: lang,
    pages: PAGE_IDS.map((id) => ({ name: t(lang, NAV_KEYS[id]), path: pagePath(lang, id), pager: lang }))
  }));

/** Splits "/zh/overview" (or "/zh/index", "/zh/") into its language and page id. */
export function parsePagePath(path: string): { lang: Lang; id: PageId } | null {
  const match = /^\/(zh|en)\/([a-z_]*)$/.exec(path);
  if (!match) return null;
  const id = (match[2] || "index") as PageId;
  return PAGE_IDS.includes(id) ? { lang: match[1] as Lang, id } : null;
}

/**
 * `<html lang>` for the page (Framework does not set it), and a click handler that carries the
 * current query string (the page's settings) over to the other language's page.
 */
export function head({ path }: { path: string }): string {
  const page = parsePagePath(path);
  const lang = page ? locale(page.lang) : "en";
  return `<link rel="icon" href="data:,">
<script>document.documentElement.lang=${JSON.stringify(lang)};
for(const type of ["click","focusin","pointerover"])document.addEventListener(type,(e)=>{const a=e.target.closest&&e.target.closest("a[data-keep-query]");if(a)a.href=a.href.replace(/[?#].*$/,"")+location.search+location.hash;},true);</script>`;
}

/** Brand, build-mode slot (filled by the page) and the language switch. */
export function header({ path }: { path: string }): string {
  const page = parsePagePath(path);
  if (!page) return "";
  const other = otherLang(page.lang);
  return `<div class="sl-header">
<a class="sl-brand" href="${pagePath(page.lang, "index")}">${t(page.lang, "site.title")}</a>
<span class="sl-mode" id="sl-mode"></span>
<a class="sl-lang" data-keep-query href="${pagePath(other, page.id)}" hreflang="${locale(other)}" lang="${locale(other)}" title="${t(page.lang, "lang.switchTitle")}">${t(page.lang, "lang.switch")}</a>
</div>`;
}

/** Footer in the page's language; no external links. */
export function footer({ path }: { path: string }): string {
  const lang = parsePagePath(path)?.lang;
  return lang ? t(lang, "common.footer") : `${t("zh", "common.footer")}<br>${t("en", "common.footer")}`;
}
