/**
 * Turns a stream of text pieces into CSV records with absolute line numbers, never splitting a
 * record between pieces: the last record of each piece (which may be cut off, or be a quoted
 * field still open) is carried into the next piece and parsed again there. The independent
 * record count is taken over exactly the same text spans.
 */
import { countLineBreaks, csvRecords, type CsvOptions, type RawRecord } from "./csvRecords.ts";
import { countRecords } from "./countRecords.ts";

export interface RecordChunk {
  records: RawRecord[];
  /** countRecords over the text these records came from. */
  independentCount: number;
}

/** Offset in `text` where line `line` (1-based) starts; one forward scan (CRLF counts once). */
function lineStart(text: string, line: number): number {
  let l = 1;
  for (let i = 0; i < text.length && l < line; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      l++;
      if (l === line) return i + 1;
    } else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      l++;
      if (l === line) return i + 1;
    }
  }
  return line <= 1 ? 0 : text.length;
}

export function* recordChunks(pieces: Iterable<string>, opts: CsvOptions): Generator<RecordChunk> {
  let carry = "";
  let baseLine = 0; // lines before `carry` starts
  const it = pieces[Symbol.iterator]();
  let next = it.next();
  while (!next.done) {
    const text = carry + next.value;
    next = it.next();
    const last = next.done;
    const records = [...csvRecords(text, opts)];
    if (!last && records.length === 0) {
      // Only blank lines so far: carry them whole, or a CRLF split across pieces counts twice.
      carry = text;
      continue;
    }
    let keep = records;
    let cut = text.length;
    if (!last && records.length > 0) {
      const tail = records[records.length - 1];
      keep = records.slice(0, -1);
      cut = lineStart(text, tail.line);
    }
    const done = text.slice(0, cut);
    for (const r of keep) r.line += baseLine;
    yield { records: keep, independentCount: countRecords(done, opts) };
    baseLine += countLineBreaks(done);
    carry = text.slice(cut);
  }
}
