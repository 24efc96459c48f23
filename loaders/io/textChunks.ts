/**
 * Reads a large export piece by piece: V8 strings stop at about 512 MB, and a 10-million-line
 * behaviour log is larger than that. The encoding is decided on the first piece (BOM, else valid
 * UTF-8, else GB18030); later pieces are decoded with a streaming decoder, so a multi-byte
 * character split across two reads is still decoded whole.
 */
import { closeSync, openSync, readSync } from "node:fs";
import iconv from "iconv-lite";
import { decodeText, type TextEncodingName } from "./decodeText.ts";

export interface TextChunks {
  encoding: TextEncodingName;
  chunks: Generator<string>;
}

const BOMS: Record<string, number> = { "utf-8-bom": 3, "utf-16le": 2, "utf-16be": 2 };

export function textChunks(path: string, chunkBytes = 32 * 1024 * 1024): TextChunks {
  const fd = openSync(path, "r");
  const first = Buffer.alloc(chunkBytes);
  const n = readSync(fd, first, 0, chunkBytes, 0);
  // Decide the encoding on whole lines: 0x0A never occurs inside a UTF-8 or GB18030 character.
  const probeEnd = n < chunkBytes ? n : first.lastIndexOf(0x0a, n - 1) + 1 || n;
  const { encoding } = decodeText(first.subarray(0, Math.min(probeEnd, 4 * 1024 * 1024)));
  const decoder = makeDecoder(encoding, path);
  function* gen(): Generator<string> {
    try {
      let buf = first.subarray(BOMS[encoding] ?? 0, n);
      let pos = n;
      for (;;) {
        const text = decoder.write(buf, pos);
        if (text) yield text;
        if (buf.length === 0 || pos === -1) break;
        const next = Buffer.alloc(chunkBytes);
        const got = readSync(fd, next, 0, chunkBytes, pos);
        if (got === 0) {
          const tail = decoder.end();
          if (tail) yield tail;
          break;
        }
        buf = next.subarray(0, got);
        pos += got;
      }
    } finally {
      closeSync(fd);
    }
  }
  return { encoding, chunks: gen() };
}

function makeDecoder(encoding: TextEncodingName, path: string) {
  if (encoding === "gb18030") {
    const d = iconv.getDecoder("gb18030");
    return { write: (b: Buffer) => d.write(b), end: () => d.end() ?? "" };
  }
  const label = encoding === "utf-16le" || encoding === "utf-16be" ? encoding : "utf-8";
  // fatal: a file that turns out not to be UTF-8 halfway through is an error, not silent U+FFFD.
  const d = new TextDecoder(label, { fatal: true });
  return {
    write: (b: Buffer, pos: number) => {
      try {
        return d.decode(b, { stream: true });
      } catch {
        throw new Error(`${path}: not valid ${label} near byte ${pos} (the start of the file looked like ${label}); re-save it as UTF-8`);
      }
    },
    end: () => d.decode()
  };
}
