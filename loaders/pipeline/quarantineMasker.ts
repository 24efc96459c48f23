/**
 * The masker for quarantined records' raw text: it hides every personal value and every
 * pseudonymised id (4 characters or more) the load met, besides phones, e-mails and the other
 * structured patterns. A masker compiles what it remembers into one regular expression; with the
 * millions of visitor ids of a large log that expression alone took gigabytes, to mask a handful
 * of lines. A value that does not occur in a text cannot match in it, so this masker remembers
 * only the values that occur in the texts it is built for: the same output, for the memory of
 * the texts.
 */
import { createMasker, type Masker } from "../clean/maskPii.ts";
import { toHalfWidth } from "../clean/halfWidth.ts";
import type { OccurringMasker } from "../clean/occurringMasker.ts";
import type { IdMap } from "./idMap.ts";

/** Ids shorter than this are too likely to occur by chance in unrelated text (runPipeline's rule). */
export const MIN_ID_LENGTH = 4;
const BATCH = 500_000;

/** Every substring of the texts with one of the given lengths, in batches. */
function* substrings(texts: readonly string[], lengths: readonly number[]): Generator<Set<string>> {
  let batch = new Set<string>();
  for (const t of texts) {
    for (const n of lengths) {
      for (let i = 0; i + n <= t.length; i++) batch.add(t.slice(i, i + n));
    }
    if (batch.size >= BATCH) {
      yield batch;
      batch = new Set();
    }
  }
  if (batch.size) yield batch;
}

/**
 * @param personal the run's personal values (the free-text masker, which finds those in a text)
 * @param ids the run's id map; its ids are compared trimmed
 */
export async function quarantineMasker(
  texts: readonly string[],
  personal: Pick<OccurringMasker, "occurring">,
  ids: IdMap
): Promise<Masker> {
  const masker = createMasker();
  if (texts.length === 0) return masker;
  // The masker matches names in the text folded to half width.
  const folded = [...new Set(texts.map(toHalfWidth))];
  for (const t of folded) for (const v of personal.occurring(t)) masker.remember(v);
  const idLengths = (await ids.lengths()).filter((n) => n >= MIN_ID_LENGTH);
  for (const batch of substrings(folded, idLengths)) {
    for (const s of await ids.occurring(batch)) if (s.length >= MIN_ID_LENGTH) masker.remember(s);
  }
  return masker;
}
