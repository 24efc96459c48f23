import type { Lang } from "./lang.js";
import { EN, ZH, type StringKey } from "./strings.js";

const STRINGS: Record<Lang, Record<StringKey, string>> = { zh: ZH, en: EN };

/**
 * The reader-facing string `key` in `lang`, with {placeholders} filled from `vars`.
 * An unknown key throws: a missing translation is a bug, not something to show readers.
 */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const text = STRINGS[lang]?.[key];
  if (text === undefined) throw new Error(`missing string: ${lang}.${key}`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Like `t`, for keys built at run time (e.g. `report.${id}`): returns `fallback` when unknown. */
export function tMaybe(lang: Lang, key: string, fallback: string): string {
  return (STRINGS[lang] as Record<string, string>)[key] ?? fallback;
}

/** Picks the reader's language from a {zh, en} pair (the metric dictionary's shape). */
export const pick = (lang: Lang, text: { readonly zh: string; readonly en: string }): string => text[lang];
