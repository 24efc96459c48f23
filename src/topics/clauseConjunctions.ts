/**
 * Words that start a new clause inside a sentence with no punctuation to mark it: 物流很快但是包装
 * 有点简陋 holds two opinions about two aspects, and the opinion miner must not pair 物流 with 简陋.
 * Matched against whole tokens (jieba keeps 但是 and 不过 whole), never as substrings: 不过 inside
 * 不过敏 is not a "but".
 */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([
  "但", "但是", "不过", "可是", "然而", "只是", "却",
  "but", "however", "although", "though", "whereas", "except"
]);
