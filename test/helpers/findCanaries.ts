/**
 * Looks for planted personal values in output files: in the raw bytes of every file, and in every
 * decoded text value of every Parquet file (compressed Parquet hides text from a byte search).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const f = join(dir, n);
    if (statSync(f).isDirectory()) out.push(...allFiles(f));
    else out.push(f);
  }
  return out;
}

export async function findCanaries(dir: string, canaries: readonly string[]): Promise<string[]> {
  const hits = new Set<string>();
  const needles = canaries.filter((c) => c.length >= 4);
  const files = allFiles(dir);
  for (const f of files) {
    if (f.endsWith(".parquet")) continue;
    const text = readFileSync(f).toString("utf8");
    for (const c of needles) if (text.includes(c)) hits.add(`${c} in ${f}`);
  }
  const inst = await DuckDBInstance.create(":memory:");
  const conn = await inst.connect();
  for (const f of files.filter((f) => f.endsWith(".parquet"))) {
    const cols = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${f}')`))
      .getRowObjects()
      .filter((r) => String(r.column_type) === "VARCHAR")
      .map((r) => String(r.column_name));
    for (const col of cols) {
      const values = (await conn.runAndReadAll(`SELECT DISTINCT "${col}" FROM read_parquet('${f}') WHERE "${col}" IS NOT NULL`)).getRows();
      for (const [v] of values) {
        const s = String(v);
        for (const c of needles) if (s.includes(c)) hits.add(`${c} in ${f}:${col}`);
      }
    }
  }
  conn.closeSync();
  inst.closeSync();
  return [...hits];
}
