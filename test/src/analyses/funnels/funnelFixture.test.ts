/**
 * Funnels on visitors worked by hand (steps view → fav|cart → buy; times are seconds after
 * 2024-05-01 10:00:00; x = click, an event in no step):
 *   a  view 0, cart 100, buy 200                      → level 3 at W ≥ 200, 2 at W 100…199
 *   b  view 0, click 50, cart 100                     → sequential 2 (W ≥ 100); strict 1 (click breaks)
 *   c  buy 0, cart 10, view 20                        → sequential 1; any order 3 at W ≥ 20
 *   d  view, cart, buy all at 300 (one second)        → 3 at W = 0 in every mode (ties in step order)
 *   e  view 0, view 3000, fav 3300, buy 3400          → 3 at W ≥ 400 (the later view is the start)
 *   f  view 0, view 2000 (gap 2000 s > 30 min)        → two sessions
 *   g  cart 0 only                                    → a unit with no start (step 1 not reached)
 * Totals (re-entry), W = 500: a one attempt (3); b one (2); d one (3); e view 0 expires at 500 →
 * attempt 1 (level 1), view 3000 → attempt 2 (3); f two attempts (1 each) → 7 attempts (c and g
 * have no view before a step-2 event: c's view 20 starts an attempt of level 1 → 8 attempts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb } from "../../../helpers/fixtureDb.ts";
import { funnelCounts } from "../../../../src/analyses/funnels/funnelCounts.ts";
import { funnelTimes } from "../../../../src/analyses/funnels/funnelTimes.ts";
import { funnelTrend } from "../../../../src/analyses/funnels/funnelTrend.ts";
import { funnelBreakdown } from "../../../../src/analyses/funnels/funnelBreakdown.ts";
import { funnelDropped } from "../../../../src/analyses/funnels/funnelDropped.ts";
import { funnelView } from "../../../../src/analyses/funnels/funnelView.ts";
import { funnelAttempts } from "../../../../src/analyses/funnels/funnelAttempts.ts";
import { decodeSteps, encodeSteps, type FunnelMode, type FunnelUnit } from "../../../../src/analyses/funnels/funnelOptions.ts";

const EVENTS: [string, number, string, string?][] = [
  ["a", 0, "view", "抖音"], ["a", 100, "cart"], ["a", 200, "buy"],
  ["b", 0, "view", "手淘搜索"], ["b", 50, "click"], ["b", 100, "cart"],
  ["c", 0, "buy", "抖音"], ["c", 10, "cart"], ["c", 20, "view"],
  ["d", 300, "buy", "抖音"], ["d", 300, "cart"], ["d", 300, "view"],
  ["e", 0, "view", "直通车"], ["e", 3000, "view"], ["e", 3300, "fav"], ["e", 3400, "buy"],
  ["f", 0, "view"], ["f", 2000, "view"],
  ["g", 0, "cart"]
];

const insert = EVENTS.map(
  ([v, s, type, source]) =>
    `INSERT INTO events (event_at, visitor_id, event_type, traffic_source) VALUES (TIMESTAMP '2024-05-01 10:00:00' + INTERVAL ${s} SECOND, '${v}', '${type}', ${source ? `'${source}'` : "NULL"})`
);

const STEPS = [["view"], ["fav", "cart"], ["buy"]];
const base = { steps: STEPS, gapMinutes: 30, from: "2024-05-01", to: "2024-05-01" };
const opts = (mode: FunnelMode, unit: FunnelUnit, windowSeconds: number) => ({ ...base, mode, unit, windowSeconds });

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(insert);
});
afterAll(() => fx.close());

const counts = async (mode: FunnelMode, unit: FunnelUnit, w: number) =>
  (await funnelView(fx.db, { ...opts(mode, unit, w), grain: "day" })).counts.map((r) => r.units);

describe("funnel counts by visitor", () => {
  it("sequential: window edges are inclusive (a reaches buy at exactly W = 200)", async () => {
    // a, b, d, e, f start (c's view at 20 starts too): step 1 = a b c d e f = 6.
    expect(await counts("sequential", "visitor", 0)).toEqual([6, 1, 1]); // only d (same second)
    expect(await counts("sequential", "visitor", 199)).toEqual([6, 3, 1]); // a (cart 100), b (cart 100), d
    expect(await counts("sequential", "visitor", 200)).toEqual([6, 3, 2]); // + a buy
    expect(await counts("sequential", "visitor", 400)).toEqual([6, 4, 3]); // + e (view 3000 → fav 3300 → buy 3400)
    // 30 days (2,592,000,000 ms) must not wrap around as a 32-bit parameter: the window is bound in seconds.
    expect(await counts("sequential", "visitor", 30 * 86_400)).toEqual([6, 4, 3]);
  });

  it("strict: an event between two steps breaks the chain", async () => {
    expect(await counts("strict", "visitor", 400)).toEqual([6, 3, 3]); // a, d, e; b's click breaks
  });

  it("any order: steps in any order within the window", async () => {
    // Starts are any step: g (cart only) enters too; c reaches all three by 20 s.
    // W = 20: only c (buy 0, cart 10, view 20) and d (one second) reach more than one step.
    expect(await counts("any", "visitor", 20)).toEqual([7, 2, 2]);
    // W = 400: a 3, b 2 (view, cart), c 3, d 3, e 3 (view 3000, fav 3300, buy 3400), f 1, g 1.
    expect(await counts("any", "visitor", 400)).toEqual([7, 5, 4]);
  });

  it("reports the shortest time to each step as the time to convert", async () => {
    const rows = await funnelCounts.run(fx.db, opts("sequential", "visitor", 400));
    // Step 2 times: a 100, b 100, d 0, e 300 → sorted 0, 100, 100, 300; nearest rank ⌈4q⌉:
    // p25 the 1st (0), median the 2nd (100), p90 the 4th (300).
    expect(rows[1]).toMatchObject({ units: 4, median_s: 100, p25_s: 0, p90_s: 300 });
    // Step 3: a 200, d 0, e 400 → median 200.
    expect(rows[2]).toMatchObject({ units: 3, median_s: 200, pct_first: 0.5, pct_prev: 0.75 });
    expect(rows[0]).toMatchObject({ all_units: 7, median_s: null, pct_prev: null });
    const bands = await funnelTimes.run(fx.db, opts("sequential", "visitor", 400));
    // Bands include their lower bound: 0 → < 1 min, 100 and 200 → 1–5 min, 300 and 400 → 5–30 min.
    expect(bands).toEqual([
      { step: 2, band: 0, units: 1 }, { step: 2, band: 1, units: 2 }, { step: 2, band: 2, units: 1 },
      { step: 3, band: 0, units: 1 }, { step: 3, band: 1, units: 1 }, { step: 3, band: 2, units: 1 }
    ]);
  });
});

describe("sessions and totals", () => {
  it("splits sessions at gaps longer than the session gap", async () => {
    // e: 0 | 3000 3300 3400 (gap 3000 s); f: 0 | 2000 → 9 sessions; step 1: a b c d e×2 f×2 = 8.
    expect(await counts("sequential", "session", 400)).toEqual([8, 4, 3]);
    const long = await funnelCounts.run(fx.db, { ...opts("sequential", "session", 400), gapMinutes: 60 });
    expect(long.map((r) => r.units)).toEqual([6, 4, 3]); // f stays one session; e too
    expect(long[0]!.all_units).toBe(7);
  });

  it("totals count attempts with re-entry after completion or expiry", async () => {
    // W = 500. a: view0 → 3 (1 attempt). b: 2. c: view 20 → 1. d: 3. e: view 0 expires (1), view 3000 → 3.
    // f: view 0 (1), view 2000 (1). → 8 attempts; ≥2: a b d e' = 4; ≥3: a d e' = 3.
    expect(await counts("sequential", "total", 500)).toEqual([8, 4, 3]);
    // W = 5000: e's first attempt (view 0) reaches fav 3300 and buy 3400 → e has 1 attempt; f: view 0
    // then view 2000 is inside the first attempt's window → 1 attempt. → 6 attempts.
    expect(await counts("sequential", "total", 5000)).toEqual([6, 4, 3]);
    const view = await funnelView(fx.db, { ...opts("sequential", "total", 500), grain: "day" });
    // Step-3 times of the attempts a 200, d 0, e' 400 → median 200; trend: 8 attempts, 3 complete.
    expect(view.counts[2]).toMatchObject({ units: 3, all_units: 8, median_s: 200, pct_prev: 0.75 });
    expect(view.trend).toEqual([{ period: "2024-05-01", entered: 8, converted: 3, rate: 3 / 8, incomplete: true }]);
    expect(view.times.filter((r) => r.step === 3)).toEqual([{ step: 3, band: 0, units: 1 }, { step: 3, band: 1, units: 1 }, { step: 3, band: 2, units: 1 }]);
  });

  it("walks strict attempts to the breaking event, which may start the next attempt", () => {
    const ev = { unit: Int32Array.from([0, 0, 0, 0]), t: Float64Array.from([0, 10, 20, 30]), mask: Int32Array.from([1, 1, 2, 4]) };
    // view 0 → next is view 10 (not step 2): broken; view 10 starts → cart 20 → buy 30.
    expect(funnelAttempts(ev, 3, "strict", 1000).map((a) => [a.start, a.level, a.times])).toEqual([[0, 1, [0]], [10, 3, [0, 10, 20]]]);
    // Sequential: view 0 → cart 20 → buy 30, complete; view 10 is inside the attempt.
    expect(funnelAttempts(ev, 3, "sequential", 1000).map((a) => [a.start, a.level])).toEqual([[0, 3]]);
  });
});

describe("trend, breakdown and dropped units", () => {
  it("trends by entry day and flags periods whose window runs past the range", async () => {
    const rows = await funnelTrend.run(fx.db, { ...opts("sequential", "visitor", 400), grain: "day" });
    expect(rows).toEqual([{ period: "2024-05-01", entered: 6, converted: 3, rate: 0.5, incomplete: true }]);
  });

  it("breaks down by first-touch source with the rest grouped", async () => {
    const rows = await funnelBreakdown.run(fx.db, { ...opts("sequential", "visitor", 400), dim: "source", touch: "first", top: 1 });
    // 抖音: a, c, d (3 entrants; a, d reach buy); 手淘搜索: b → (other); 直通车: e → (other); f, g unknown.
    expect(rows.filter((r) => r.step === 3).map((r) => [r.value, r.entered, r.units])).toEqual([
      ["抖音", 3, 2], ["(other)", 2, 1], ["(unknown)", 1, 0]
    ]);
  });

  it("lists the visitors who reached the previous step but not this one", async () => {
    const rows = await funnelDropped.run(fx.db, { ...opts("sequential", "visitor", 400), step: 3 });
    expect(rows.map((r) => r.visitor_id)).toEqual(["b"]);
    const first = await funnelDropped.run(fx.db, { ...opts("sequential", "visitor", 400), step: 2 });
    expect(first.map((r) => r.visitor_id).sort()).toEqual(["c", "f"]);
  });
});

describe("options", () => {
  it("round-trips steps and rejects bad input with the reason", () => {
    expect(encodeSteps(STEPS)).toBe("view|fav,cart|buy");
    expect(decodeSteps("view|fav,cart|buy")).toEqual(STEPS);
    expect(() => decodeSteps("view")).toThrow("a funnel has 2 to 6 steps");
    expect(() => decodeSteps("view|pay")).toThrow('unknown event type "pay"');
    expect(() => funnelCounts.params({ ...opts("sequential", "visitor", -1) })).toThrow("invalid window: -1");
    expect(() => funnelCounts.params({ ...opts("sequential", "visitor", 10), from: "2024-05-02", to: "2024-05-01" } as never)).not.toThrow();
  });
});
