/**
 * The aspect ids of ASPECT_DICTIONARIES in their order, as a SQL VALUES list `(aspect, ord)`,
 * so that a table lists every aspect (zeros allowed) in the dictionary's order. `withNone` adds
 * 'none' last: the items with text that name no aspect.
 */
import { ASPECT_DICTIONARIES } from "../../topics/aspectDictionaries.js";

export const ASPECT_IDS: readonly string[] = ASPECT_DICTIONARIES.map((a) => a.id);

export function aspectIdsValues(withNone: boolean): string {
  const ids = withNone ? [...ASPECT_IDS, "none"] : ASPECT_IDS;
  return `(SELECT * FROM (VALUES ${ids.map((id, i) => `('${id}', ${i})`).join(", ")}) v(aspect, ord))`;
}
