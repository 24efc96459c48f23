/**
 * shoplens command line.
 *
 *   tsx loaders/cli.ts load      run the pipeline on data/ (or $SHOPLENS_DATA) and print the quality summary
 *   tsx loaders/cli.ts build     load, then build the site from a clean Framework cache into dist/
 *   tsx loaders/cli.ts demo      generate the demo shop's raw exports (--scale S|M|L, --out DIR)
 *   tsx loaders/cli.ts reveal F  turn pseudonymous ids listed in file F back into your own customer ids
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { ensureOutput } from "./pipeline/ensureOutput.ts";
import { OUT_DIR, PRIVATE_DIR, ROOT } from "./pipeline/paths.ts";
import { formatQualityTable } from "./pipeline/formatQualityTable.ts";
import { revealIds } from "./pipeline/revealIds.ts";

const [command = "help", ...args] = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

async function printQuality(): Promise<void> {
  const inst = await DuckDBInstance.create(":memory:");
  const conn = await inst.connect();
  const q = await conn.runAndReadAll(
    `SELECT * FROM read_parquet('${join(OUT_DIR, "quality.parquet")}') ORDER BY source_file, table_name`
  );
  const reasons = await conn.runAndReadAll(
    `SELECT source_file, reason_code, count(*)::BIGINT AS n, min(line_number) AS first_line
     FROM read_parquet('${join(OUT_DIR, "quarantine.parquet")}') GROUP BY ALL ORDER BY 1, 2`
  );
  console.log(formatQualityTable(q.getRowObjects(), reasons.getRowObjects()));
  conn.closeSync();
  inst.closeSync();
}

function scanForErrorCells(dir: string): string[] {
  const bad: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else if (n.endsWith(".html") && readFileSync(f, "utf8").includes("observablehq--error")) bad.push(f);
    }
  };
  if (existsSync(dir)) walk(dir);
  return bad;
}

async function main(): Promise<void> {
  switch (command) {
    case "load": {
      if (flag("data")) process.env.SHOPLENS_DATA = flag("data");
      if (flag("mode")) process.env.SHOPLENS_MODE = flag("mode");
      const t0 = Date.now();
      const m = await ensureOutput((msg) => process.stderr.write(`${msg}\n`));
      await printQuality();
      console.log(`\n${m.dataDir} → ${OUT_DIR} (${m.mode} mode, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return;
    }
    case "build": {
      if (flag("mode")) process.env.SHOPLENS_MODE = flag("mode");
      await ensureOutput((msg) => process.stderr.write(`${msg}\n`));
      // Framework serves cached loader output even when its inputs changed: always start clean.
      rmSync(join(ROOT, "reports/.observablehq/cache"), { recursive: true, force: true });
      // Framework refuses to overwrite some files of a previous build ("file conflict").
      rmSync(process.env.SHOPLENS_DIST ?? join(ROOT, "dist"), { recursive: true, force: true });
      const r = spawnSync("npx", ["observable", "build"], {
        cwd: ROOT,
        stdio: "inherit",
        env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" }
      });
      if (r.status !== 0) process.exit(r.status ?? 1);
      const bad = scanForErrorCells(process.env.SHOPLENS_DIST ?? join(ROOT, "dist"));
      if (bad.length) {
        console.error(`build finished but these pages contain error cells:\n${bad.join("\n")}`);
        process.exit(1);
      }
      await printQuality();
      return;
    }
    case "demo": {
      const { generateDemoShop } = await import("./demo/generateDemoShop.ts");
      const out = flag("out") ?? join(ROOT, "data/demo");
      const scale = (flag("scale") ?? "S") as "S" | "M" | "L";
      const r = await generateDemoShop(out, { scale, onProgress: (m) => process.stderr.write(`${m}\n`) });
      console.log(`wrote ${r.files.length} files to ${out}`);
      return;
    }
    case "reveal": {
      const file = args[0];
      if (!file) throw new Error("usage: reveal <file with one pseudonymous id per line>");
      const ids = readFileSync(file, "utf8").split(/\r?\n/);
      console.log(revealIds(ids, join(PRIVATE_DIR, "id-map.tsv")).join("\n"));
      return;
    }
    default:
      console.log(readFileSync(new URL(import.meta.url), "utf8").split("*/")[0].replace(/^\/\*\*?/, ""));
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
