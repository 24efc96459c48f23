/**
 * Runs the real pipeline over raw public files read in place from ../shared/datasets: the files
 * are symlinked (never copied) into a fresh folder under the OS temp dir, which becomes the data
 * folder. Nothing from the datasets is ever written inside the repository.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DATASETS } from "../reference/csv.ts";
import { runOnDir, type FixtureRun } from "../../helpers/runOnFiles.ts";
import { createPseudonymizer } from "../../../loaders/clean/pseudonymize.ts";
import type { QualityRow } from "../../../loaders/pipeline/runPipeline.ts";

export { DATASETS };
export const HAVE_DATASETS = existsSync(DATASETS);

/** Pseudonymisation key the real-data runs use (a test key, not a secret). */
export const REAL_KEY = "real-data-test-key";

/**
 * Builds a data folder of symlinks: `files` maps a name inside the data folder to a path relative
 * to the datasets folder. Returns the data folder.
 */
export function linkDataDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "shoplens-real-"));
  const dataDir = join(root, "data");
  for (const [name, rel] of Object.entries(files)) {
    const target = join(DATASETS, rel);
    if (!existsSync(target)) throw new Error(`dataset file missing: ${target}`);
    const link = join(dataDir, name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link);
  }
  return dataDir;
}

/**
 * Symlinks the files and runs the whole pipeline on them (internal mode). close() also removes
 * the temp folder (the links and the written Parquet; never the linked files).
 */
export async function runReal(files: Record<string, string>): Promise<FixtureRun> {
  const dataDir = linkDataDir(files);
  const root = dirname(dataDir);
  const run = await runOnDir(dataDir, { key: REAL_KEY, outDir: join(root, "out") });
  return {
    ...run,
    close() {
      run.close();
      rmSync(root, { recursive: true, force: true });
    }
  };
}

/** What the quality table's documented identity says rows_read must equal. */
export function accountedFor(q: QualityRow | Record<string, unknown>): number {
  const n = (k: string) => Number((q as Record<string, unknown>)[k]);
  return (
    n("rows_written") - n("rows_derived") + n("rows_quarantined") + n("rows_excluded") + n("rows_merged") +
    n("duplicates_exact") + n("duplicates_key") + n("superseded")
  );
}

/** A pseudonymous customer key: `c_` + 16 lowercase hex characters. */
export const PSEUDONYM = /^c_[0-9a-f]{16}$/;

/** Counts of values as a plain object, for comparing against the reference's count objects. */
export function countBy<T>(xs: Iterable<T>, key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) {
    const k = key(x);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Rounds to cents, so DOUBLE sums compare with the reference's exact cents. */
export const cents = (x: number) => Math.round(x * 100) / 100;

/** The pseudonym the pipeline gives a raw id under REAL_KEY (to compare per-person numbers). */
export const pseudonymOf = createPseudonymizer(REAL_KEY);

/** Every person-key column of the canonical tables, for the "no raw customer key" check. */
export const PERSON_COLUMNS = [
  ["customers", "customer_id"],
  ["orders", "customer_id"],
  ["events", "customer_id"],
  ["events", "visitor_id"],
  ["feedback", "customer_id"],
  ["searches", "visitor_id"],
  ["experiments", "visitor_id"]
] as const;

/** Person-key values in the written Parquet that are not `c_` + 16 hex (a few per column); [] when clean. */
export async function rawPersonKeys(db: FixtureRun["db"]): Promise<{ table: string; column: string; value: string }[]> {
  const out: { table: string; column: string; value: string }[] = [];
  for (const [t, c] of PERSON_COLUMNS) {
    const rows = await db.query<{ v: string }>(
      `SELECT DISTINCT "${c}" AS v FROM "${t}" WHERE "${c}" IS NOT NULL AND NOT regexp_full_match("${c}", '^c_[0-9a-f]{16}$') LIMIT 5`
    );
    out.push(...rows.map((r) => ({ table: t, column: c, value: r.v })));
  }
  return out;
}

/** A describe title that says where the data comes from, or why the block is skipped. */
export function realTitle(name: string): string {
  return HAVE_DATASETS
    ? `${name} (real data read in place from ${DATASETS})`
    : `${name} — skipped: no datasets folder at ${DATASETS} (expected ../shared/datasets beside the repository, or SHOPLENS_DATASETS)`;
}
