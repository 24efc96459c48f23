/**
 * Turns pseudonymous ids (from a downloaded segment list) back into the shop's own customer ids,
 * using the private mapping the pipeline keeps outside the site. A CSV line keeps its other
 * columns: the first column is looked up; unknown ids are reported, not guessed.
 */
import { existsSync, readFileSync } from "node:fs";

export function revealIds(lines: string[], mapFile: string): string[] {
  if (!existsSync(mapFile)) {
    throw new Error(`${mapFile} not found: run \`npm run load\` on this machine first (the mapping is never published)`);
  }
  const map = new Map<string, string>();
  for (const line of readFileSync(mapFile, "utf8").split("\n").slice(1)) {
    const [p, id] = line.split("\t");
    if (p) map.set(p, id);
  }
  return lines
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [first, ...rest] = l.split(",");
      const id = first.trim().replace(/^"|"$/g, "");
      if (!/^c_[0-9a-f]{16}$/.test(id)) return l; // a header or a note: passed through
      const orig = map.get(id);
      return [orig ?? `${id} (unknown id)`, ...rest].join(",");
    });
}
