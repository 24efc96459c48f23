/**
 * Shared text processing for search queries and reviews, Chinese and English: normalisation,
 * jieba segmentation with an e-commerce user dictionary, English tokens with Porter stems, stop
 * words and negations. Build-time (Node) code: jieba-wasm's Node entry loads its wasm from
 * node_modules at import, synchronously; nothing is fetched. The user dictionary and the memos
 * are per process (see userDictionary.ts).
 */
export { normalizeText, type NormalizeOptions } from "./normalizeText.js";
export { SPELLING_VARIANTS, type SpellingVariant } from "./spellingVariants.js";
export { DEFAULT_USER_WORDS, userDictionary, type UserDictionary, type UserWord } from "./userDictionary.js";
export { segmentChinese, segmentChineseBatch } from "./segmentChinese.js";
export { tokenizeEnglish, type EnglishTokenOptions } from "./tokenizeEnglish.js";
export { stemEnglish } from "./stemEnglish.js";
export { detectLanguage } from "./detectLanguage.js";
export { CHINESE_STOP_WORDS } from "./chineseStopWords.js";
export { ENGLISH_STOP_WORDS } from "./englishStopWords.js";
export { NEGATION_WORDS } from "./negationWords.js";
export { tokenize } from "./tokenize.js";
export { tokenizeMany, type TokenizeOptions } from "./tokenizeMany.js";
