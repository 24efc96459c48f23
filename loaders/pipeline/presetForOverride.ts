/** The preset a config override names: a built-in one by id, or a generic one from its mapping. */
import { genericPreset } from "../presets/genericPreset.ts";
import { presetById } from "../presets/index.ts";
import type { Preset } from "../presets/preset.ts";
import type { SourceOverride } from "./config.ts";

export function presetForOverride(o: SourceOverride): Preset {
  if (o.preset !== "generic") return presetById(o.preset!);
  if (!o.table || !o.columns) {
    throw new Error(`source "${o.match}": preset "generic" needs "table" and "columns" (canonical column → your header)`);
  }
  return genericPreset({ table: o.table, columns: o.columns, timeZone: o.timeZone, currency: o.currency, values: o.values });
}
