import { describe, expect, it } from "vitest";
import { createRng } from "../../../src/clv/rng.ts";
import { fitNmf } from "../../../src/topics/fitNmf.ts";
import { symmetricEigen } from "../../../src/topics/symmetricEigen.ts";
import { tfidfMatrix } from "../../../src/topics/tfidfMatrix.ts";
import { topicModel } from "../../../src/topics/topicModel.ts";
import { truncatedSvd } from "../../../src/topics/truncatedSvd.ts";

// Three themes a shop's reviews might have, with no word in common, and words every review uses.
const THEMES = {
  logistics: ["物流", "快递", "发货", "速度", "到货", "包裹", "派送", "顺丰", "隔天", "快递员", "催单", "延迟"],
  fabric: ["面料", "做工", "线头", "起球", "缩水", "掉色", "厚实", "柔软", "透气", "走线", "纯棉", "手感"],
  skincare: ["保湿", "补水", "美白", "肤质", "吸收", "清爽", "油腻", "过敏", "滋润", "敏感肌", "精华", "乳液"]
} as const;
const COMMON = ["好评", "满意", "推荐", "回购", "喜欢", "不错", "还行", "下次", "朋友", "值得"];
type Theme = keyof typeof THEMES;

/** `perTheme` documents per theme, shuffled: 6–12 tokens, three in four from the theme. */
function corpus(perTheme: number, seed: number): { docs: string[][]; theme: Theme[] } {
  const rng = createRng(seed);
  const themes = (Object.keys(THEMES) as Theme[]).flatMap((t) => Array<Theme>(perTheme).fill(t));
  for (let i = themes.length - 1; i > 0; i--) {
    const j = rng.integer(0, i);
    [themes[i], themes[j]] = [themes[j]!, themes[i]!];
  }
  const docs = themes.map((t) => {
    const words = THEMES[t];
    return Array.from({ length: rng.integer(6, 12) }, () => (rng.uniform() < 0.75 ? words[rng.integer(0, words.length - 1)]! : COMMON[rng.integer(0, COMMON.length - 1)]!));
  });
  return { docs, theme: themes };
}

const themeOf = (term: string): Theme | "common" => (Object.keys(THEMES) as Theme[]).find((t) => (THEMES[t] as readonly string[]).includes(term)) ?? "common";

describe("topicModel on a synthetic corpus with three separate themes", () => {
  const { docs, theme } = corpus(300, 42);
  const model = topicModel(docs, { topics: 3 });

  it("recovers each theme as one topic: every top term of a topic comes from one theme", () => {
    const found = model.topics.map((topic) => {
      const themes = new Set(topic.topTerms.slice(0, 8).map((t) => themeOf(t.term)));
      expect(themes.size, topic.label).toBe(1);
      return [...themes][0];
    });
    expect(new Set(found)).toEqual(new Set(["logistics", "fabric", "skincare"]));
    expect(model.converged).toBe(true);
  });

  it("gives nearly every document the topic of its theme, with most of its weight", () => {
    const topicTheme = model.topics.map((t) => themeOf(t.topTerms[0]!.term));
    let right = 0;
    docs.forEach((_, i) => {
      if (topicTheme[model.dominantTopic[i]!] === theme[i]) right++;
    });
    expect(right / docs.length).toBeGreaterThan(0.97);
    const meanWeight = model.dominantWeight.reduce((a, b) => a + b, 0) / docs.length;
    expect(meanWeight).toBeGreaterThan(0.8);
    expect(model.topics.reduce((a, t) => a + t.documents, 0)).toBe(docs.length);
    expect(model.topics.reduce((a, t) => a + t.share, 0)).toBeCloseTo(1, 12);
  });

  it("returns unit-length topic–term vectors over the vocabulary, named by their top terms", () => {
    expect(model.topicTermWeights).toHaveLength(3);
    for (const [t, weights] of model.topicTermWeights.entries()) {
      expect(weights).toHaveLength(model.vocabulary.length);
      expect(Math.hypot(...weights)).toBeCloseTo(1, 12);
      expect(model.topics[t]!.label).toBe(model.topics[t]!.topTerms.slice(0, 3).map((x) => x.term).join(" · "));
    }
    expect(model.documentTopics).toHaveLength(docs.length * 3);
  });

  it("is deterministic: the same input gives identical output", () => {
    const again = topicModel(docs.map((d) => [...d]), { topics: 3 });
    expect(again).toEqual(model);
    expect(again.documentTopics).toEqual(model.documentTopics);
  });

  it("fits on a seeded sample above maxDocuments, says so, and still scores every document", () => {
    const sampled = topicModel(docs, { topics: 3, maxDocuments: 300 });
    expect(sampled.sampled).toBe(true);
    expect(sampled.fittedDocuments).toBe(300);
    expect(sampled.documentCount).toBe(900);
    expect(sampled.dominantTopic).toHaveLength(900);
    const topicTheme = sampled.topics.map((t) => themeOf(t.topTerms[0]!.term));
    expect(new Set(topicTheme)).toEqual(new Set(["logistics", "fabric", "skincare"]));
    const right = docs.filter((_, i) => topicTheme[sampled.dominantTopic[i]!] === theme[i]).length;
    expect(right / docs.length).toBeGreaterThan(0.97);
    expect(topicModel(docs, { topics: 3, maxDocuments: 300 })).toEqual(sampled);
    expect(model.sampled).toBe(false);
  });

  it("marks documents with no vocabulary term as having no topic", () => {
    const withEmpty = topicModel([...docs, [], ["独一无二"]], { topics: 3 });
    expect(withEmpty.dominantTopic[900]).toBe(-1);
    expect(withEmpty.dominantTopic[901]).toBe(-1);
    expect(withEmpty.dominantWeight[901]).toBe(0);
  });

  it("refuses to find more topics than the text can hold", () => {
    expect(() => topicModel([["a", "b"], ["a", "b"]], { topics: 3 })).toThrow(/too little text/);
    expect(() => topicModel(docs, { topics: 0 })).toThrow(/topics/);
  });
});

describe("tfidfMatrix", () => {
  it("builds scikit-learn's default TF-IDF rows on a capped vocabulary", () => {
    const docs = [["a", "b", "b"], ["a", "c"], ["b", "c", "d"], ["a", "2", "2"], ["e"]];
    const { matrix, vocabulary, documentFrequency, idf } = tfidfMatrix(docs, { minDocumentFrequency: 2, maxDocumentShare: 1 });
    // d and e are in one document each; "2" is a number; a, b, c in two or three (ties by code unit).
    expect(vocabulary).toEqual(["a", "b", "c"]);
    expect([...documentFrequency]).toEqual([3, 2, 2]);
    expect(idf[0]).toBeCloseTo(Math.log(6 / 4) + 1, 14);
    // Row 0: a once, b twice, unit length.
    const ia = Math.log(6 / 4) + 1, ib = Math.log(6 / 3) + 1;
    const norm = Math.hypot(ia, 2 * ib);
    expect([...matrix.colIndex.subarray(0, 2)]).toEqual([0, 1]);
    expect(matrix.values[0]).toBeCloseTo(ia / norm, 14);
    expect(matrix.values[1]).toBeCloseTo((2 * ib) / norm, 14);
    expect(matrix.rowStart[5]! - matrix.rowStart[4]!).toBe(0);
    expect(tfidfMatrix(docs, { minDocumentFrequency: 2, maxTerms: 1, maxDocumentShare: 1 }).vocabulary).toEqual(["a"]);
    expect(tfidfMatrix(docs, { minDocumentFrequency: 2, maxDocumentShare: 0.5 }).vocabulary).toEqual(["b", "c"]);
  });
});

describe("truncatedSvd and fitNmf", () => {
  // A 40 × 12 non-negative matrix of exact rank 3.
  const rng = createRng(5);
  const [rows, cols, k] = [40, 12, 3];
  const w0 = Float64Array.from({ length: rows * k }, () => rng.uniform());
  const h0 = Float64Array.from({ length: k * cols }, () => rng.uniform());
  const dense = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) for (let t = 0; t < k; t++) dense[i * cols + j] += w0[i * k + t]! * h0[t * cols + j]!;
  const rowStart = Int32Array.from({ length: rows + 1 }, (_, i) => i * cols);
  const colIndex = Int32Array.from({ length: rows * cols }, (_, p) => p % cols);
  const a = { rows, cols, rowStart, colIndex, values: dense };

  it("finds the singular values of a dense computation", () => {
    const ata = new Float64Array(cols * cols);
    for (let i = 0; i < rows; i++) for (let r = 0; r < cols; r++) for (let c = 0; c < cols; c++) ata[r * cols + c] += dense[i * cols + r]! * dense[i * cols + c]!;
    const exact = symmetricEigen(ata, cols).values.slice(0, 3).map(Math.sqrt);
    const svd = truncatedSvd(a, 3, { seed: 3 });
    for (let t = 0; t < 3; t++) expect(svd.s[t]! / exact[t]!).toBeCloseTo(1, 10);
  });

  it("factorises an exactly low-rank non-negative matrix almost exactly, the error never rising", () => {
    const w = Float64Array.from({ length: rows * k }, () => 0.5);
    const h = Float64Array.from({ length: k * cols }, (_, p) => 0.3 + 0.1 * (p % 5));
    const errors = [1, 10, 100, 3000].map((maxIterations) => {
      const [ww, hh] = [w.slice(), h.slice()];
      return fitNmf(a, ww, hh, k, { maxIterations, tolerance: 0 }).relativeError;
    });
    for (let i = 1; i < errors.length; i++) expect(errors[i]!).toBeLessThanOrEqual(errors[i - 1]! + 1e-12);
    expect(errors.at(-1)!).toBeLessThan(1e-5);
  });
});
