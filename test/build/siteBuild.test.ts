/**
 * Builds the whole site from a small demo shop, as `npm run build` does, and checks what a green
 * exit code cannot: that no page contains a Framework error cell (a broken import still exits 0),
 * that every page exists in both languages, and that changing one raw file changes the output
 * (Framework serves stale loader output unless the cache is cleaned).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateDemoShop } from "../../loaders/demo/generateDemoShop.ts";
import { ROOT } from "../../loaders/pipeline/paths.ts";
import { findCanaries } from "../helpers/findCanaries.ts";

const work = mkdtempSync(join(tmpdir(), "shoplens-build-"));
const data = join(work, "data");
const env = {
  ...process.env,
  SHOPLENS_DATA: data,
  SHOPLENS_WORK: join(work, "work"),
  SHOPLENS_DIST: join(work, "dist"),
  SHOPLENS_PSEUDONYM_KEY: "build-test",
  OBSERVABLE_TELEMETRY_DISABLE: "true"
};

function build(): { status: number | null; output: string } {
  const r = spawnSync("npx", ["tsx", "loaders/cli.ts", "build"], { cwd: ROOT, env, encoding: "utf8", timeout: 600_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else out.push(f);
    }
  };
  walk(dir);
  return out.sort();
}

/** A digest of the built data files (names carry content hashes, so names and bytes both count). */
function dataDigest(dist: string): string {
  const h = createHash("sha256");
  for (const f of files(dist).filter((f) => /\.(parquet|json)$/.test(f))) h.update(relative(dist, f)).update(readFileSync(f));
  return h.digest("hex");
}

const PAGES = ["index", "overview", "rfm", "clv", "lifecycle", "personas", "funnels", "traffic", "ab_tests", "search", "feedback", "products", "quality", "explore", "glossary"];
let first: { status: number | null; output: string };
let canaries: string[];

beforeAll(async () => {
  ({ canaries } = await generateDemoShop(data, { customers: 300 }));
  first = build();
}, 900_000);

describe("site build", () => {
  it("exits 0", () => {
    expect(first.status, first.output.slice(-3000)).toBe(0);
  });

  it("builds every page in both languages", () => {
    for (const lang of ["zh", "en"]) {
      for (const page of PAGES) expect(existsSync(join(env.SHOPLENS_DIST, lang, `${page}.html`)), `${lang}/${page}`).toBe(true);
    }
  });

  it("has no Framework error cell in any page", () => {
    const bad = files(env.SHOPLENS_DIST)
      .filter((f) => f.endsWith(".html"))
      .filter((f) => readFileSync(f, "utf8").includes("observablehq--error"));
    expect(bad).toEqual([]);
  });

  // Library bundles under _node/ carry CDN URLs for code paths the site never takes (DuckDB's
  // getJsDelivrBundles); that no request leaves the server is proven in the browser suite.
  it("names no remote host in the site's own pages and modules", () => {
    const remote = /(?:https?:)?\/\/(?:cdn\.jsdelivr\.net|unpkg\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|extensions\.duckdb\.org|api\.observablehq\.com|events\.observablehq\.com)/;
    const hits = files(env.SHOPLENS_DIST)
      .filter((f) => /\.(html|js|css)$/.test(f) && !relative(env.SHOPLENS_DIST, f).startsWith("_node/"))
      .filter((f) => remote.test(readFileSync(f, "utf8")));
    expect(hits.map((f) => relative(env.SHOPLENS_DIST, f))).toEqual([]);
  });

  it("publishes none of the demo's planted personal data anywhere in dist/", async () => {
    expect(canaries.length).toBeGreaterThan(100);
    expect(await findCanaries(env.SHOPLENS_DIST, canaries)).toEqual([]);
  });

  it("reflects a changed raw file on the next build", () => {
    const before = dataDigest(env.SHOPLENS_DIST);
    // One more review: the feedback table, the quality table and the overview files change.
    appendFileSync(join(data, "reviews/评价.csv"), "2025-12-30 10:00:00,,,tb_new_reader,5,新加的一条评价：质量很好,\n");
    const second = build();
    expect(second.status, second.output.slice(-3000)).toBe(0);
    expect(dataDigest(env.SHOPLENS_DIST)).not.toBe(before);
    // A whole second build: generous, because this checks behaviour, not speed (see BENCHMARKS.md).
  }, 600_000);
});
