/**
 * Runs the real pipeline on a handful of files written to a temporary folder, then opens its
 * Parquet output for querying. Fixtures stay tiny and inline in the tests that use this.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { nodeDb } from "../../loaders/nodeDb.ts";
import { runPipeline, type PipelineResult, type PublishMode } from "../../loaders/pipeline/runPipeline.ts";
import type { Db } from "../../src/query.ts";

export interface FixtureRun extends PipelineResult {
  outDir: string;
  dataDir: string;
  /** Queries the written Parquet: every table is a view over its file. */
  db: Db;
  close(): void;
}

export async function runOnFiles(
  files: Record<string, string | Uint8Array>,
  opts: { mode?: PublishMode; key?: string } = {}
): Promise<FixtureRun> {
  const root = mkdtempSync(join(tmpdir(), "shoplens-"));
  const dataDir = join(root, "data");
  for (const [name, content] of Object.entries(files)) {
    const path = join(dataDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return runOnDir(dataDir, { ...opts, outDir: join(root, "out") });
}

export async function runOnDir(
  dataDir: string,
  opts: { mode?: PublishMode; key?: string; outDir?: string } = {}
): Promise<FixtureRun> {
  const outDir = opts.outDir ?? join(mkdtempSync(join(tmpdir(), "shoplens-out-")), "out");
  const result = await runPipeline({ dataDir, outDir, pseudonymKey: opts.key ?? "test-key", mode: opts.mode });
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  for (const t of Object.keys(result.tableRows)) {
    await conn.run(`CREATE VIEW "${t}" AS SELECT * FROM read_parquet('${join(outDir, `${t}.parquet`)}')`);
  }
  return {
    ...result,
    outDir,
    dataDir,
    db: nodeDb(conn),
    close: () => {
      conn.closeSync();
      instance.closeSync();
    }
  };
}
