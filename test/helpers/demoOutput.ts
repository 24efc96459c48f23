/**
 * A small demo shop (a few hundred customers, every export format) run through the real pipeline
 * once per test process and cached in the OS temp folder by generator seed and size.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDemoShop } from "../../loaders/demo/generateDemoShop.ts";
import { runOnDir, type FixtureRun } from "./runOnFiles.ts";

export async function smallDemo(customers = 400): Promise<{ run: FixtureRun; canaries: string[] }> {
  const dir = join(tmpdir(), `shoplens-demo-${customers}-${process.pid}`);
  const gen = await generateDemoShop(dir, { customers });
  const run = await runOnDir(dir, { outDir: join(dir, "..", `shoplens-demo-out-${customers}-${process.pid}`) });
  return { run, canaries: gen.canaries };
}

export { existsSync };
