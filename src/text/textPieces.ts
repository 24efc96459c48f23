import { userDictionary } from "./userDictionary.js";

export interface TextPiece {
  /** "phrase": a user-dictionary word kept whole; "han": a run of Han characters to segment; "other": the rest. */
  readonly kind: "phrase" | "han" | "other";
  readonly text: string;
}

const HAN_RUN = /(\p{Script=Han}+)/u;

/**
 * Normalised text cut into what each tokeniser handles: user-dictionary phrases that mix
 * scripts or hold a space ("t恤", "小米su7") first, since neither jieba nor the English rules
 * would keep them whole; then runs of Han characters for jieba; everything else (Latin words,
 * numbers, other scripts) for the English rules, so "3-seater" tokenises the same inside Chinese
 * text as in English text. Empty pieces are left out.
 */
export function textPieces(normalized: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const pattern = userDictionary.phrasePattern;
  (pattern ? normalized.split(pattern) : [normalized]).forEach((part, i) => {
    if (i % 2 === 1) pieces.push({ kind: "phrase", text: part });
    else
      part.split(HAN_RUN).forEach((run, j) => {
        if (j % 2 === 1) pieces.push({ kind: "han", text: run });
        else if (run.trim() !== "") pieces.push({ kind: "other", text: run.trim() });
      });
  });
  return pieces;
}
