/**
 * The private id map (pseudonym → the shop's own id, the first spelling seen), kept in a DuckDB
 * table instead of a JavaScript Map: a large behaviour log brings millions of visitor ids, which
 * the set-based log path pseudonymises without them ever reaching JavaScript. Rows carry a
 * first-seen order, so the file lists ids in the order they were met, whichever path met them.
 */
import { closeSync, fchmodSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBAppender, DuckDBConnection } from "@duckdb/node-api";
import { jsTrimSql } from "../clean/jsWhitespace.ts";

export class IdMap {
  static readonly table = "_id_map";
  private seq = 0n;

  private constructor(
    private readonly conn: DuckDBConnection,
    private readonly appender: DuckDBAppender
  ) {}

  static async create(conn: DuckDBConnection): Promise<IdMap> {
    await conn.run(`CREATE OR REPLACE TEMP TABLE ${IdMap.table} (pseudonym VARCHAR, original VARCHAR, seq BIGINT)`);
    return new IdMap(conn, await conn.createAppender(IdMap.table));
  }

  /** One pair, met now (synchronous: called from a preset's map). */
  add(pseudonym: string, original: string): void {
    this.appender.appendVarchar(pseudonym);
    this.appender.appendVarchar(original);
    this.appender.appendBigInt(this.seq++);
    this.appender.endRow();
  }

  /**
   * The rows of `select` (columns pseudonym, original, ord), met now in the order of `ord`
   * (0 ≤ ord < span).
   */
  async addFromSql(select: string, span: number): Promise<void> {
    this.appender.flushSync();
    await this.conn.run(
      `INSERT INTO ${IdMap.table} SELECT pseudonym, original, ${this.seq}::BIGINT + ord FROM (${select})`
    );
    this.seq += BigInt(span);
  }

  /** Every pseudonym once, with the first original id seen for it, in first-seen order. */
  private firstSeen(): string {
    return `SELECT pseudonym, arg_min(original, seq) AS original, min(seq) AS first FROM ${IdMap.table} GROUP BY pseudonym`;
  }

  /** The ids, trimmed as JavaScript trims, that are among `candidates`. */
  async occurring(candidates: Iterable<string>): Promise<string[]> {
    this.appender.flushSync();
    await this.conn.run(`CREATE OR REPLACE TEMP TABLE _id_candidates (s VARCHAR)`);
    const a = await this.conn.createAppender("_id_candidates");
    for (const s of candidates) {
      a.appendVarchar(s);
      a.endRow();
    }
    a.closeSync();
    const r = await this.conn.runAndReadAll(
      `SELECT DISTINCT c.s FROM _id_candidates c
       SEMI JOIN (SELECT DISTINCT ${jsTrimSql("original")} AS o FROM ${IdMap.table}) m ON m.o = c.s`
    );
    await this.conn.run(`DROP TABLE _id_candidates`);
    return r.getRows().map((x) => String(x[0]));
  }

  /** Lengths (in UTF-16 code units, as JavaScript counts) of the trimmed ids. */
  async lengths(): Promise<number[]> {
    this.appender.flushSync();
    const r = await this.conn.runAndReadAll(
      `SELECT DISTINCT length(o) + length(regexp_replace(o, '[^\\x{10000}-\\x{10FFFF}]', '', 'g')) AS n
       FROM (SELECT DISTINCT ${jsTrimSql("original")} AS o FROM ${IdMap.table})`
    );
    return r.getRows().map((x) => Number(x[0]));
  }

  /** Writes `id-map.tsv` (readable by its owner only), streaming it out of DuckDB. */
  async write(dir: string): Promise<void> {
    this.appender.flushSync();
    mkdirSync(dir, { recursive: true });
    const fd = openSync(join(dir, "id-map.tsv"), "w", 0o600);
    try {
      // The mode above applies only to a new file: one left by an earlier build keeps its own.
      fchmodSync(fd, 0o600);
      writeSync(fd, "pseudonymous_id\toriginal_id\n");
      const result = await this.conn.stream(`SELECT pseudonym, original FROM (${this.firstSeen()}) ORDER BY first`);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        let text = "";
        for (const [p, id] of chunk.getRows()) text += `${p}\t${id}\n`;
        writeSync(fd, text);
      }
    } finally {
      closeSync(fd);
    }
  }

  close(): void {
    this.appender.closeSync();
  }
}
