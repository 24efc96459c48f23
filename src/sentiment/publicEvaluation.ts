/**
 * How the sentiment models did on public labelled review corpora, as measured by the real-data
 * suite (test/real/sentiment/sentiment.test.ts, on exactly the split the published
 * logistic-regression baselines used). The Feedback page quotes these in its methodology; the
 * suite fails when a figure here no longer matches what it measures, so the page cannot drift
 * from the code.
 */
export interface PublicScores {
  accuracy: number;
  balancedAccuracy: number;
  macroF1: number;
}

export interface PublicEvaluation {
  /** Set id as the real-data suite names it. */
  set: "ChnSentiCorp_htl_all.csv" | "waimai_10k.csv" | "reviews-en";
  name: { zh: string; en: string };
  /** Held-out items (the test half). */
  heldOut: number;
  majorityRate: number;
  /** The library's trained model (TF-IDF + logistic regression, balanced class weights). */
  model: PublicScores;
  /** The published baseline (REFERENCE-NUMBERS.md), reproduced by scikit-learn in the same run. */
  baseline: PublicScores;
  /** The lexicon fallback; "neutral" (no sentiment word) counts as a miss. */
  lexicon: PublicScores;
}

export const PUBLIC_EVALUATION: readonly PublicEvaluation[] = [
  {
    set: "ChnSentiCorp_htl_all.csv",
    name: { zh: "酒店评论（ChnSentiCorp）", en: "Hotel reviews (ChnSentiCorp, Chinese)" },
    heldOut: 3883,
    majorityRate: 0.685,
    model: { accuracy: 0.89, balancedAccuracy: 0.881, macroF1: 0.874 },
    baseline: { accuracy: 0.886, balancedAccuracy: 0.852, macroF1: 0.864 },
    lexicon: { accuracy: 0.778, balancedAccuracy: 0.778, macroF1: 0.784 }
  },
  {
    set: "waimai_10k.csv",
    name: { zh: "外卖评论（waimai_10k）", en: "Food-delivery reviews (waimai_10k, Chinese)" },
    heldOut: 5994,
    majorityRate: 0.666,
    model: { accuracy: 0.897, balancedAccuracy: 0.886, macroF1: 0.885 },
    baseline: { accuracy: 0.9, balancedAccuracy: 0.874, macroF1: 0.884 },
    lexicon: { accuracy: 0.673, balancedAccuracy: 0.706, macroF1: 0.759 }
  },
  {
    set: "reviews-en",
    name: { zh: "女装评论（英文，4–5 星 vs 1–2 星）", en: "Women's clothing reviews (English, 4–5 vs 1–2 stars)" },
    heldOut: 9910,
    majorityRate: 0.88,
    model: { accuracy: 0.948, balancedAccuracy: 0.907, macroF1: 0.884 },
    baseline: { accuracy: 0.939, balancedAccuracy: 0.781, macroF1: 0.83 },
    lexicon: { accuracy: 0.908, balancedAccuracy: 0.795, macroF1: 0.798 }
  }
];
