/**
 * Real data: the first 1,000 events of the REES46 October 2019 log through the whole pipeline,
 * reconciled with the independent reference (test/real/reference/rees46.ts).
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rees46 } from "../reference/rees46.ts";
import { DATASETS, realTitle, accountedFor, rawPersonKeys, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";

const FILE = "2019-Oct-sample_first1000.csv";

/** A UTC instant shown as naive wall time in `zone` (the shop's zone), "YYYY-MM-DD HH:MM:SS". */
function wallTime(isoUtc: string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23"
    }).formatToParts(new Date(isoUtc)).map((p) => [p.type, p.value])
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

describe.skipIf(!existsSync(DATASETS))(realTitle("rees46"), () => {
  let run: FixtureRun;
  let ref!: ReturnType<typeof rees46>;

  beforeAll(async () => {
    ref = rees46();
    run = await runReal({ [FILE]: "rees46/2019-Oct-sample_first1000.csv" });
  });
  afterAll(() => run?.close());

  it("is read with the rees46-events preset, its times declared UTC", async () => {
    expect(run.files.map((f) => [f.source_file, f.preset.id])).toEqual([[FILE, "rees46-events"]]);
    const sources = await run.db.query<{ preset: string; source_time_zone: string }>(`SELECT preset, source_time_zone FROM sources`);
    expect(sources).toEqual([{ preset: "rees46-events", source_time_zone: "UTC" }]);
  });

  it("reconciles exactly: 1,000 read, 1,000 written, nothing quarantined, excluded or dropped", () => {
    const [row, ...rest] = run.quality.filter((r) => r.source_file === FILE);
    expect(rest).toEqual([]);
    expect(row.table_name).toBe("events");
    expect(row.rows_read).toBe(ref.rows);
    expect(row.rows_written).toBe(ref.reconciliation.written);
    expect(row.rows_quarantined).toBe(0);
    expect(row.rows_excluded).toBe(0);
    expect(row.duplicates_exact + row.duplicates_key).toBe(ref.exactDuplicates);
    expect(row.rows_merged + row.rows_derived + row.superseded).toBe(0);
    expect(accountedFor(row)).toBe(row.rows_read);
    expect(run.tableRows.events).toBe(ref.rows);
    expect(run.tableRows.quarantine).toBe(0);
  });

  it("counts event types (purchase → buy), visitors and sessions like the reference", async () => {
    const types = await run.db.query<{ event_type: string; n: number }>(`SELECT event_type, count(*) AS n FROM events GROUP BY 1`);
    const expected = Object.fromEntries(Object.entries(ref.eventTypeCounts).filter(([, n]) => n > 0));
    expect(Object.fromEntries(types.map((r) => [r.event_type, r.n]))).toEqual(expected);
    const [r] = await run.db.query<{ visitors: number; customers: number; sessions: number; no_session: number }>(
      `SELECT count(DISTINCT visitor_id) AS visitors, count(DISTINCT customer_id) AS customers,
              count(DISTINCT session_id) AS sessions, count(*) FILTER (WHERE session_id IS NULL) AS no_session FROM events`
    );
    expect(r).toEqual({ visitors: ref.distinctUsers, customers: ref.distinctUsers, sessions: ref.distinctSessions, no_session: ref.missingSession });
  });

  it("shows the first and last event in the shop's time zone", async () => {
    // The reference's instants are UTC; the pipeline writes naive wall time in the shop's zone
    // (runPipeline's shopTimeZone), so convert UTC → that zone (identity when it is UTC).
    const zone = run.shopTimeZone;
    const [r] = await run.db.query<{ lo: string; hi: string }>(
      `SELECT strftime(min(event_at), '%Y-%m-%d %H:%M:%S') AS lo, strftime(max(event_at), '%Y-%m-%d %H:%M:%S') AS hi FROM events`
    );
    expect(r).toEqual({ lo: wallTime(ref.minEventTimeUtc, zone), hi: wallTime(ref.maxEventTimeUtc, zone) });
    expect(zone).toBe("UTC"); // the only file declares UTC, so the shop zone is UTC: 2019-10-01 00:00:00 … 00:17:26
    expect(r).toEqual({ lo: "2019-10-01 00:00:00", hi: "2019-10-01 00:17:26" });
  });

  it("writes no raw user id: customer and visitor keys are c_ + 16 hex", async () => {
    expect(await rawPersonKeys(run.db)).toEqual([]);
  });
});
