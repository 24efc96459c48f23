/**
 * One pass over a log's bytes before the set-based path (fastLog.ts) reads it: its records counted
 * independently of any CSV parser, whether it holds anything that path cannot read exactly (quotes,
 * CRs, blank lines, a BOM), and whether any cell could need cleaning at all.
 */
import { closeSync, openSync, readSync } from "node:fs";

export interface ByteFacts {
  /** Non-empty lines, counted from the bytes (independently of any CSV parser). */
  lines: number;
  clean: boolean;
  /**
   * No byte that fastLog.ts's DIRTY_CELLS could match anywhere in the file: no space, tab,
   * vertical tab, form feed, `=` or `'`, and none of the other whitespace or invisible characters
   * in UTF-8. Then no cell needs the per-record check (the costliest part of reading a
   * 10-million-event log).
   */
  plain: boolean;
}

/** Bytes whose presence anywhere means a cell might need cleaning. */
const DIRTY_BYTES = [0x20, 0x09, 0x0b, 0x0c, 0x3d, 0x27];
/**
 * The UTF-8 forms of the other characters fastLog.ts's DIRTY_CELLS matches (JS_WHITESPACE_CLASS
 * beyond ASCII, and the zero-width ones), by lead byte: the bytes that follow it.
 */
const DIRTY_SEQUENCES: Record<number, number[][]> = {
  0xc2: [[0xa0]], // U+00A0
  0xe1: [[0x9a, 0x80]], // U+1680
  0xe2: [
    ...Array.from({ length: 0x0e }, (_, i) => [0x80, 0x80 + i]), // U+2000–U+200D
    [0x80, 0xa8], [0x80, 0xa9], [0x80, 0xaf], // U+2028, U+2029, U+202F
    [0x81, 0x9f], [0x81, 0xa0] // U+205F, U+2060
  ],
  0xe3: [[0x80, 0x80]], // U+3000
  0xef: [[0xbb, 0xbf]] // U+FEFF
};

/** Whether `bytes` holds a DIRTY_SEQUENCES character that starts before `end`. */
function hasDirtySequence(bytes: Buffer, end: number): boolean {
  for (const [lead, tails] of Object.entries(DIRTY_SEQUENCES)) {
    for (let i = bytes.indexOf(Number(lead)); i !== -1 && i < end; i = bytes.indexOf(Number(lead), i + 1)) {
      if (tails.some((t) => t.every((b, k) => bytes[i + 1 + k] === b))) return true;
    }
  }
  return false;
}

/**
 * One pass over the bytes: line count; no quotes, CRs, blank lines or BOM to worry about; and
 * whether any byte could make a cell unclean (ByteFacts.plain).
 */
export function byteFacts(path: string, chunkBytes = 16 * 1024 * 1024): ByteFacts {
  const fd = openSync(path, "r");
  // The last two bytes of each read are kept before the next, so a three-byte character split
  // between two reads is still seen whole.
  const CARRY = 2;
  const buf = Buffer.alloc(CARRY + chunkBytes);
  let lines = 0;
  let pos = 0;
  let last = 10;
  let clean = true;
  let plain = true;
  let carried = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, CARRY, buf.length - CARRY, pos);
      if (n === 0) break;
      const chunk = buf.subarray(CARRY, CARRY + n);
      if (pos === 0 && chunk[0] === 0xef) clean = false;
      if (chunk.indexOf(0x22) !== -1 || chunk.indexOf(0x0d) !== -1) clean = false;
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
        const prev = i > 0 ? chunk[i - 1] : last;
        if (prev === 0x0a) clean = false; // a blank line would shift line numbers
        lines++;
      }
      if (plain) {
        const window = buf.subarray(CARRY - carried, CARRY + n);
        // A lead byte in the last two is checked again, whole, with the next read.
        plain = !DIRTY_BYTES.some((b) => chunk.indexOf(b) !== -1) && !hasDirtySequence(window, window.length - CARRY);
        carried = Math.min(CARRY, window.length);
        buf.copyWithin(CARRY - carried, CARRY + n - carried, CARRY + n);
      }
      last = chunk[n - 1];
      pos += n;
      if (!clean) break;
    }
  } finally {
    closeSync(fd);
  }
  if (last !== 0x0a && pos > 0) lines++; // a last line without a line break
  // The file's last two bytes were never checked as a lead byte with its tail: they cannot start a
  // whole three-byte character, but a two-byte one (U+00A0) can.
  if (plain && carried > 0 && hasDirtySequence(buf.subarray(CARRY - carried, CARRY), carried)) plain = false;
  return { lines, clean, plain };
}
