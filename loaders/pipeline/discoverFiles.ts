/** Lists the raw exports under the data folder, in a stable order. */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { CONFIG_FILE } from "./config.ts";

const READABLE = /\.(csv|tsv|txt|xlsx|json|jsonl|ndjson)$/i;

export function discoverFiles(dataDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".") || name.startsWith("_")) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (READABLE.test(name) && name !== CONFIG_FILE) out.push(relative(dataDir, full).split(sep).join("/"));
    }
  };
  walk(dataDir);
  return out;
}
