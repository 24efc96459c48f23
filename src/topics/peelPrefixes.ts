import { NEGATION_WORDS } from "../text/negationWords.js";
import { DEGREE_WORDS } from "./degreeWords.js";

const HAN = /\p{Script=Han}/u;
// Han negations and degree words, longest first, so 不太 is peeled before 不 and 没什么 before 没.
const PREFIXES = [...NEGATION_WORDS, ...DEGREE_WORDS].filter((w) => HAN.test(w)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/**
 * A Chinese token with the negation and degree words jieba glued to its front peeled off:
 * 不太好 → 好 (negated), 很快 → 快, 太贵 → 贵, 没什么 → 什么 (negated). At least one character is
 * always left, so 不 stays 不. Tokens without Han characters come back unchanged: English
 * negations are tokens of their own.
 */
export function peelPrefixes(token: string): { readonly core: string; readonly negated: boolean } {
  let core = token;
  let negated = false;
  if (!HAN.test(token)) return { core, negated };
  for (let peeled = true; peeled; ) {
    peeled = false;
    for (const prefix of PREFIXES) {
      if (core.length > prefix.length && core.startsWith(prefix)) {
        if (NEGATION_WORDS.has(prefix)) negated = !negated;
        core = core.slice(prefix.length);
        peeled = true;
        break;
      }
    }
  }
  return { core, negated };
}
