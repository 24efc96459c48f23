/**
 * Counts the records of a delimited text without parsing fields. It is deliberately written
 * separately from `csvRecords` (a character-level state machine instead of slice-based parsing),
 * so that the pipeline can check "records read + records quarantined = records in the file" with
 * two implementations that do not share a bug.
 */
import type { CsvOptions } from "./csvRecords.ts";

const enum State {
  LineStart, // at the beginning of a line between records
  FieldStart,
  Unquoted, // inside an unquoted field, or after a closing quote
  Quoted,
  QuoteInQuoted // saw a quote inside a quoted field: an escape or the closing quote
}

export function countRecords(text: string, opts: CsvOptions): number {
  if (opts.delimiter === "whitespace") return countNonBlankLines(text);
  const delim = opts.delimiter;
  const quote = opts.quote ?? '"';
  let state = State.LineStart;
  let records = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const isBreak = c === "\n" || c === "\r";
    if (state === State.LineStart) {
      if (isBreak) {
        i++;
        continue;
      }
      records++;
      state = State.FieldStart;
    }
    if (state === State.Quoted) {
      if (text.startsWith(quote, i)) {
        state = State.QuoteInQuoted;
        i += quote.length;
      } else i++;
      continue;
    }
    if (state === State.QuoteInQuoted && text.startsWith(quote, i)) {
      state = State.Quoted; // "" escape
      i += quote.length;
      continue;
    }
    // FieldStart, Unquoted or just after a closing quote: breaks and delimiters end things here.
    if (isBreak) {
      state = State.LineStart;
      i++;
      continue;
    }
    if (text.startsWith(delim, i)) {
      state = State.FieldStart;
      i += delim.length;
      continue;
    }
    if (state === State.FieldStart && text.startsWith(quote, i)) {
      state = State.Quoted;
      i += quote.length;
      continue;
    }
    state = State.Unquoted;
    i++;
  }
  return records;
}

function countNonBlankLines(text: string): number {
  let n = 0;
  for (const l of text.split(/\r\n|\r|\n/)) if (l.trim() !== "") n++;
  return n;
}
