/**
 * Numbers, money, percentages and dates for readers, through Intl. Null and NaN print as "—".
 * Dates and timestamps are naive shop-local values ("2024-03-05", "2024-03-05 14:00:00") and are
 * formatted in UTC so the reader's own time zone never shifts them.
 */
import { locale, type Lang } from "./lang.js";

const DASH = "—";
const missing = (value: unknown) => value == null || (typeof value === "number" && Number.isNaN(value));

export interface NumberOptions {
  /** Fraction digits (default: up to 2). */
  digits?: number;
  /** "auto" (default): compact (1.23万 / 12.3K) from 10,000 on; true/false forces it. */
  compact?: boolean | "auto";
}

const isCompact = (value: number, compact: boolean | "auto") =>
  compact === "auto" ? Math.abs(value) >= 10_000 : compact;

export function formatNumber(value: number | null | undefined, lang: Lang, { digits, compact = false }: NumberOptions = {}): string {
  if (missing(value)) return DASH;
  const v = value as number;
  return new Intl.NumberFormat(
    locale(lang),
    isCompact(v, compact)
      ? { notation: "compact", maximumSignificantDigits: 3 }
      : { minimumFractionDigits: digits ?? 0, maximumFractionDigits: digits ?? 2 }
  ).format(v);
}

/**
 * Money in its own currency: ¥1.23万 / ¥1.23亿 in Chinese, ¥12.3K in English for large values;
 * R$, £, $ … by Intl's narrow symbol. Values of different currencies are never added together.
 */
export function formatMoney(
  value: number | null | undefined,
  currency: string,
  lang: Lang,
  { compact = "auto", digits }: NumberOptions = {}
): string {
  if (missing(value)) return DASH;
  const v = value as number;
  const base = { style: "currency", currency, currencyDisplay: "narrowSymbol" } as const;
  return new Intl.NumberFormat(
    locale(lang),
    isCompact(v, compact)
      ? { ...base, notation: "compact", maximumSignificantDigits: 3 }
      : digits === undefined
        ? base
        : { ...base, minimumFractionDigits: digits, maximumFractionDigits: digits }
  ).format(v);
}

/** A ratio (0.123) as a percentage ("12.3%"). */
export function formatPercent(value: number | null | undefined, lang: Lang, { digits = 1 }: { digits?: number } = {}): string {
  if (missing(value)) return DASH;
  return new Intl.NumberFormat(locale(lang), {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  }).format(value as number);
}

/** A signed change as a percentage ("+12.3%", "−4.0%"). */
export function formatChange(value: number | null | undefined, lang: Lang, { digits = 1 }: { digits?: number } = {}): string {
  if (missing(value) || !Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat(locale(lang), {
    style: "percent",
    signDisplay: "exceptZero",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  }).format(value as number);
}

export type DateGrain = "day" | "week" | "month" | "year" | "datetime";

/**
 * Parses "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS[.fff]" as a UTC instant (naive shop-local time);
 * JSON-serialised Dates ("…T00:00:00.000Z") and Date objects pass through.
 */
export function parseIsoUtc(value: string | Date): Date {
  if (value instanceof Date) return value;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? `${value}T00:00:00Z`
    : /(Z|[+-]\d{2}:?\d{2})$/.test(value)
      ? value // already an instant, e.g. a Date serialised to JSON
      : `${value.replace(" ", "T")}Z`;
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid date: ${value}`);
  return d;
}

const DATE_OPTIONS: Record<DateGrain, Intl.DateTimeFormatOptions> = {
  day: { year: "numeric", month: "short", day: "numeric" },
  week: { year: "numeric", month: "short", day: "numeric" },
  month: { year: "numeric", month: "short" },
  year: { year: "numeric" },
  datetime: { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
};

/** "2024年3月5日" / "Mar 5, 2024"; month grain "2024年3月" / "Mar 2024"; week grain prefixes 周/Week of. */
export function formatDate(value: string | Date | null | undefined, lang: Lang, { grain = "day" }: { grain?: DateGrain } = {}): string {
  if (value == null || value === "") return DASH;
  const text = new Intl.DateTimeFormat(locale(lang), { ...DATE_OPTIONS[grain], timeZone: "UTC" }).format(parseIsoUtc(value));
  if (grain !== "week") return text;
  return lang === "zh" ? `${text}当周` : `Week of ${text}`;
}

/** A naive date/time as text for tables and CSV: "2024-03-05", or "2024-03-05 14:00:00" when it has a time. */
export function naiveIso(value: Date): string {
  const text = value.toISOString();
  if (text.endsWith("T00:00:00.000Z")) return text.slice(0, 10);
  return text.replace("T", " ").replace(/\.000Z$|Z$/, "");
}
