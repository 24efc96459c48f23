import { toHalfWidth } from "./halfWidth.ts";

/**
 * Masks personal data inside free text (buyer messages, reviews, complaints) before it is stored.
 * One combined regular expression does all structured patterns in a single pass, because it runs
 * over every free-text cell (a million reviews); values seen in personal columns (names,
 * nicknames) form a second expression, a prefix tree rebuilt only when the list grew.
 *
 * Where patterns compete, the match that starts first wins; at the same start the order of the
 * alternatives below decides. Long digit runs after 订单/order are order ids and kept.
 */

export interface Masker {
  /** Masks `value` (trimmed, ≥ 2 characters) as [NAME] wherever it occurs from now on. */
  remember(value: string): void;
  mask(text: string): string;
}

const ORDER_ID = String.raw`(?:订单(?:编号|号)?|[Oo]rder(?:\s*(?:[Ii][Dd]|[Nn]o\.?|[Nn]umber|#))?|ORDER(?:\s*(?:ID|NO\.?|NUMBER|#))?)[\s:：#]*\d{16,19}(?!\d)`;
const EMAIL = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;
// 6-digit region, birth date 18xx–20xx, 3-digit sequence, check digit (X for 10).
const ID = String.raw`(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])`;
const CARD = String.raw`(?<![\d.])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![\d.])`;
const MOBILE = String.raw`(?<![\d.])(?:(?:\+|00)86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![\d.])`;
const LANDLINE = String.raw`(?<![\d.])(?:0\d{2,3}-\d{7,8}|\(0\d{2,3}\)\s?\d{7,8})(?![\d.])`;
// A road name, a number and optional building/unit/room parts (科技园路1号5栋301室), a lane
// (长乐路100弄), or a bare building-room or room number (5栋301室, 1502室).
const UNIT = String.raw`\s?\d+(?:-\d+)?(?:号楼|号|弄|栋|幢|座|单元|楼|层|室)`;
// The earliest possible start wins, so without a guard "寄到科技园路1号" would lose "寄到" too:
// a road name does not start with these lead-in words.
const NOT_LEAD = String.raw`(?!地址|收货|位于|[我你他她在到寄送住址是于往至的请放])`;
const ADDRESS =
  String.raw`${NOT_LEAD}[\u4e00-\u9fff]{1,8}(?:路|街|大道|巷)\s?\d+(?:-\d+)?(?:号|弄)(?:${UNIT})*` +
  String.raw`|(?<!\d)\d+(?:栋|幢|号楼)(?:${UNIT})+` +
  String.raw`|(?<!\d)\d{3,4}室`;

const STRUCTURED = [
  `(?<keep>${ORDER_ID})`,
  `(?<email>${EMAIL})`,
  `(?<id>${ID})`,
  `(?<card>${CARD})`,
  `(?<phone>${MOBILE}|${LANDLINE})`,
  `(?<address>${ADDRESS})`
].join("|");

const TOKEN: Record<string, string> = {
  email: "[EMAIL]",
  id: "[ID]",
  card: "[CARD]",
  phone: "[PHONE]",
  address: "[ADDRESS]",
  name: "[NAME]"
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface Trie {
  [ch: string]: Trie;
}
const END = "";

/**
 * A regex source matching any of `values`, factored as a prefix tree so the engine branches on
 * one character at a time instead of trying thousands of names at each position. Longer
 * continuations come before the end marker, so the longest remembered value wins.
 */
export function literalAlternation(values: Iterable<string>): string {
  const root: Trie = {};
  for (const v of values) {
    let node = root;
    for (const ch of v) node = node[ch] ??= {};
    node[END] = {};
  }
  const build = (node: Trie): string => {
    const keys = Object.keys(node).filter((k) => k !== END);
    const branches = keys.map((k) => escapeRegExp(k) + build(node[k]));
    const optional = END in node;
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    return optional ? `(?:${body})?` : body;
  };
  return build(root);
}

function nextMatch(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

/** The token for a structured match, or the matched text itself for a kept order id. */
function tokenFor(m: RegExpExecArray, original: string): string {
  const groups = m.groups!;
  if (groups.keep !== undefined) return original;
  for (const k in TOKEN) if (groups[k] !== undefined) return TOKEN[k];
  return original;
}

export function createMasker(): Masker {
  const names = new Set<string>();
  let nameRegex: RegExp | null = null;
  let namesChanged = false;
  const structured = new RegExp(STRUCTURED, "gu");
  return {
    remember(value: string) {
      const v = value.trim();
      if (v.length < 2 || names.has(v)) return;
      names.add(v);
      namesChanged = true;
    },
    mask(text: string): string {
      if (text === "") return text;
      if (namesChanged) {
        nameRegex = new RegExp(literalAlternation(names), "gu");
        namesChanged = false;
      }
      // Full-width digits (１３８…) must not slip through. Folding keeps every character at its
      // index, so matches found in the folded text are cut from the original, which stays as typed.
      const folded = toHalfWidth(text);
      // Two regexes scanned in step behave like one alternation "structured | names" (leftmost
      // match wins, structured first at the same start), but stay fast: V8 runs a prefix tree of
      // 50k names alone quickly, while one regex holding both was ~50x slower.
      let out = "";
      let cursor = 0;
      let s = nextMatch(structured, folded, 0);
      let n = nameRegex ? nextMatch(nameRegex, folded, 0) : null;
      for (;;) {
        if (s && s.index < cursor) s = nextMatch(structured, folded, cursor);
        if (n && n.index < cursor) n = nextMatch(nameRegex!, folded, cursor);
        const m = n && (!s || n.index < s.index) ? n : s;
        if (!m) break;
        const original = text.slice(m.index, m.index + m[0].length);
        out += text.slice(cursor, m.index) + (m === n ? TOKEN.name : tokenFor(m, original));
        cursor = m.index + m[0].length;
      }
      return cursor === 0 ? text : out + text.slice(cursor);
    }
  };
}
