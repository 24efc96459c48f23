/**
 * A masker (maskPii.ts) for a large list of personal values. createMasker compiles every value it
 * remembers into one regular expression; with the million names, nicknames, phones and
 * addresses of a large shop that expression is ~14 million characters, and V8 took 40–80 s and
 * several gigabytes to compile it, then about half a millisecond per text to run it.
 *
 * A value that does not occur in a text cannot match in it. So this masker keeps the values in a
 * Set, finds those that occur in each text (substrings of the remembered lengths, looked up; in
 * the text folded to half width, where createMasker matches names) and lets a masker that
 * remembers only those mask the text: the same output as createMasker remembering everything,
 * for the memory of the Set.
 */
import { createMasker, type Masker } from "./maskPii.ts";
import { toHalfWidth } from "./halfWidth.ts";

export interface OccurringMasker extends Masker {
  /** The remembered values, trimmed, each at least 2 characters (as createMasker keeps them). */
  readonly values: ReadonlySet<string>;
  /** Their distinct lengths (UTF-16 code units). */
  readonly lengths: ReadonlySet<number>;
  /** The remembered values that occur in `text` (folded to half width, as names are matched). */
  occurring(text: string): Set<string>;
}

/** The first two UTF-16 code units of a string, as one number. */
const head = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

/**
 * The values among `values` that occur in `text`: at each position whose first two code units
 * begin some value (`heads`), every substring of a remembered length (`lengths`, ascending) is
 * looked up.
 */
export function valuesIn(
  text: string,
  values: ReadonlySet<string>,
  lengths: readonly number[],
  heads: ReadonlySet<number>,
  into = new Set<string>()
): Set<string> {
  for (let i = 0; i + 2 <= text.length; i++) {
    if (!heads.has(head(text, i))) continue;
    for (const n of lengths) {
      if (i + n > text.length) break;
      const s = text.slice(i, i + n);
      if (values.has(s)) into.add(s);
    }
  }
  return into;
}

export function createOccurringMasker(): OccurringMasker {
  const values = new Set<string>();
  const lengths = new Set<number>();
  const heads = new Set<number>();
  let sorted: number[] = [];
  let lengthsChanged = false;
  // Texts in which no remembered value occurs (most) share one masker without names.
  const plain = createMasker();
  const occurring = (text: string): Set<string> => {
    if (lengthsChanged) {
      sorted = [...lengths].sort((a, b) => a - b);
      lengthsChanged = false;
    }
    return valuesIn(toHalfWidth(text), values, sorted, heads);
  };
  return {
    values,
    lengths,
    occurring,
    remember(value: string) {
      const v = value.trim();
      if (v.length < 2 || values.has(v)) return;
      values.add(v);
      heads.add(head(v, 0));
      if (!lengths.has(v.length)) {
        lengths.add(v.length);
        lengthsChanged = true;
      }
    },
    mask(text: string): string {
      if (text === "") return text;
      const found = occurring(text);
      if (found.size === 0) return plain.mask(text);
      const m = createMasker();
      for (const v of found) m.remember(v);
      return m.mask(text);
    }
  };
}
