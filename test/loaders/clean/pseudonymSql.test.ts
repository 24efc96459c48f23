/**
 * The pseudonym computed inside DuckDB must be byte-identical to pseudonymize.ts (node:crypto's
 * HMAC-SHA256), or ids read set-based would not link to the same ids read record by record.
 */
import { createHmac, randomBytes } from "node:crypto";
import { listValue } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb } from "../../../loaders/nodeDb.ts";
import { createPseudonymKeyTable, hmacPads, pseudonymSql } from "../../../loaders/clean/pseudonymSql.ts";
import { createPseudonymizer, pseudonymOf } from "../../../loaders/clean/pseudonymize.ts";
import { JS_WHITESPACE_CLASS, jsTrimSql } from "../../../loaders/clean/jsWhitespace.ts";

const nodeHmac = (key: string, id: string) => "c_" + createHmac("sha256", key).update(id, "utf8").digest("hex").slice(0, 16);

/** A seeded mix of ids: ASCII, digits, CJK, emoji (astral), backslash escapes, quotes, long ones. */
function sampleIds(n: number): string[] {
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const alphabets = ["abcdefghijklmnopqrstuvwxyz0123456789_", "张王李赵晓梅雷鸣伟丽芳", "😀🛒🎁", "\\x41'\"%;,|", "éüñçÅ", "ｔｂ１２３"];
  const out = ["tb_buyer1", "x", "1001", "V36avcr2w6", "\\x41\\x42", "a b", "😀", "é".repeat(40), "z".repeat(200)];
  while (out.length < n) {
    const len = 1 + Math.floor(rnd() * 24);
    let s = "";
    for (let i = 0; i < len; i++) {
      const a = [...alphabets[Math.floor(rnd() * alphabets.length)]];
      s += a[Math.floor(rnd() * a.length)];
    }
    out.push(s);
  }
  return out;
}

describe("pseudonymSql", () => {
  let env: Awaited<ReturnType<typeof memoryDb>>;
  beforeAll(async () => {
    env = await memoryDb();
  });
  afterAll(() => env.close());

  async function inSql(key: string, ids: string[]): Promise<string[]> {
    await createPseudonymKeyTable(env.conn, key);
    await env.conn.run(`CREATE OR REPLACE TEMP TABLE ids (i INTEGER, v VARCHAR)`);
    const a = await env.conn.createAppender("ids");
    ids.forEach((v, i) => {
      a.appendInteger(i);
      a.appendVarchar(v);
      a.endRow();
    });
    a.closeSync();
    const r = await env.conn.runAndReadAll(`SELECT ${pseudonymSql("v")} FROM ids ORDER BY i`);
    return r.getRows().map((x) => String(x[0]));
  }

  const longKey = "k".repeat(100);
  it.each([
    ["a short key", "bench"],
    ["a non-ASCII key", "密钥-ключ-🔑"],
    ["a 64-byte key", "0123456789abcdef".repeat(4)],
    ["a key longer than a block", longKey],
    ["a random key", randomBytes(24).toString("base64")]
  ])("matches node:crypto's HMAC-SHA256 on 2,000 ids with %s", async (_name, key) => {
    const ids = sampleIds(2000);
    const expected = ids.map((id) => nodeHmac(key, id));
    expect(await inSql(key, ids)).toEqual(expected);
    // …and the JavaScript pseudonymiser the record-by-record path uses.
    const p = createPseudonymizer(key);
    expect(ids.map((id) => p(id))).toEqual(expected.map((e, i) => (ids[i].trim() === ids[i] ? e : nodeHmac(key, ids[i].trim()))));
    expect(ids.map((id) => pseudonymOf(key, id))).toEqual(ids.map((id) => nodeHmac(key, id.trim())));
  });

  it("keeps NULL as NULL and never puts the key into the SQL text", async () => {
    await createPseudonymKeyTable(env.conn, "secret-key");
    const r = await env.conn.runAndReadAll(`SELECT ${pseudonymSql("NULL::VARCHAR")}`);
    expect(r.getRows()[0][0]).toBeNull();
    const { ipad, opad } = hmacPads("secret-key");
    const sql = pseudonymSql("v");
    for (const pad of [ipad, opad]) expect(sql).not.toContain(Buffer.from(pad).toString("hex"));
    expect(sql).not.toContain("secret-key");
  });

  it("rejects an empty key", () => {
    expect(() => hmacPads("")).toThrow("pseudonymisation key is empty");
  });

  it("calls onNew once per trimmed id, with the id as given", () => {
    const seen: [string, string][] = [];
    const p = createPseudonymizer("k", (ps, id) => seen.push([ps, id]));
    p(" a ");
    p("a");
    p("b");
    expect(seen).toEqual([
      [nodeHmac("k", "a"), " a "],
      [nodeHmac("k", "b"), "b"]
    ]);
  });
});

describe("JavaScript whitespace in RE2", () => {
  it("is exactly what \\s matches and trim() removes, over every code point", async () => {
    const env = await memoryDb();
    try {
      const r = await env.conn.runAndReadAll(
        `SELECT list(cp ORDER BY cp) FROM range(1, 1114112) t(cp)
         WHERE (cp < 55296 OR cp > 57343) AND regexp_matches(chr(cp::INTEGER), '[${JS_WHITESPACE_CLASS}]')`
      );
      const sqlSpaces = (r.getRows()[0][0] as { items: number[] }).items.map(Number);
      const jsSpaces: number[] = [];
      for (let cp = 1; cp < 0x110000; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        if (/\s/.test(String.fromCodePoint(cp))) jsSpaces.push(cp);
      }
      expect(sqlSpaces).toEqual(jsSpaces);
      const samples = ["\u3000 a b\u00a0", "\t\nx\u2028", "\ufeffy\u205f", "plain", "", " \u3000 "];
      const t = await env.conn.runAndReadAll(`SELECT ${jsTrimSql("v")} FROM unnest($1::VARCHAR[]) u(v)`, [listValue(samples)]);
      expect(t.getRows().map((x) => x[0])).toEqual(samples.map((s) => s.trim()));
    } finally {
      env.close();
    }
  });
});
