/**
 * The keyed pseudonym of pseudonymize.ts, computed inside DuckDB, so a large log's ids never have
 * to travel to JavaScript and back. HMAC-SHA256 is sha256((K ⊕ opad) ‖ sha256((K ⊕ ipad) ‖ m))
 * with both digests binary (RFC 2104); DuckDB 1.4's sha256 takes a BLOB, unhex turns its hex
 * digest back into bytes and `||` concatenates BLOBs. encode() gives a VARCHAR's UTF-8 bytes
 * (a cast to BLOB would read `\x..` escapes instead).
 *
 * The padded key blocks hold the key, so they go into a temporary table (bound as parameters),
 * never into SQL text that an error message or a profiler could print.
 */
import { createHash } from "node:crypto";
import { DuckDBBlobValue, type DuckDBConnection } from "@duckdb/node-api";

const BLOCK = 64;

/** K ⊕ ipad and K ⊕ opad for HMAC-SHA256 with `key` as Node's createHmac reads a string key. */
export function hmacPads(key: string): { ipad: Uint8Array; opad: Uint8Array } {
  if (key === "") throw new Error("pseudonymisation key is empty");
  const raw = Buffer.from(key, "utf8");
  const k = new Uint8Array(BLOCK);
  k.set(raw.length > BLOCK ? createHash("sha256").update(raw).digest() : raw);
  return { ipad: k.map((b) => b ^ 0x36), opad: k.map((b) => b ^ 0x5c) };
}

/** Creates (or replaces) the temporary table `table` holding the key's pad blocks. */
export async function createPseudonymKeyTable(conn: DuckDBConnection, key: string, table = "_pseudonym_key"): Promise<void> {
  const { ipad, opad } = hmacPads(key);
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT $1::BLOB AS ipad, $2::BLOB AS opad`, [
    new DuckDBBlobValue(ipad),
    new DuckDBBlobValue(opad)
  ]);
}

/**
 * SQL for the pseudonym of the VARCHAR expression `expr`, already trimmed (pseudonymize.ts trims
 * first): `'c_' || the first 16 hex digits of HMAC-SHA256`. NULL stays NULL.
 */
export function pseudonymSql(expr: string, table = "_pseudonym_key"): string {
  const inner = `unhex(sha256((SELECT ipad FROM ${table}) || encode(${expr})))`;
  return `('c_' || left(sha256((SELECT opad FROM ${table}) || ${inner}), 16))`;
}
