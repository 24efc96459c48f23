/**
 * A streaming CSV writer: rows are buffered as text and flushed in chunks (encoded to GB18030 for
 * Taobao exports), so a ten-million-line log never sits in memory as one string. Writes are
 * synchronous on purpose: the generator is single-threaded and the order of bytes must not depend
 * on I/O timing.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import iconv from "iconv-lite";

export interface CsvSinkOptions {
  readonly encoding?: "utf-8" | "gb18030";
  /** Prepend the UTF-8 byte order mark Excel writes. */
  readonly bom?: boolean;
  readonly eol?: "\n" | "\r\n";
}

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180 quoting: only cells with a comma, quote or line break are quoted. */
export function csvCell(value: string | number): string {
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(",");
}

export class CsvSink {
  private readonly fd: number;
  private buffer = "";
  private readonly encoding: "utf-8" | "gb18030";
  readonly eol: string;
  rows = 0;

  constructor(readonly path: string, options: CsvSinkOptions = {}) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, "w");
    this.encoding = options.encoding ?? "utf-8";
    this.eol = options.eol ?? "\n";
    if (options.bom) writeSync(this.fd, Buffer.from([0xef, 0xbb, 0xbf]));
  }

  /** Text written as is (preamble lines, a deliberately cut-off row). */
  raw(text: string): void {
    this.buffer += text;
    if (this.buffer.length > 1 << 18) this.flush();
  }

  row(cells: readonly (string | number)[]): void {
    this.raw(csvLine(cells) + this.eol);
    this.rows++;
  }

  private flush(): void {
    if (!this.buffer) return;
    const bytes = this.encoding === "gb18030" ? iconv.encode(this.buffer, "gb18030") : Buffer.from(this.buffer, "utf8");
    writeSync(this.fd, bytes);
    this.buffer = "";
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
