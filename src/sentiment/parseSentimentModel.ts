import { SENTIMENT_MODEL_FORMAT, type SentimentModel } from "./sentimentModel.js";

/**
 * Reads a saved model (its JSON text, or the value JSON.parse made of it) and checks it before
 * anything is scored with it: the format tag, one idf and one weight per term, finite numbers.
 * A stale or truncated model file then fails loudly at load instead of scoring quietly wrong.
 */
export function parseSentimentModel(input: string | unknown): SentimentModel {
  const m = (typeof input === "string" ? JSON.parse(input) : input) as Partial<SentimentModel> | null;
  const fail = (why: string): never => {
    throw new Error(`parseSentimentModel: ${why}`);
  };
  if (m === null || typeof m !== "object") return fail("not an object");
  if (m.format !== SENTIMENT_MODEL_FORMAT) return fail(`format is ${JSON.stringify(m.format)}, expected "${SENTIMENT_MODEL_FORMAT}"`);
  const { terms, idf, weights, bias } = m;
  if (!Array.isArray(terms) || !terms.every((t) => typeof t === "string")) return fail("terms must be an array of strings");
  for (const [name, list] of [["idf", idf], ["weights", weights]] as const) {
    if (!Array.isArray(list) || list.length !== terms.length) return fail(`${name} must hold one number per term (${terms.length})`);
    if (!list.every(Number.isFinite)) return fail(`${name} holds a value that is not a finite number`);
  }
  if (!Number.isFinite(bias)) return fail("bias must be a finite number");
  if (m.training === null || typeof m.training !== "object") return fail("training must be an object");
  return m as SentimentModel;
}
