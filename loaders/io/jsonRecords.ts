/**
 * Reads JSON exports record by record: JSON Lines (one object per line) or one top-level array
 * of objects. Each record keeps its raw text and starting line so a bad one can be quarantined
 * with a pointer into the file, and the rest still load.
 */

export interface JsonRecord {
  /** 1-based line where the record starts. */
  line: number;
  /** The object, or null when the record is not a JSON object. */
  value: Record<string, unknown> | null;
  raw: string;
  error?: string;
}

export function* jsonRecords(text: string): Generator<JsonRecord> {
  const start = firstNonBlank(text);
  if (start !== -1 && text[start] === "[") yield* arrayRecords(text, start);
  else yield* lineRecords(text);
}

function firstNonBlank(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : -1;
}

function toRecord(line: number, raw: string, parsed: unknown): JsonRecord {
  if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
    return { line, value: parsed as Record<string, unknown>, raw };
  }
  return { line, value: null, raw, error: "not a JSON object" };
}

function* lineRecords(text: string): Generator<JsonRecord> {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === "") continue;
    try {
      yield toRecord(i + 1, raw, JSON.parse(raw));
    } catch (e) {
      yield { line: i + 1, value: null, raw, error: (e as Error).message };
    }
  }
}

/**
 * Splits a top-level array into its elements by scanning brackets outside strings, then parses
 * each element on its own: one malformed element costs one record, not the whole file. When the
 * array itself is broken (unbalanced), the remainder becomes a single error record.
 */
function* arrayRecords(text: string, open: number): Generator<JsonRecord> {
  let line = 1 + countBreaks(text, 0, open);
  let i = open + 1;
  let elementStart = -1;
  let elementLine = line;
  let depth = 0;
  let inString = false;
  const finish = function (end: number): JsonRecord | null {
    if (elementStart === -1) return null;
    const raw = text.slice(elementStart, end).trim();
    elementStart = -1;
    try {
      return toRecord(elementLine, raw, JSON.parse(raw));
    } catch (e) {
      return { line: elementLine, value: null, raw, error: (e as Error).message };
    }
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (elementStart === -1 && depth === 0) {
      if (c === "]") {
        const rest = text.slice(i + 1).trim();
        if (rest !== "") yield { line, value: null, raw: rest, error: "unexpected text after the JSON array" };
        return;
      }
      if (c === "," || /\s/.test(c)) continue;
      elementStart = i;
      elementLine = line;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      if (depth === 0) {
        // "]" closing the top-level array right after an element.
        const r = finish(i);
        if (r) yield r;
        const rest = text.slice(i + 1).trim();
        if (rest !== "") yield { line, value: null, raw: rest, error: "unexpected text after the JSON array" };
        return;
      }
      depth--;
    } else if (c === "," && depth === 0) {
      const r = finish(i);
      if (r) yield r;
    }
  }
  const r = finish(text.length);
  if (r) yield r;
  yield { line, value: null, raw: "", error: "JSON array is not closed" };
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) n++;
  }
  return n;
}
