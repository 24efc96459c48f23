import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Framework 1.13 builds a local module's imports only when they end in ".js" (it maps x.js to
 * x.ts itself); an import written "./x.ts" is left pointing at a file that is never written, and
 * the page fails in the browser with a 404 although the build is green. Every module a page can
 * reach (src/ minus nothing: src/ is isomorphic by rule, and reports/components/) must therefore
 * import its siblings as ".js". tsx, Vitest and tsc (moduleResolution Bundler) all accept that.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("modules the pages import", () => {
  it('import local modules with ".js", never ".ts"', () => {
    const offenders = [...files("src"), ...files("reports/components")].flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => /^\s*(import|export)\b.*\bfrom\s+["']\.{1,2}\/[^"']+\.ts["']/.test(line) || /import\(\s*["']\.{1,2}\/[^"']+\.ts["']\s*\)/.test(line))
        .map(({ at, line }) => `${at}  ${line.trim()}`)
    );
    expect(offenders).toEqual([]);
  });
});
