/**
 * The data-driven (NMF) topics as the build derived them from every item with text (not
 * re-derived per filter): topic index, top terms ('|'-joined, strongest first), the items whose
 * dominant topic it is, and their share of the items with modelled terms. Empty when the text was
 * too little to model.
 */
import { defineQuery } from "../../query.js";

export interface FeedbackTopicRow {
  topic: number;
  top_terms: string;
  documents: number;
  share: number;
}

export const FEEDBACK_TOPICS_TABLE_SQL = `SELECT topic, top_terms, documents, share FROM feedback_topics ORDER BY topic`;

export const feedbackTopicsTable = defineQuery<Record<string, never>, FeedbackTopicRow>("feedbackTopicsTable", FEEDBACK_TOPICS_TABLE_SQL, () => []);
