/**
 * JavaScript's whitespace (what `\s` and String.prototype.trim remove) as an RE2 character class
 * body for DuckDB's regexp functions, whose own `\s` is ASCII only: a full-width space (U+3000)
 * or a no-break space is whitespace to cleanText and to the pseudonymiser's trim, so SQL that
 * stands in for them must see it too.
 */
export const JS_WHITESPACE_CLASS =
  "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";

/** SQL for `expr.trim()` as JavaScript trims. */
export const jsTrimSql = (expr: string): string =>
  `regexp_replace(${expr}, '^[${JS_WHITESPACE_CLASS}]+|[${JS_WHITESPACE_CLASS}]+$', '', 'g')`;
