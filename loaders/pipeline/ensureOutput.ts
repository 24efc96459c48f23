/**
 * Makes sure `.shoplens/out/` holds the pipeline's output for the current inputs, running the
 * pipeline when the input hash changed. Several Framework data loaders may ask at once, so a lock
 * directory serialises them and the later ones reuse the first one's output.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { join } from "node:path";
import { inputHash } from "./inputHash.ts";
import { DEMO_DIR_NAME, OUT_DIR, PRIVATE_DIR, WORK_DIR, dataDirFromEnv } from "./paths.ts";
import { runPipeline, type PublishMode } from "./runPipeline.ts";

export interface Manifest {
  hash: string;
  dataDir: string;
  mode: PublishMode;
}

export function publishMode(env: NodeJS.ProcessEnv = process.env): PublishMode {
  const m = env.SHOPLENS_MODE ?? "internal";
  if (m !== "internal" && m !== "public") throw new Error(`invalid SHOPLENS_MODE: ${m} (expected internal or public)`);
  return m;
}

/** The key comes from the environment, or from a local file created once and never committed. */
export function pseudonymKey(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SHOPLENS_PSEUDONYM_KEY) return env.SHOPLENS_PSEUDONYM_KEY;
  const file = join(PRIVATE_DIR, "pseudonym.key");
  if (!existsSync(file)) {
    mkdirSync(PRIVATE_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function ensureDemo(dir: string, log: (m: string) => void): Promise<void> {
  if (existsSync(join(dir, "shoplens.config.json"))) return;
  log(`no exports of your own under data/: generating the demo shop in data/${DEMO_DIR_NAME}/`);
  const { generateDemoShop } = await import("../demo/generateDemoShop.ts");
  const scale = (process.env.SHOPLENS_DEMO_SCALE ?? "S") as "S" | "M" | "L";
  await generateDemoShop(dir, { scale, onProgress: log });
}

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(WORK_DIR, "lock");
  mkdirSync(WORK_DIR, { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      const pid = Number(existsSync(join(lock, "pid")) ? readFileSync(join(lock, "pid"), "utf8") : 0);
      if (pid && !alive(pid)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > 60 * 60_000) throw new Error(`timed out waiting for ${lock}`);
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function ensureOutput(log: (m: string) => void = (m) => process.stderr.write(`${m}\n`)): Promise<Manifest> {
  return withLock(async () => {
    const { dir, demo } = dataDirFromEnv();
    if (demo) await ensureDemo(dir, log);
    if (!existsSync(dir)) throw new Error(`data folder not found: ${dir}`);
    const mode = publishMode();
    const key = pseudonymKey();
    const hash = inputHash(dir, { mode, key: inputKeyTag(key), scale: process.env.SHOPLENS_DEMO_SCALE ?? "S" });
    const manifestFile = join(OUT_DIR, "manifest.json");
    if (existsSync(manifestFile)) {
      const m = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
      if (m.hash === hash) return m;
    }
    log(`loading ${dir} (${mode} mode)`);
    await runPipeline({ dataDir: dir, outDir: OUT_DIR, pseudonymKey: key, mode, privateDir: PRIVATE_DIR, onProgress: log });
    const manifest: Manifest = { hash, dataDir: dir, mode };
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    return manifest;
  });
}

/** A key changes every id, so it is part of the hash (as a digest, never in clear). */
function inputKeyTag(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}
