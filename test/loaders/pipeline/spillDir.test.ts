/**
 * Every load spills into a folder of its own and removes it however it ends; folders left by
 * killed loads are removed by the next one, never those of loads still running.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createSpillDir, removeOrphanedSpillDirs, removeSpillDir } from "../../../loaders/pipeline/spillDir.ts";
import { runPipeline } from "../../../loaders/pipeline/runPipeline.ts";

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
};

/** The id of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

describe("spill folders", () => {
  it("gives each load its own folder, named after its process", () => {
    const parent = fresh("spill-");
    const a = createSpillDir(parent);
    const b = createSpillDir(parent);
    expect(a).not.toBe(b);
    expect(readdirSync(parent).sort()).toEqual([a, b].map((d) => d.slice(parent.length + 1)).sort());
    expect(readdirSync(parent).every((n) => n.startsWith(`shoplens-duckdb-${process.pid}-`))).toBe(true);
    removeSpillDir(a);
    expect(readdirSync(parent)).toHaveLength(1);
  });

  it("removes the folders of loads whose process is gone, and only those", () => {
    const parent = fresh("spill-");
    const dead = deadPid();
    for (const name of [`shoplens-duckdb-${dead}-abc123`, `shoplens-duckdb-${process.pid}-def456`, `shoplens-duckdb-${process.ppid}-ghi789`, "shoplens-duckdb", "other-1-x"]) {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, "duckdb_temp_storage_S32K-0.tmp"), "spilled");
    }
    expect(removeOrphanedSpillDirs(parent)).toEqual([`shoplens-duckdb-${dead}-abc123`]);
    expect(readdirSync(parent).sort()).toEqual(["other-1-x", "shoplens-duckdb", `shoplens-duckdb-${process.pid}-def456`, `shoplens-duckdb-${process.ppid}-ghi789`].sort());
  });

  it("is removed when a load ends, and when it fails", async () => {
    const root = fresh("spill-run-");
    const data = join(root, "data");
    mkdirSync(join(data, "events"), { recursive: true });
    writeFileSync(join(data, "events", "log.csv"), "event_time,visitor_id,event_type\n2024-03-01T08:05:00+08:00,v1,pv\n");
    writeFileSync(join(root, "not-a-folder"), "");
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = join(root, "tmp");
    mkdirSync(process.env.TMPDIR);
    try {
      await runPipeline({ dataDir: data, outDir: join(root, "out"), pseudonymKey: "k" });
      expect(readdirSync(process.env.TMPDIR)).toEqual([]);
      // The Parquet cannot be written under a file: the load fails after DuckDB has been used.
      await expect(runPipeline({ dataDir: data, outDir: join(root, "not-a-folder", "out"), pseudonymKey: "k" })).rejects.toThrow();
      expect(readdirSync(process.env.TMPDIR)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
