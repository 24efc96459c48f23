/**
 * What the Framework data-loader stubs call: bring the pipeline output up to date, then write one
 * table's Parquet (or one JSON file) to stdout, which Framework saves as the loader's output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureOutput } from "./ensureOutput.ts";
import { OUT_DIR } from "./paths.ts";

async function emit(file: string): Promise<void> {
  await ensureOutput();
  const bytes = readFileSync(join(OUT_DIR, file));
  await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (e) => (e ? reject(e) : resolve())));
}

export const emitTable = (name: string) => emit(`${name}.parquet`);
export const emitJson = (name: string) => emit(`${name}.json`);
