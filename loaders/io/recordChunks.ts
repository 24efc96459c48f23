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

/** Offset in `text` where line `line` (1-based) starts. */
function lineStart(text: string, line: number): number {
  let pos = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", pos);
    const cr = text.indexOf("\r", pos);
    // A lone CR ends a line too; CRLF counts once.
    let end = nl === -1 ? cr : cr === -1 ? nl : Math.min(nl, cr);
    if (end === -1) return text.length;
    if (text[end] === "\r" && text[end + 1] === "\n") end++;
    pos = end + 1;
  }
  return pos;
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
