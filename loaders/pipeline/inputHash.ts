/**
 * A hash of everything a build's output depends on: the raw files, the loaders, the library, the
 * lock file and the publishing mode. Framework serves cached loader output even after its inputs
 * change, so the output folder is keyed by this hash instead.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "./paths.ts";

// Every data-loader stub checks the hash, so large files are keyed by size and time, not read.
const BIG = 4 * 1024 * 1024;

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
}

export function inputHash(dataDir: string, extra: Record<string, string>): string {
  const h = createHash("sha256");
  const files: string[] = [];
  walk(dataDir, files);
  for (const dir of ["loaders", "src"]) walk(join(ROOT, dir), files);
  files.push(join(ROOT, "package-lock.json"));
  for (const f of files) {
    if (!existsSync(f)) continue;
    const st = statSync(f);
    h.update(`${relative(ROOT, f)}\0${st.size}\0`);
    // Huge raw files are keyed by size and time; hashing gigabytes on every build costs too much.
    h.update(st.size > BIG ? String(st.mtimeMs) : readFileSync(f));
  }
  h.update(JSON.stringify(extra));
  return h.digest("hex").slice(0, 16);
}
