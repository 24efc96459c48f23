/**
 * Real data: the Kaggle women's clothing reviews, split in three parts that each repeat the
 * header, through the whole pipeline, reconciled with the independent reference
 * (test/real/reference/reviews.ts). Two runs:
 *  1. the three parts as they are published (three files in one data folder): each header is the
 *     file's header, not a record, so rows_read per part = the reference's records per part;
 *  2. the three parts concatenated into one file (as a shop might join them) — written to a temp
 *     file under the OS temp dir, never into the repository, and removed afterwards: the two
 *     header lines repeated inside are read, excluded as `repeated_header` and counted.
 *
 * As reviews-kaggle-clothing documents: rating = Rating, text = Title + "\n" + Review Text (each
 * whitespace-collapsed by the shared text cleaning, then masked),
 * feedback_id = `kaggle-clothing:<row index>`; a review with neither title nor text is still
 * written (its rating counts) with text and lang null.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewsEn } from "../reference/reviews.ts";
import { readCsv } from "../reference/csv.ts";
import { DATASETS, realTitle, REAL_KEY, accountedFor, rawPersonKeys, runReal } from "../helpers/realRun.ts";
import { runOnDir, type FixtureRun } from "../../helpers/runOnFiles.ts";

const PARTS = [1, 2, 3].map((k) => `womens_clothing_reviews_part${k}of3.csv`);
const PLACEHOLDER = /\[(EMAIL|ID|CARD|PHONE|ADDRESS|NAME)\]/;

type RefPart = { file: string; records: number; ratingCounts: Record<string, number>; bothEmpty: number };

describe.skipIf(!existsSync(DATASETS))(realTitle("reviews-en"), () => {
  let ref!: ReturnType<typeof reviewsEn>;
  let refParts!: RefPart[];
  beforeAll(() => {
    ref = reviewsEn();
    refParts = ref.parts as RefPart[];
  });

  describe("three parts as published", () => {
    let run: FixtureRun;
    beforeAll(async () => {
      run = await runReal(Object.fromEntries(PARTS.map((f) => [f, `reviews-en/${f}`])));
    });
    afterAll(() => run?.close());

    it("reads every part with the reviews-kaggle-clothing preset", async () => {
      expect(run.files.map((f) => [f.source_file, f.preset.id]).sort()).toEqual(PARTS.map((f) => [f, "reviews-kaggle-clothing"]));
      const sources = await run.db.query<{ preset: string }>(`SELECT DISTINCT preset FROM sources`);
      expect(sources).toEqual([{ preset: "reviews-kaggle-clothing" }]);
    });

    it("reconciles every part exactly: every record written, nothing excluded, quarantined or dropped", () => {
      for (const p of refParts) {
        const [q, ...rest] = run.quality.filter((x) => x.source_file === p.file);
        expect(rest).toEqual([]);
        expect({ file: q.source_file, table: q.table_name, read: q.rows_read, written: q.rows_written, excluded: q.rows_excluded,
          quarantined: q.rows_quarantined, duplicates: q.duplicates_exact + q.duplicates_key, superseded: q.superseded }).toEqual({
          file: p.file, table: "feedback", read: p.records, written: p.records, excluded: 0, quarantined: 0, duplicates: 0, superseded: 0
        });
        expect(accountedFor(q)).toBe(q.rows_read);
      }
      expect(run.tableRows.feedback).toBe(ref.totalRecords); // 23,486
    });

    it("has the reference's rating counts, one id per review, and no header row", async () => {
      const rows = await run.db.query<{ rating: number | null; n: number }>(`SELECT rating, count(*) AS n FROM feedback GROUP BY 1`);
      const { other, ...stars } = ref.ratingCounts;
      expect(other).toBe(0);
      expect(Object.fromEntries(rows.map((r) => [String(r.rating), r.n]))).toEqual(stars); // 5★ 13,131 …
      const [r] = await run.db.query<{ ids: number; header_like: number; no_product: number }>(
        `SELECT count(DISTINCT feedback_id) AS ids,
                count(*) FILTER (WHERE product_id = 'Clothing ID' OR text LIKE 'Title%Review Text%') AS header_like,
                count(*) FILTER (WHERE product_id IS NULL) AS no_product FROM feedback`
      );
      expect(r).toEqual({ ids: ref.totalRecords, header_like: 0, no_product: 0 });
    });

    it("writes Title + Review Text per review; reviews with neither keep their rating with text null", async () => {
      const got = new Map(
        (await run.db.query<{ feedback_id: string; rating: number; text: string | null; lang: string | null }>(
          `SELECT feedback_id, rating, text, lang FROM feedback`
        )).map((r) => [r.feedback_id, r])
      );
      const wrong: unknown[] = [];
      let empty = 0;
      for (const f of PARTS) {
        const [head, ...recs] = readCsv(join(DATASETS, "reviews-en", f)).records;
        const col = (n: string) => head.fields.indexOf(n);
        for (const rec of recs) {
          const id = `kaggle-clothing:${rec.fields[0]}`;
          // The pipeline's text cleaning (documented in loaders/clean/fieldText.ts) collapses runs of
          // whitespace, line breaks inside a review included, to one space.
          const clean = (s: string) => s.replace(/[\u200B-\u200D\u2060\uFEFF]/g, "").replace(/\s+/g, " ").trim();
          const title = clean(rec.fields[col("Title")]), body = clean(rec.fields[col("Review Text")]);
          const text = [title, body].filter((t) => t !== "").join("\n") || null;
          const row = got.get(id);
          if (text === null) empty++;
          const ok = row !== undefined && row.rating === Number(rec.fields[col("Rating")]) &&
            (row.text === text || (text !== null && row.text !== null && PLACEHOLDER.test(row.text))) &&
            (text === null ? row.lang === null : row.lang !== null);
          if (!ok) wrong.push({ id, text: text?.slice(0, 60), row });
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(empty).toBe(ref.bothEmpty); // 844
      const [n] = await run.db.query<{ nulls: number }>(`SELECT count(*) FILTER (WHERE text IS NULL) AS nulls FROM feedback`);
      expect(n.nulls).toBe(ref.bothEmpty);
    });

    it("holds no person keys that are not pseudonyms", async () => {
      expect(await rawPersonKeys(run.db)).toEqual([]);
    });
  });

  describe("three parts concatenated into one file (temp copy outside the repository)", () => {
    let run: FixtureRun;
    let root: string;
    const FILE = "womens_clothing_reviews_all.csv";
    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), "shoplens-real-concat-"));
      mkdirSync(join(root, "data"));
      // Each part ends with CRLF, so plain concatenation puts parts 2 and 3's headers on lines of their own.
      writeFileSync(join(root, "data", FILE), Buffer.concat(PARTS.map((f) => readFileSync(join(DATASETS, "reviews-en", f)))));
      run = await runOnDir(join(root, "data"), { key: REAL_KEY, outDir: join(root, "out") });
    });
    afterAll(() => {
      run?.close();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it("excludes and counts the two repeated header lines, and writes every review", () => {
      expect(run.files.map((f) => f.preset.id)).toEqual(["reviews-kaggle-clothing"]);
      const [q] = run.quality;
      expect({
        read: q.rows_read, written: q.rows_written, excluded: q.rows_excluded, quarantined: q.rows_quarantined,
        duplicates_exact: q.duplicates_exact, duplicates_key: q.duplicates_key
      }).toEqual({
        read: ref.totalRecords + 2, // 23,486 reviews + the headers of parts 2 and 3
        written: ref.totalRecords,
        excluded: 2, // both repeated headers, as repeated_header (not one of them as a "duplicate record")
        quarantined: 0,
        duplicates_exact: 0,
        duplicates_key: 0
      });
      expect(run.files[0].excludedByReason).toEqual({ repeated_header: 2 });
      expect(accountedFor(q)).toBe(q.rows_read);
    });

    it("has the same ratings as the three separate parts", async () => {
      const rows = await run.db.query<{ rating: number; n: number }>(`SELECT rating, count(*) AS n FROM feedback GROUP BY 1`);
      const { other: _other, ...stars } = ref.ratingCounts;
      expect(Object.fromEntries(rows.map((r) => [String(r.rating), r.n]))).toEqual(stars);
    });
  });
});
