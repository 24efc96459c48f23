/**
 * Real data: the Wayfair WANDS query list (TAB-separated `query_id, query, query_class`; three
 * queries quoted because they hold inch marks) through the whole pipeline, reconciled with the
 * independent reference (test/real/reference/wands.ts).
 *
 * WANDS has no time column: search-log-generic documents that searched_at is then null (an open
 * schema question, as searches.searched_at is declared NOT NULL); this suite does not decide it.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wands, WANDS_FILE } from "../reference/wands.ts";
import { readCsvObjects } from "../reference/csv.ts";
import { DATASETS, realTitle, accountedFor, rawPersonKeys, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";

const FILE = "wands_query.csv";

describe.skipIf(!existsSync(DATASETS))(realTitle("search-queries-en (WANDS)"), () => {
  let run: FixtureRun;
  let ref!: ReturnType<typeof wands>;
  let rawQueries!: string[];

  beforeAll(async () => {
    ref = wands();
    rawQueries = readCsvObjects(WANDS_FILE, "\t").rows.map((r) => r.query);
    run = await runReal({ [FILE]: "search-queries-en/wands_query.csv" });
  });
  afterAll(() => run?.close());

  it("is read with the search-log-generic preset", async () => {
    expect(run.files.map((f) => [f.source_file, f.preset.id])).toEqual([[FILE, "search-log-generic"]]);
    const sources = await run.db.query<{ preset: string }>(`SELECT preset FROM sources`);
    expect(sources).toEqual([{ preset: "search-log-generic" }]);
  });

  it("reconciles exactly: 480 read, 480 written, none lost", () => {
    const [q, ...rest] = run.quality.filter((r) => r.source_file === FILE);
    expect(rest).toEqual([]);
    expect({
      table: q.table_name, read: q.rows_read, written: q.rows_written, quarantined: q.rows_quarantined, excluded: q.rows_excluded,
      duplicates: q.duplicates_exact + q.duplicates_key, merged: q.rows_merged
    }).toEqual({ table: "searches", read: ref.rows, written: ref.rows, quarantined: 0, excluded: 0, duplicates: 0, merged: 0 });
    expect(accountedFor(q)).toBe(q.rows_read);
    expect(run.tableRows.searches).toBe(480);
  });

  it("keeps every query (whitespace-collapsed), the quoted ones with their inch marks and no CSV quoting left", async () => {
    const rows = await run.db.query<{ query: string }>(`SELECT query FROM searches`);
    const got = rows.map((r) => r.query).sort();
    // Verbatim up to the shared text cleaning (loaders/clean/fieldText.ts: runs of whitespace → one
    // space; two WANDS queries have a double space).
    expect(got).toEqual([...rawQueries].map((q) => q.replace(/\s+/g, " ").trim()).sort());
    expect(new Set(got).size).toBe(ref.distinctQueries); // 480
    const withQuote = got.filter((q) => q.includes('"'));
    expect(withQuote.length).toBe(ref.queriesContainingQuoteChar); // 3
    expect(withQuote).toEqual(rawQueries.filter((q) => q.includes('"')).map((q) => q.replace(/\s+/g, " ").trim()).sort());
    expect(withQuote.every((q) => !q.startsWith('"') && !q.includes('""'))).toBe(true);
  });

  it("holds no person keys that are not pseudonyms", async () => {
    expect(await rawPersonKeys(run.db)).toEqual([]);
  });
});
