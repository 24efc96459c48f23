// Marks that end a sentence, and those that end a clause; a point before a digit (4.5) is neither.
const SENTENCE_END = new Set([..."。！？!?…."]);
const CLAUSE_END = new Set([...SENTENCE_END, ..."；，、,;:："]);
const TRAILING = /[\s。！？；，、,.!?;:：…—–-]+$/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * A quote shortened to at most `maxLength` characters (UTF-16 code units, so `.length` agrees
 * and no surrogate pair or emoji sequence is ever cut in half), whitespace and line breaks
 * collapsed to single spaces. A text that is too long is cut at the last sentence end that keeps
 * at least half the room, else at the last clause mark (，, ;), else at the last space, else
 * mid-text, and ends in "…" — which counts against the limit. Plain text in, plain text out: no
 * markup is added and none is escaped (that is the page's job when it renders).
 *
 *   trimQuote("物流很快，质量很好，就是尺码偏小，建议拍大一码", 12) → "物流很快，质量很好…"
 */
export function trimQuote(text: string, maxLength = 200): string {
  if (!(Number.isInteger(maxLength) && maxLength >= 2)) throw new Error(`invalid maxLength: ${maxLength}`);
  const flat = text.replace(/\s+/gu, " ").trim();
  if (flat.length <= maxLength) return flat;
  // Whole graphemes that fit in the room left for the ellipsis.
  const room = maxLength - 1;
  let head = "";
  for (const { segment } of graphemes.segment(flat)) {
    if (head.length + segment.length > room) break;
    head += segment;
  }
  const cut = (marks: ReadonlySet<string>): number => {
    let last = -1;
    for (let i = 0; i < head.length; i++) if (marks.has(head[i]!) && !(head[i] === "." && /\d/.test(flat[i + 1] ?? ""))) last = i;
    return last;
  };
  const half = room / 2;
  let end = cut(SENTENCE_END);
  if (end < half) end = cut(CLAUSE_END);
  if (end < half) end = head.lastIndexOf(" ");
  const body = (end >= half ? head.slice(0, end) : head).replace(TRAILING, "");
  return `${body === "" ? head : body}…`;
}
