/**
 * The set-based path's instant → shop wall time must equal the record path's (instantToLocal,
 * Intl's zone rules) to the second, including around every transition of zones with daylight
 * saving, half-hour and 45-minute offsets and a zone that skipped a day.
 */
import { listValue } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb } from "../../../loaders/nodeDb.ts";
import { shopLocalSql, zoneSegmentsAt } from "../../../loaders/clean/shopLocalSql.ts";
import { instantToLocal } from "../../../loaders/clean/zoneOffset.ts";

let env: Awaited<ReturnType<typeof memoryDb>>;
beforeAll(async () => {
  env = await memoryDb();
});
afterAll(() => env.close());

const HOUR = 3_600_000;
/** The offsets of `timeZone` over every hour between two instants (UTC epoch ms). */
const zoneSegments = (timeZone: string, fromMs: number, toMs: number) =>
  zoneSegmentsAt(timeZone, (function* () {
    for (let start = Math.floor(fromMs / HOUR) * HOUR; start <= toMs; start += HOUR) yield start;
  })());

const FROM = Date.UTC(2010, 0, 1);
const TO = Date.UTC(2026, 0, 1);

describe("shopLocalSql", () => {
  it.each(["Asia/Shanghai", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "Pacific/Apia", "UTC"])(
    "matches instantToLocal in %s around every transition and at random seconds, 2010–2025",
    async (zone) => {
      const segments = zoneSegments(zone, FROM, TO);
      const instants = new Set<number>([FROM, TO]);
      for (const s of segments.slice(1)) for (const d of [-3_601_000, -1000, 0, 1000, 1_801_000]) instants.add(s.from + d);
      let seed = 99;
      for (let i = 0; i < 500; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        instants.add(FROM + Math.floor(((seed / 0x7fffffff) * (TO - FROM)) / 1000) * 1000);
      }
      const ms = [...instants].filter((t) => t >= FROM && t <= TO).sort((a, b) => a - b);
      const r = await env.conn.runAndReadAll(
        `SELECT epoch_ms(${shopLocalSql("u", zoneSegments(zone, ms[0], ms[ms.length - 1]))}) FROM (SELECT make_timestamp(x * 1000) AS u, i FROM unnest($1::BIGINT[]) WITH ORDINALITY t(x, i)) ORDER BY i`,
        [listValue(ms.map((t) => BigInt(t)))]
      );
      expect(r.getRows().map((x) => Number(x[0]))).toEqual(ms.map((t) => instantToLocal(t, zone)));
      if (zone === "America/New_York") expect(segments.length).toBe(33); // two changes a year
      if (zone === "Asia/Shanghai") expect(segments.length).toBe(1);
    }
  );

  it.each(["America/New_York", "Europe/London", "Asia/Shanghai"])(
    "over the hours that occur only, however far apart, matches instantToLocal in %s",
    async (zone) => {
      // A log with a stray time a century early, and times around a transition: the hours
      // between them are never looked at (stepping through them took seconds per decade).
      const ms = [Date.UTC(1, 0, 1, 12), Date.UTC(1901, 5, 1), Date.UTC(1970, 0, 1), Date.UTC(2024, 2, 10, 6, 59, 59), Date.UTC(2024, 2, 10, 7),
        Date.UTC(2024, 2, 31, 0, 59, 59), Date.UTC(2024, 2, 31, 1), Date.UTC(2024, 10, 3, 5, 30), Date.UTC(2024, 10, 3, 6, 30), Date.UTC(2025, 0, 1)];
      const hours = [...new Set(ms.map((t) => Math.floor(t / 3_600_000) * 3_600_000))].sort((a, b) => a - b);
      const t0 = performance.now();
      const segments = zoneSegmentsAt(zone, hours);
      expect(performance.now() - t0).toBeLessThan(2000);
      const r = await env.conn.runAndReadAll(
        `SELECT epoch_ms(${shopLocalSql("u", segments)}) FROM (SELECT make_timestamp(x * 1000) AS u, i FROM unnest($1::BIGINT[]) WITH ORDINALITY t(x, i)) ORDER BY i`,
        [listValue(ms.map((t) => BigInt(t)))]
      );
      expect(r.getRows().map((x) => Number(x[0]))).toEqual(ms.map((t) => instantToLocal(t, zone)));
    }
  );
});
