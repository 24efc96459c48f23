import type { Lang } from "../i18n/lang.js";

/**
 * Tick labels for a UTC time axis in the reader's language. English keeps Plot's own multi-scale
 * labels (undefined); Chinese gets 2024年 / 3月 / 3月5日, which Plot's English-only formats lack.
 */
export function timeTickFormat(lang: Lang): ((d: Date) => string) | undefined {
  if (lang === "en") return undefined;
  return (d: Date) => {
    const month = d.getUTCMonth() + 1;
    if (d.getUTCDate() !== 1) return `${month}月${d.getUTCDate()}日`;
    return month === 1 ? `${d.getUTCFullYear()}年` : `${month}月`;
  };
}
