import { stemEnglish } from "../text/stemEnglish.js";
import { OPINION_WORDS } from "./opinionWords.js";
import { peelPrefixes } from "./peelPrefixes.js";

const HAN = /\p{Script=Han}/u;
const STEMS: ReadonlySet<string> = new Set([...OPINION_WORDS].filter((w) => !HAN.test(w)).map(stemEnglish));

/**
 * Whether a token expresses an opinion (see opinionWords.ts), and whether a negation glued to
 * its front turns it round: 不快 → negated, 很快 → not, 不错 → not (a lexicon word as a whole).
 * Null for anything else. Negations that are tokens of their own are the caller's business.
 */
export function readOpinion(token: string): { readonly negated: boolean } | null {
  if (OPINION_WORDS.has(token)) return { negated: false };
  if (!HAN.test(token)) return STEMS.has(token) || STEMS.has(stemEnglish(token)) ? { negated: false } : null;
  const { core, negated } = peelPrefixes(token);
  return core !== token && OPINION_WORDS.has(core) ? { negated } : null;
}
