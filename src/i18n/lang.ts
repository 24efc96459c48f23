/** The two reader languages. Every reader-facing string exists in both. */
export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => value === "zh" || value === "en";

/** The other language, for the language switch. */
export const otherLang = (lang: Lang): Lang => (lang === "zh" ? "en" : "zh");

/** BCP 47 tag for `<html lang>` and Intl. */
export const locale = (lang: Lang): string => (lang === "zh" ? "zh-CN" : "en");

/** Picks a language from navigator.languages-style tags: Chinese of any region → zh, else en. */
export function preferredLang(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "zh") return "zh";
    if (primary === "en") return "en";
  }
  return "en";
}
