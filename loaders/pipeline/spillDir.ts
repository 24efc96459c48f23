/**
 * DuckDB's spill folder for one load. Each load gets its own: DuckDB gives its spill files the
 * same names in every process (duckdb_temp_storage_S32K-0.tmp, …), so two loads sharing a folder
 * write over each other's spilled blocks, and the first to close deletes the folder under the
 * other, whose next read of a spilled block then fails.
 *
 * The load removes its folder when it ends, failing or not. A load that is killed (Ctrl-C, the
 * out-of-memory killer) cannot, and at L its folder can hold gigabytes: so each folder is named
 * after its process, and a new load first removes the folders of processes that no longer exist.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PREFIX = "shoplens-duckdb-";

/** Whether a process with this id exists (EPERM: it does, but belongs to someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the spill folders left behind by loads whose process is gone. */
export function removeOrphanedSpillDirs(parent = tmpdir()): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (!m || alive(Number(m[1]))) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** A new, empty spill folder for this process's load. */
export function createSpillDir(parent = tmpdir()): string {
  try {
    removeOrphanedSpillDirs(parent);
  } catch {
    // Tidying up after others is a courtesy: a folder we may not remove is not this load's concern.
  }
  return mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
}

export function removeSpillDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
