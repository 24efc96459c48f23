/**
 * Streaming-style CSV record reader over an in-memory string. Built for exports of ~10 million
 * lines: a line without a quote character is split with `String#split` (the common case), and only
 * lines containing quotes go through the RFC 4180 slow path, which still copies text by slices
 * rather than character by character.
 *
 * Rules (kept in step with the independent `countRecords`):
 * - a quote is special only at the start of a field; `""` inside a quoted field is one quote;
 *   text after a closing quote up to the next delimiter is kept literally; a quote in the middle
 *   of an unquoted field is literal (what Excel and Python's csv module do);
 * - CRLF, LF and a lone CR all end a line; inside a quoted field they are kept as they are;
 * - a line that is entirely empty is not a record;
 * - `delimiter: "whitespace"` trims each line and splits on runs of spaces/tabs; quotes are not
 *   special (CDNOW-style fixed-width-ish files have none) and blank lines are skipped.
 */

export interface RawRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
  /** Exact raw text of the record, without the line terminator. */
  raw: string;
  /** True when a quoted field runs to the end of the file. */
  unterminated: boolean;
}

export interface CsvOptions {
  delimiter: string | "whitespace";
  /** Quote character; default `"`. */
  quote?: string;
}

const WHITESPACE_RUN = /[ \t]+/;

/**
 * `indexOf` that remembers its last answer. Searches only move forward, so a character that is
 * absent from the rest of the file (e.g. CR in an LF file) is searched for once, not once per line.
 */
class ForwardFinder {
  private at = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string
  ) {}
  next(from: number): number {
    if (this.at === -1) return -1;
    if (this.at < from) this.at = this.text.indexOf(this.needle, from);
    return this.at;
  }
}

/** Number of line breaks in `s`, counting CRLF once. */
export function countLineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

export function* csvRecords(text: string, opts: CsvOptions): Generator<RawRecord> {
  const { delimiter } = opts;
  const quote = opts.quote ?? '"';
  if (delimiter === "") throw new Error("empty CSV delimiter");
  const lf = new ForwardFinder(text, "\n");
  const cr = new ForwardFinder(text, "\r");
  const len = text.length;
  const whitespace = delimiter === "whitespace";
  const delim = whitespace ? "" : delimiter;
  const delimFinder = whitespace ? null : new ForwardFinder(text, delim);

  /** End of the line starting at or after `from` (index of its CR/LF, or len). */
  const lineEnd = (from: number): number => {
    const a = lf.next(from);
    const b = cr.next(from);
    if (a === -1) return b === -1 ? len : b;
    return b === -1 || a < b ? a : b;
  };
  /** Index just after the line terminator at `eol`. */
  const afterBreak = (eol: number): number =>
    eol >= len ? len : text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;

  let pos = 0;
  let line = 1;
  while (pos < len) {
    const eol = lineEnd(pos);
    if (eol === pos) {
      pos = afterBreak(eol);
      line++;
      continue;
    }
    const lineText = text.slice(pos, eol);
    if (whitespace) {
      const trimmed = lineText.trim();
      if (trimmed !== "") {
        yield { line, fields: trimmed.split(WHITESPACE_RUN), raw: lineText, unterminated: false };
      }
      pos = afterBreak(eol);
      line++;
      continue;
    }
    if (lineText.indexOf(quote) === -1) {
      yield { line, fields: lineText.split(delim), raw: lineText, unterminated: false };
      pos = afterBreak(eol);
      line++;
      continue;
    }
    // Slow path: quoted fields, possibly spanning lines.
    const start = pos;
    const fields: string[] = [];
    let unterminated = false;
    let i = pos;
    let end: number; // index of the record's terminating CR/LF, or len
    for (;;) {
      let value = "";
      if (text.startsWith(quote, i)) {
        const parts: string[] = [];
        let j = i + quote.length;
        for (;;) {
          const k = text.indexOf(quote, j);
          if (k === -1) {
            parts.push(text.slice(j));
            unterminated = true;
            i = len;
            break;
          }
          parts.push(text.slice(j, k));
          if (text.startsWith(quote, k + quote.length)) {
            parts.push(quote);
            j = k + 2 * quote.length;
            continue;
          }
          i = k + quote.length;
          break;
        }
        value = parts.join("");
      }
      // Unquoted field, or literal text after a closing quote: runs to the delimiter or line end.
      const e = lineEnd(i);
      const d = delimFinder!.next(i);
      if (d !== -1 && d < e) {
        fields.push(value + text.slice(i, d));
        i = d + delim.length;
        continue;
      }
      fields.push(value + text.slice(i, e));
      end = e;
      break;
    }
    let raw = text.slice(start, end);
    if (unterminated) {
      // The field swallowed the file's final line break; it is a terminator, not content.
      const trail = /(?:\r\n|\r|\n)$/.exec(raw);
      if (trail) {
        raw = raw.slice(0, -trail[0].length);
        const last = fields.length - 1;
        fields[last] = fields[last].slice(0, fields[last].length - trail[0].length);
      }
    }
    yield { line, fields, raw, unterminated };
    line += countLineBreaks(raw) + 1;
    pos = afterBreak(end);
  }
}

const CANDIDATES = [",", "\t", ";", "|"] as const;

/**
 * Guesses the delimiter from the first lines of a file: the candidate that occurs the same number
 * of times on the most lines (quoted parts ignored) wins; more columns break ties, then the order
 * comma, tab, semicolon, pipe. Title lines above a header (生意参谋 exports) only lower the score.
 */
export function sniffDelimiter(sample: string): string {
  const unquoted = sample.replace(/"(?:[^"]|"")*"/g, "");
  let lines = unquoted.split(/\r\n|\r|\n/);
  // A sample cut from a larger file usually ends mid-line: that line is not representative.
  if (lines.length > 1 && !/[\r\n]$/.test(sample)) lines = lines.slice(0, -1);
  lines = lines.filter((l) => l.trim() !== "").slice(0, 30);
  let best: string = ",";
  let bestScore = 0;
  let bestCount = 0;
  for (const c of CANDIDATES) {
    const tally = new Map<number, number>();
    for (const l of lines) {
      const n = l.split(c).length - 1;
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    for (const [count, nLines] of tally) {
      const score = nLines / lines.length;
      if (score > bestScore || (score === bestScore && count > bestCount)) {
        best = c;
        bestScore = score;
        bestCount = count;
      }
    }
  }
  return best;
}
