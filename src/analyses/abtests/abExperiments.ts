/**
 * The experiments in the assignment export: id, first and last assignment, variants and the
 * visitors assigned to each (before any exclusion), for the page's picker.
 */
import { defineQuery } from "../../query.js";

export interface AbExperimentRow {
  experiment_id: string;
  first_at: string | null;
  last_at: string | null;
  variants: string;
  visitors: number;
}

export const AB_EXPERIMENTS_SQL = `
SELECT experiment_id, strftime(min(assigned_at), '%Y-%m-%d') AS first_at, strftime(max(assigned_at), '%Y-%m-%d') AS last_at,
  string_agg(DISTINCT variant, ',' ORDER BY variant) AS variants, count(DISTINCT visitor_id)::INTEGER AS visitors
FROM experiments GROUP BY experiment_id ORDER BY max(assigned_at) DESC NULLS LAST, experiment_id`;

export const abExperiments = defineQuery<Record<string, never>, AbExperimentRow>("abExperiments", AB_EXPERIMENTS_SQL, () => []);
