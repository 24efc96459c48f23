/**
 * Recognises a file from its first 64 KB only, so the pipeline can order files (people-bearing
 * exports first, so names seen there are masked in every free text read later) and pick the
 * shop's time zone before mapping any row.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { decodeText } from "../io/decodeText.ts";
import { csvRecords, sniffDelimiter } from "../io/csvRecords.ts";
import { detectPreset } from "../presets/index.ts";
import { presetForOverride } from "./presetForOverride.ts";
import type { Preset } from "../presets/preset.ts";
import type { SourceOverride } from "./config.ts";
import { normaliseHeader } from "./readSourceFile.ts";

const HEAD_BYTES = 64 * 1024;

export function peekPreset(path: string, relPath: string, override?: SourceOverride): Preset | null {
  if (override?.preset) return presetForOverride(override);
  if (/\.(xlsx|json|jsonl|ndjson)$/i.test(relPath)) return null;
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(HEAD_BYTES);
  const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
  closeSync(fd);
  // Cut at the last newline: 0x0A never occurs inside a UTF-8 or GB18030 multi-byte character.
  const cut = n < HEAD_BYTES ? n : buf.lastIndexOf(0x0a, n - 1) + 1 || n;
  const { text } = decodeText(buf.subarray(0, cut));
  const fileName = relPath.split("/").pop() ?? relPath;
  let best: { preset: Preset; score: number } | null = null;
  for (const delimiter of [sniffDelimiter(text), "whitespace"]) {
    let i = 0;
    for (const r of csvRecords(text, { delimiter })) {
      const d = detectPreset({ fileName, header: r.fields.map(normaliseHeader) });
      if (d && (!best || d.score > best.score)) best = d;
      if (++i >= 10) break;
    }
  }
  return best?.preset ?? null;
}
