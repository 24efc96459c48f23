/**
 * Negation words, Chinese and English. They are kept OUT of both stop-word lists because the
 * sentiment lexicon flips the polarity of what follows them; a test checks the lists stay apart.
 * jieba often keeps a negation together with what it negates (不好, 不太好, 没想到, 别买,
 * 不怎么样), so a sentiment lexicon should list those forms too, not only 不 + 好.
 */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  "不", "没", "没有", "别", "无", "未", "非", "莫", "勿", "甭", "不要", "不用", "不会", "不能", "不是", "并非",
  "毫无", "从不", "从未", "绝不", "决不", "不太", "不怎么", "没什么",
  "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without", "cannot",
  "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't",
  "shouldn't", "couldn't", "hasn't", "haven't", "hadn't", "ain't"
]);
