/**
 * Real data: the Tianchi UserBehavior sample (head of the official file, last line cut off, a few
 * dozen events before the declared window) through the whole pipeline, reconciled with the
 * independent reference (test/real/reference/taobaoBehavior.ts).
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { taobaoBehavior } from "../reference/taobaoBehavior.ts";
import { DATASETS, PSEUDONYM, realTitle, accountedFor, pseudonymOf, rawPersonKeys, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";

const FILE = "UserBehavior_sample.csv";

describe.skipIf(!existsSync(DATASETS))(realTitle("taobao-userbehavior"), () => {
  let run: FixtureRun;
  let ref!: ReturnType<typeof taobaoBehavior>;

  beforeAll(async () => {
    ref = taobaoBehavior();
    run = await runReal({ [FILE]: "taobao-userbehavior/UserBehavior_sample.csv" });
  });
  afterAll(() => run?.close());

  it("is read with the tianchi-behavior preset, in China time", async () => {
    expect(run.files.map((f) => [f.source_file, f.preset.id])).toEqual([[FILE, "tianchi-behavior"]]);
    const sources = await run.db.query<{ source_file: string; preset: string; source_time_zone: string }>(
      `SELECT source_file, preset, source_time_zone FROM sources`
    );
    expect(sources).toEqual([{ source_file: FILE, preset: "tianchi-behavior", source_time_zone: "Asia/Shanghai" }]);
    expect(run.shopTimeZone).toBe("Asia/Shanghai");
  });

  it("reconciles exactly: every complete in-window row written, the cut-off line quarantined, out-of-window rows excluded", () => {
    const q = run.quality.filter((r) => r.source_file === FILE);
    expect(q).toHaveLength(1);
    const [row] = q;
    expect(row.table_name).toBe("events");
    expect(row.rows_read).toBe(ref.totalLines); // 84,476 physical lines (no trailing newline)
    expect(row.rows_read).toBe(84_476);
    expect(row.rows_written).toBe(ref.rowsInWindowDeduped); // 84,440
    expect(row.rows_quarantined).toBe(ref.incompleteRows); // 1
    expect(row.rows_excluded).toBe(ref.rowsOutOfWindow); // 35
    expect(row.duplicates_exact + row.duplicates_key).toBe(ref.exactDuplicates.extraCopiesInWindow); // 0
    expect(row.rows_merged).toBe(0);
    expect(row.rows_derived).toBe(0);
    expect(row.superseded).toBe(0);
    expect(accountedFor(row)).toBe(row.rows_read);
    // The exclusions are all for the window, and the quality table and the Parquet agree.
    expect(run.files[0].excludedByReason).toEqual({ out_of_window: ref.rowsOutOfWindow });
    expect(run.tableRows.events).toBe(ref.rowsInWindowDeduped);
  });

  it("quarantines exactly the cut-off last line, as a cut-off row, without the raw user id", async () => {
    const rows = await run.db.query<{ source_file: string; line_number: number; reason_code: string; reason: string; raw_text: string }>(
      `SELECT source_file, line_number, reason_code, reason, raw_text FROM quarantine ORDER BY line_number`
    );
    expect(rows.map((r) => [r.source_file, r.line_number])).toEqual(ref.incompleteLines.map((l) => [FILE, l.line]));
    expect(rows[0].line_number).toBe(84_476);
    // A short record (4 of 5 fields) is a cut-off row, quarantined for its field count.
    expect(rows[0].reason_code).toBe("field_count");
    expect(rows[0].reason).toBe("expected 5 fields, found 4 (cut-off or shifted line)");
    // user_id (the first column of the header-less log) is masked by position; the rest is kept.
    const [rawUser, ...rest] = ref.incompleteLines[0].raw.split(",");
    expect(rest).toHaveLength(3);
    expect(rows[0].raw_text).toBe(["[MASKED]", ...rest].join(","));
    expect(rows[0].raw_text).not.toContain(rawUser);
  });

  it("keeps out-of-window events out of the analysed table (event_at within 2017-11-25 … 2017-12-03 China time)", async () => {
    // Shop zone = Asia/Shanghai, so the reference's UTC instants are shown +8 h as naive wall time.
    const [r] = await run.db.query<{ lo: string; hi: string; outside: number }>(
      `SELECT strftime(min(event_at), '%Y-%m-%d %H:%M:%S') AS lo, strftime(max(event_at), '%Y-%m-%d %H:%M:%S') AS hi,
              count(*) FILTER (WHERE event_at < TIMESTAMP '2017-11-25 00:00:00' OR event_at > TIMESTAMP '2017-12-03 23:59:59') AS outside
       FROM events`
    );
    expect(ref.minInWindowUtc).toBe("2017-11-24T16:00:17.000Z");
    expect(ref.maxInWindowUtc).toBe("2017-12-03T15:59:23.000Z");
    expect(r).toEqual({ lo: "2017-11-25 00:00:17", hi: "2017-12-03 23:59:23", outside: 0 });
    const q = run.quality.find((x) => x.source_file === FILE)!;
    expect(q.date_min).toBe(Date.parse("2017-11-25T00:00:17Z")); // naive shop-local ms
    expect(q.date_max).toBe(Date.parse("2017-12-03T23:59:23Z"));
  });

  it("counts every event type like the reference (pv → view)", async () => {
    const rows = await run.db.query<{ event_type: string; n: number }>(
      `SELECT event_type, count(*) AS n FROM events GROUP BY 1`
    );
    const got = Object.fromEntries(rows.map((r) => [r.event_type, r.n]));
    expect(got).toEqual(ref.behaviorCountsInWindow);
  });

  it("gives every user exactly the reference's counts per event type", async () => {
    const rows = await run.db.query<{ customer_id: string; visitors: number; total: number; view: number; fav: number; cart: number; buy: number }>(
      `SELECT customer_id, count(DISTINCT visitor_id) AS visitors, count(*) AS total,
              count(*) FILTER (WHERE event_type = 'view') AS view, count(*) FILTER (WHERE event_type = 'fav') AS fav,
              count(*) FILTER (WHERE event_type = 'cart') AS cart, count(*) FILTER (WHERE event_type = 'buy') AS buy
       FROM events GROUP BY customer_id`
    );
    const got = new Map(rows.map(({ customer_id, visitors, ...c }) => [customer_id, { ...c, visitors }]));
    const expected = new Map([...ref.perUserInWindow].map(([user, c]) => [pseudonymOf(user), { ...c, visitors: 1 }]));
    expect(got.size).toBe(ref.distinctUsersInWindow); // 815
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
  });

  it("writes no raw user id: customer and visitor keys are c_ + 16 hex", async () => {
    expect(await rawPersonKeys(run.db)).toEqual([]);
    const [r] = await run.db.query<{ n: number; ok: number }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE regexp_full_match(customer_id, '${PSEUDONYM.source}')) AS ok FROM events`
    );
    expect(r.ok).toBe(r.n);
  });
});
