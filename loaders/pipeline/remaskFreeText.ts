/**
 * A last masking pass over free-text columns once every file has been read, so a name first seen
 * in a file read late is still masked in a review read early.
 */
import type { DuckDBConnection } from "@duckdb/node-api";

const FREE_TEXT: readonly [string, string][] = [
  ["feedback", "text"],
  ["searches", "query"],
  ["search_terms_daily", "term"]
];

export async function remaskFreeText(conn: DuckDBConnection, masker: { mask(text: string): string }): Promise<number> {
  let changed = 0;
  for (const [table, col] of FREE_TEXT) {
    const r = await conn.runAndReadAll(`SELECT DISTINCT "${col}" FROM "${table}" WHERE "${col}" IS NOT NULL`);
    const pairs: [string, string][] = [];
    for (const [v] of r.getRows()) {
      const s = String(v);
      const m = masker.mask(s);
      if (m !== s) pairs.push([s, m]);
    }
    if (pairs.length === 0) continue;
    await conn.run(`CREATE OR REPLACE TEMP TABLE _remask (old VARCHAR, new VARCHAR)`);
    const a = await conn.createAppender("_remask");
    for (const [o, n] of pairs) {
      a.appendVarchar(o);
      a.appendVarchar(n);
      a.endRow();
    }
    a.closeSync();
    await conn.run(`UPDATE "${table}" SET "${col}" = m.new FROM _remask m WHERE "${table}"."${col}" = m.old`);
    changed += pairs.length;
  }
  return changed;
}
