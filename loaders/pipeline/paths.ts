/** Where things live, relative to the project root (found from this file, not the cwd). */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Pipeline output and private files; SHOPLENS_WORK moves them (tests build in a temp folder). */
export const WORK_DIR = process.env.SHOPLENS_WORK ? resolve(process.env.SHOPLENS_WORK) : join(ROOT, ".shoplens");
export const OUT_DIR = join(WORK_DIR, "out");
/** Never published: the pseudonymisation key and the id mapping. */
export const PRIVATE_DIR = join(WORK_DIR, "private");
export const DEFAULT_DATA_DIR = join(ROOT, "data");
export const DEMO_DIR_NAME = "demo";

/**
 * The folder the pipeline reads: SHOPLENS_DATA if set; otherwise `data/`, unless it holds no
 * export of the user's own, in which case the generated demo shop in `data/demo/`.
 */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): { dir: string; demo: boolean } {
  if (env.SHOPLENS_DATA) return { dir: resolve(env.SHOPLENS_DATA), demo: false };
  const own = existsSync(DEFAULT_DATA_DIR)
    ? readdirSync(DEFAULT_DATA_DIR).filter((n) => !n.startsWith(".") && n !== DEMO_DIR_NAME && !/^readme/i.test(n))
    : [];
  return own.length ? { dir: DEFAULT_DATA_DIR, demo: false } : { dir: join(DEFAULT_DATA_DIR, DEMO_DIR_NAME), demo: true };
}
