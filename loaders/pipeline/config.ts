/**
 * The data folder's optional `shoplens.config.json`: the shop's time zone and currency, and per
 * source overrides (force a preset, declare a time zone or an export date, map a generic file).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TableName } from "../../src/schema.ts";

export interface SourceOverride {
  /** Glob relative to the data folder (`*` within a path segment, `**` across segments). */
  readonly match: string;
  readonly preset?: string;
  readonly timeZone?: string;
  /** When the export was taken (YYYY-MM-DD[ HH:MM:SS]); later exports win per key. */
  readonly exportDate?: string;
  readonly skip?: boolean;
  /** For preset "generic": the canonical table and canonical column → source header. */
  readonly table?: TableName;
  readonly columns?: Readonly<Record<string, string>>;
  readonly currency?: string;
  /** For preset "generic": canonical column → (export value → canonical value). */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface ShopConfig {
  readonly shop: { readonly name?: string; readonly timeZone?: string; readonly currency?: string };
  readonly sources: readonly SourceOverride[];
}

export const CONFIG_FILE = "shoplens.config.json";

export function loadConfig(dataDir: string): ShopConfig {
  const path = join(dataDir, CONFIG_FILE);
  if (!existsSync(path)) return { shop: {}, sources: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const cfg = raw as Partial<ShopConfig>;
  if (cfg.sources !== undefined && !Array.isArray(cfg.sources)) {
    throw new Error(`${path}: "sources" must be a list of {match, preset, …}`);
  }
  return { shop: cfg.shop ?? {}, sources: cfg.sources ?? [] };
}

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** The last override whose glob matches wins, so general rules go first in the file. */
export function overrideFor(config: ShopConfig, relPath: string): SourceOverride | undefined {
  let found: SourceOverride | undefined;
  for (const s of config.sources) if (globToRegExp(s.match).test(relPath)) found = s;
  return found;
}
