import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS, normalizeText, tokenizeMany } from "../text/index.js";
import { CLAUSE_CONJUNCTIONS } from "./clauseConjunctions.js";
import { DEGREE_WORDS } from "./degreeWords.js";

/** One clause of a piece of feedback, tokenised for opinion mining. */
export interface FeedbackClause {
  /** Unstemmed tokens, stop words removed except degree words; negations kept. */
  readonly tokens: readonly string[];
  /** The clause normalised (normalizeText), to confirm words the segmenter split. */
  readonly normalized: string;
}

// Clause marks after NFKC (which already turned ，！？；： into ASCII), the Chinese marks NFKC
// leaves alone, line breaks, a point that is not a decimal point, and a space between two Han
// characters (物流很快 质量很好: in Chinese text a space separates clauses, not words).
const CLAUSE_BREAK = /[,!?;:~、。…\n\r]+|(?<!\d)\.|\.(?!\d)|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/**
 * Feedback texts cut into clauses: at punctuation first, then at a contrast word (但是, 不过,
 * but, however: see clauseConjunctions.ts). Tokens come from tokenizeMany, one batch for all
 * clauses, unstemmed (opinions are shown as written: "damaged", not "damag") and with stop words
 * dropped here rather than there, so degree words (很, too) survive to join their opinion.
 * Clauses without tokens are left out.
 */
export function feedbackClauses(texts: readonly string[]): FeedbackClause[][] {
  const pieces: string[] = [];
  const owner: number[] = [];
  texts.forEach((text, i) => {
    for (const piece of (text ?? "").normalize("NFKC").split(CLAUSE_BREAK)) {
      if (piece.trim() === "") continue;
      pieces.push(piece);
      owner.push(i);
    }
  });
  const tokenized = tokenizeMany(pieces, { stem: false, keepStopWords: true });
  const result: FeedbackClause[][] = texts.map(() => []);
  tokenized.forEach((tokens, p) => {
    const normalized = normalizeText(pieces[p]!);
    let clause: string[] = [];
    const flush = () => {
      if (clause.length > 0) result[owner[p]!]!.push({ tokens: clause, normalized });
      clause = [];
    };
    for (const token of tokens) {
      if (CLAUSE_CONJUNCTIONS.has(token)) flush();
      else if (DEGREE_WORDS.has(token) || !(CHINESE_STOP_WORDS.has(token) || ENGLISH_STOP_WORDS.has(token))) clause.push(token);
    }
    flush();
  });
  return result;
}
