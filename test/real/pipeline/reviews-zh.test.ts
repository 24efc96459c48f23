/**
 * Real data: the two Chinese labelled review corpora (ChnSentiCorp hotels, waimai_10k delivery)
 * through the whole pipeline in one run, reconciled with the independent reference
 * (test/real/reference/reviews.ts).
 *
 * As reviews-labelled documents: label 1 → rating 5, label 0 → rating 1; feedback_id is
 * `<file>#<record ordinal>`; an empty review carries no information and is *excluded* (counted in
 * rows_excluded, not written, not quarantined). Text is masked for personal data, so a written text
 * equals the raw review unless it holds a mask placeholder.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewsZh } from "../reference/reviews.ts";
import { readCsv } from "../reference/csv.ts";
import { DATASETS, realTitle, accountedFor, rawPersonKeys, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";

const FILES = ["ChnSentiCorp_htl_all.csv", "waimai_10k.csv"] as const;
const RATING: Record<string, number> = { "1": 5, "0": 1 };
const PLACEHOLDER = /\[(EMAIL|ID|CARD|PHONE|ADDRESS|NAME)\]/;

describe.skipIf(!existsSync(DATASETS))(realTitle("reviews-zh"), () => {
  let run: FixtureRun;
  let ref!: ReturnType<typeof reviewsZh>;
  /** Raw records after the header, per file, read with the reference's parser. */
  let raw!: Record<string, ReturnType<typeof readCsv>["records"]>;

  beforeAll(async () => {
    ref = reviewsZh();
    raw = Object.fromEntries(FILES.map((f) => [f, readCsv(join(DATASETS, "reviews-zh", f)).records.slice(1)]));
    run = await runReal(Object.fromEntries(FILES.map((f) => [f, `reviews-zh/${f}`])));
  });
  afterAll(() => run?.close());

  it("reads both files with the reviews-labelled preset", async () => {
    expect(Object.fromEntries(run.files.map((f) => [f.source_file, f.preset.id]))).toEqual({
      "ChnSentiCorp_htl_all.csv": "reviews-labelled",
      "waimai_10k.csv": "reviews-labelled"
    });
    const sources = await run.db.query<{ source_file: string; preset: string }>(`SELECT source_file, preset FROM sources ORDER BY 1`);
    expect(sources.map((s) => s.preset)).toEqual(["reviews-labelled", "reviews-labelled"]);
  });

  for (const f of FILES) {
    it(`${f}: reconciles exactly, the empty review excluded and counted`, () => {
      const r = ref[f];
      const [q, ...rest] = run.quality.filter((x) => x.source_file === f);
      expect(rest).toEqual([]);
      expect(q.table_name).toBe("feedback");
      expect({
        read: q.rows_read, written: q.rows_written, excluded: q.rows_excluded, quarantined: q.rows_quarantined,
        duplicates: q.duplicates_exact + q.duplicates_key
      }).toEqual({
        read: r.records, // 7,766 / 11,987
        written: r.records - r.emptyOrBlankReviews, // 7,765 / 11,987
        excluded: r.emptyOrBlankReviews, // 1 (line 6376 of the hotel file) / 0
        quarantined: 0,
        duplicates: 0
      });
      expect(accountedFor(q)).toBe(q.rows_read);
      const report = run.files.find((x) => x.source_file === f)!;
      expect(report.excludedByReason).toEqual(r.emptyOrBlankReviews ? { empty_review: r.emptyOrBlankReviews } : {});
    });

    it(`${f}: every non-empty review written with its rating (label 1 → 5 stars, 0 → 1 star) and its text`, async () => {
      const rows = await run.db.query<{ feedback_id: string; rating: number; text: string | null; kind: string; lang: string | null }>(
        `SELECT feedback_id, rating, text, kind, lang FROM feedback WHERE feedback_id LIKE $1`,
        [`${f}#%`]
      );
      const got = new Map(rows.map((r) => [r.feedback_id, r]));
      const expectedIds: string[] = [];
      const ratingCounts: Record<string, number> = {};
      const wrong: unknown[] = [];
      raw[f].forEach((rec, i) => {
        const [label, review = ""] = rec.fields;
        if (review.trim() === "") return;
        const id = `${f}#${i + 1}`;
        expectedIds.push(id);
        const row = got.get(id);
        const stars = RATING[label];
        ratingCounts[stars] = (ratingCounts[stars] ?? 0) + 1;
        // Same text, or masked where it held personal data (phone numbers, addresses …).
        const sameText = row?.text === review.trim() || (row?.text != null && PLACEHOLDER.test(row.text));
        if (!row || row.rating !== stars || !sameText || row.kind !== "review") wrong.push({ id, label, review: review.slice(0, 60), row });
      });
      expect(wrong).toEqual([]);
      expect(rows.map((r) => r.feedback_id).sort()).toEqual(expectedIds.sort());
      // Ratings: labels counted by the reference, less the excluded empty review(s).
      const byRating = Object.fromEntries(
        (await run.db.query<{ rating: number; n: number }>(
          `SELECT rating, count(*) AS n FROM feedback WHERE feedback_id LIKE $1 GROUP BY 1`, [`${f}#%`]
        )).map((r) => [String(r.rating), r.n])
      );
      expect(byRating).toEqual(ratingCounts);
      const labels = ref[f].labelCounts;
      expect((byRating["5"] ?? 0) + (byRating["1"] ?? 0)).toBe(labels["1"] + labels["0"] - ref[f].emptyOrBlankReviews);
      expect(rows.every((r) => r.text !== null && r.lang === "zh")).toBe(true);
    });
  }

  it("has the reference's 5-star and 1-star totals over both files", async () => {
    const [r] = await run.db.query<{ five: number; one: number; other: number }>(
      `SELECT count(*) FILTER (WHERE rating = 5) AS five, count(*) FILTER (WHERE rating = 1) AS one,
              count(*) FILTER (WHERE rating NOT IN (1, 5) OR rating IS NULL) AS other FROM feedback`
    );
    const h = ref["ChnSentiCorp_htl_all.csv"].labelCounts, w = ref["waimai_10k.csv"].labelCounts;
    // The one empty hotel review (line 6376) has label 0, so it leaves the 1-star count.
    expect(r).toEqual({ five: h["1"] + w["1"], one: h["0"] + w["0"] - 1, other: 0 }); // 9,322 and 10,430
  });

  it("holds no person keys that are not pseudonyms", async () => {
    expect(await rawPersonKeys(run.db)).toEqual([]);
  });
});
