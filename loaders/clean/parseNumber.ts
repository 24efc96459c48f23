/**
 * Parses money and counts as shop exports write them: `¥1,234.50`, `１２３`, `(12.50)`, `="123"`,
 * `12.5%`, `US$ 9.99`, `100元`. Empty markers give null; anything else that is not a number throws,
 * so a bad cell is quarantined instead of silently becoming 0 or NaN.
 */
import { CleanError } from "./cleanError.ts";
import { toHalfWidth } from "./halfWidth.ts";
import { stripExcelGuard } from "./fieldText.ts";

const EMPTY = new Set(["", "-", "--", "—", "n/a", "null"]);
const CURRENCY_PREFIX = /^(?:US\$|R\$|RMB|CNY|BRL|GBP|USD|[¥$£€])\s*/i;
const CURRENCY_SUFFIX = /\s*(?:US\$|R\$|RMB|CNY|BRL|GBP|USD|元|[¥$£€])$/i;
// Thousands groups must be exact (`1,234`), so a decimal comma (`12,5`) is rejected, not misread.
const BODY = /^(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

export function parseNumber(s: string): number | null {
  let t = stripExcelGuard(toHalfWidth(s).trim()).trim().replace(/\u2212/g, "-");
  if (EMPTY.has(t.toLowerCase())) return null;
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  let negative = false;
  let signed = false;
  let bracketed = false;
  let currency = false;
  // Sign, brackets and currency come in any order (`-¥12`, `¥-12`, `(¥12.50)`, `¥(12.50)`), each once.
  for (let changed = true; changed; ) {
    changed = false;
    if (!bracketed && t.startsWith("(") && t.endsWith(")")) {
      t = t.slice(1, -1).trim();
      negative = !negative;
      bracketed = changed = true;
    }
    if (!signed && (t[0] === "+" || t[0] === "-")) {
      if (t[0] === "-") negative = !negative;
      t = t.slice(1).trim();
      signed = changed = true;
    }
    if (!currency) {
      const p = CURRENCY_PREFIX.exec(t) ?? CURRENCY_SUFFIX.exec(t);
      if (p) {
        t = p.index === 0 ? t.slice(p[0].length) : t.slice(0, p.index);
        currency = changed = true;
      }
    }
  }
  if (!BODY.test(t) || !/\d/.test(t)) throw new CleanError("bad_number", `not a number: "${s}"`);
  const magnitude = Number(t.replaceAll(",", ""));
  if (!Number.isFinite(magnitude)) throw new CleanError("bad_number", `not a number: "${s}"`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude; // no -0
  return percent ? value / 100 : value;
}

/** Like parseNumber, but the value must be a whole number (quantities, counts, ratings). */
export function parseInteger(s: string): number | null {
  const n = parseNumber(s);
  if (n === null) return null;
  if (!Number.isSafeInteger(n)) throw new CleanError("bad_integer", `not an integer: "${s}"`);
  return n;
}
