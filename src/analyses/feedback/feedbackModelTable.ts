/**
 * How the sentiment was scored (feedback_model, one row per build): the method (model trained on
 * the shop's rated items, or the lexicon when too few were rated), the rated items it learnt from
 * and, for a model, its held-out accuracy, balanced accuracy and macro-F1 beside the majority
 * rate and the lexicon's balanced accuracy on the same items (nulls for the lexicon).
 */
import { defineQuery } from "../../query.js";

export interface FeedbackModelRow {
  method: string;
  rated_items: number;
  held_out: number | null;
  accuracy: number | null;
  balanced_accuracy: number | null;
  macro_f1: number | null;
  majority_rate: number | null;
  lexicon_balanced_accuracy: number | null;
}

export const FEEDBACK_MODEL_TABLE_SQL = `
SELECT method, rated_items, held_out, accuracy, balanced_accuracy, macro_f1, majority_rate, lexicon_balanced_accuracy
FROM feedback_model ORDER BY method`;

export const feedbackModelTable = defineQuery<Record<string, never>, FeedbackModelRow>("feedbackModelTable", FEEDBACK_MODEL_TABLE_SQL, () => []);
