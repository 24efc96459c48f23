/**
 * Paths on sessions worked by hand. Times are seconds after 2024-05-01 10:00:00; session gap 30 min
 * (1,800 s: a gap of exactly 1,800 s does not split, 1,801 s does). Labels: 'type' = event type;
 * 'typePage' = "type · element-or-page" (plain type when both are missing).
 *   p1  view·home 0, view·item 60, cart·item 120, buy·item 180
 *   p2  view·item 0, cart·item 30 + click·buy-btn 30 (same second, cart inserted first: TIE_ORDER puts
 *       click before cart; by name cart would come first), buy·item 90, buy·item 100 (a second buy)
 *   p3  view·home 0, view·home 1800 (gap = limit: same session) | fav·item 3601 (gap 1801: new session)
 *   p4  search 0, view·item 10, 20, 30, cart·item 40, remove_from_cart·item 50
 *   p5  view·home 0 (nothing else that day); buy 82800 (2024-05-02 09:00, outside 05-01)
 *   p6  view at 0, 10, …, 100 (eleven views, no page), buy 110
 *   p7  view·home 0, buy·item 10 + cart·item 10 (same second, buy inserted first: TIE_ORDER puts cart
 *       first; by name buy would come first)
 * Sessions of 2024-05-01 as type labels, collapse off / on (consecutive repeats merged):
 *   p1  view view cart buy            / view cart buy
 *   p2  view click cart buy buy       / view click cart buy
 *   p3a view view                     / view
 *   p3b fav                           / fav
 *   p4  search view view view cart remove_from_cart / search view cart remove_from_cart
 *   p5  view                          / view
 *   p6  view ×11 buy                  / view buy
 *   p7  view cart buy                 / view cart buy
 * Sessions with a buy: p1, p2, p6, p7 (4). Steps before the first buy (= its position − 1):
 *   collapse on:  p1 2, p2 3, p6 1, p7 2;   collapse off: p1 3, p2 3 (not 4: the first buy), p6 11 → 10+, p7 2.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb } from "../../../helpers/fixtureDb.ts";
import { pathTransitions, type PathTransitionOptions } from "../../../../src/analyses/paths/pathTransitions.ts";
import { pathLengths, pathsToPurchase } from "../../../../src/analyses/paths/pathsToPurchase.ts";
import type { PathBaseOptions } from "../../../../src/analyses/paths/pathEvents.ts";

type Ev = [visitor: string, seconds: number, type: string, page?: string | null, element?: string | null];

const EVENTS: Ev[] = [
  ["p1", 0, "view", "home"], ["p1", 60, "view", "item"], ["p1", 120, "cart", "item"], ["p1", 180, "buy", "item"],
  ["p2", 0, "view", "item"], ["p2", 30, "cart", "item"], ["p2", 30, "click", "item", "buy-btn"], ["p2", 90, "buy", "item"], ["p2", 100, "buy", "item"],
  ["p3", 0, "view", "home"], ["p3", 1800, "view", "home"], ["p3", 3601, "fav", "item"],
  ["p4", 0, "search"], ["p4", 10, "view", "item"], ["p4", 20, "view", "item"], ["p4", 30, "view", "item"], ["p4", 40, "cart", "item"], ["p4", 50, "remove_from_cart", "item"],
  ["p5", 0, "view", "home"], ["p5", 82800, "buy"],
  ...Array.from({ length: 11 }, (_, i): Ev => ["p6", i * 10, "view"]), ["p6", 110, "buy"],
  ["p7", 0, "view", "home"], ["p7", 10, "buy", "item"], ["p7", 10, "cart", "item"]
];

const q = (v: string | null | undefined) => (v == null ? "NULL" : `'${v}'`);
const insert = EVENTS.map(
  ([v, s, type, page, element]) =>
    `INSERT INTO events (event_at, visitor_id, event_type, page, element) VALUES (TIMESTAMP '2024-05-01 10:00:00' + INTERVAL ${s} SECOND, '${v}', '${type}', ${q(page)}, ${q(element)})`
);

const DAY: PathBaseOptions = { from: "2024-05-01", to: "2024-05-01", gapMinutes: 30, label: "type", collapse: true };
const links = async (o: Partial<PathTransitionOptions>) =>
  (await pathTransitions.run(fx.db, { ...DAY, start: "view", depth: 2, top: 5, ...o })).map((r) => [r.depth, r.source, r.target, r.sessions]);

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(insert);
});
afterAll(() => fx.close());

describe("pathTransitions", () => {
  it("collapse on, top 1: the rest grouped as (other), early ends go to (end)", async () => {
    // Sessions with a view: p1 p2 p3a p4 p5 p6 p7 (p3b has none). Walk from the first view, depth 2:
    //   p1 view cart buy · p2 view click cart · p3a view (end) · p4 view cart remove_from_cart
    //   p5 view (end) · p6 view buy (end) · p7 view cart buy
    // Depth 1 counts: cart 3, buy 1, click 1 → top 1 keeps cart; buy and click → (other).
    // Depth 2 counts: buy 2, cart 1, remove_from_cart 1 → keeps buy; the others → (other). (end) is never grouped.
    // Links at depth 0: view→cart 3 (p1 p4 p7), view→(end) 2 (p3a p5), view→(other) 2 (p2 p6) — 7 sessions.
    // Depth 1: cart→buy 2 (p1 p7), (other)→(end) 1 (p6), (other)→(other) 1 (p2), cart→(other) 1 (p4).
    expect(await links({ depth: 2, top: 1 })).toEqual([
      [0, "view", "cart", 3], [0, "view", "(end)", 2], [0, "view", "(other)", 2],
      [1, "cart", "buy", 2], [1, "(other)", "(end)", 1], [1, "(other)", "(other)", 1], [1, "cart", "(other)", 1]
    ]);
  });

  it("collapse off: repeats are steps; the gap boundary and same-second ties decide the walk", async () => {
    // Walk from the first view, depth 3:
    //   p1 view view cart buy · p2 view click cart buy (click before cart: TIE_ORDER)
    //   p3a view view (end)  (the view at 1800 s is in the session; the fav at 3601 s is not)
    //   p4 view view view cart · p5 view (end) · p6 view view view view · p7 view cart buy (end)
    // Top 5 keeps every label (at most 3 per depth). Depth 0: view→view 4 (p1 p3a p4 p6), (end) 1, cart 1, click 1.
    // Depth 1: view→view 2 (p4 p6), cart→buy (p7), click→cart (p2), view→(end) (p3a), view→cart (p1).
    // Depth 2: cart→buy 2 (p1 p2), buy→(end) (p7), view→cart (p4), view→view (p6).
    expect(await links({ depth: 3, top: 5, collapse: false })).toEqual([
      [0, "view", "view", 4], [0, "view", "(end)", 1], [0, "view", "cart", 1], [0, "view", "click", 1],
      [1, "view", "view", 2], [1, "cart", "buy", 1], [1, "click", "cart", 1], [1, "view", "(end)", 1], [1, "view", "cart", 1],
      [2, "cart", "buy", 2], [2, "buy", "(end)", 1], [2, "view", "cart", 1], [2, "view", "view", 1]
    ]);
  });

  it("typePage labels: type · element (or page), repeats merged only when the page is the same too", async () => {
    // Collapse on. p1 view·home view·item (different pages: not merged) · p2 view·item click·buy-btn
    // p3a view·home (two merged) (end) · p4 view·item (three merged) cart·item · p5 view·home (end)
    // p6 view buy (no page) · p7 view·home cart·item.
    // Depth 0: view·home 4, view·item 2, view 1; depth 1: cart·item 2, buy, click·buy-btn, view·item 1 — top 4 keeps all.
    expect(await links({ label: "typePage", depth: 1, top: 4 })).toEqual([
      [0, "view · home", "(end)", 2],
      [0, "view", "buy", 1],
      [0, "view · home", "cart · item", 1], [0, "view · home", "view · item", 1],
      [0, "view · item", "cart · item", 1], [0, "view · item", "click · buy-btn", 1]
    ]);
  });

  it("a session whose start event is its last event goes straight to (end)", async () => {
    // Only p3b has a fav, and nothing follows it (the gap of 1801 s cut it from p3's views).
    expect(await links({ start: "fav", depth: 3, top: 1 })).toEqual([[0, "fav", "(end)", 1]]);
  });

  it("returns nothing for a date range without events", async () => {
    expect(await links({ from: "2024-06-01", to: "2024-06-30" })).toEqual([]);
  });
});

describe("pathsToPurchase and pathLengths", () => {
  const paths = async (o: Partial<PathBaseOptions> & { steps: number; top?: number }) =>
    (await pathsToPurchase.run(fx.db, { ...DAY, top: 10, ...o })).map((r) => [r.path, r.sessions, r.share, r.buying_sessions]);

  it("the last N steps up to the first buy, '… → ' when longer, share of buying sessions", async () => {
    // Collapse on, 2 steps before the buy: p1 view cart buy (2 before: whole path), p7 the same,
    // p2 view click cart buy (3 before: "… → click → cart → buy"), p6 view buy. 4 buying sessions.
    expect(await paths({ steps: 2 })).toEqual([
      ["view → cart → buy", 2, 0.5, 4],
      ["view → buy", 1, 0.25, 4],
      ["… → click → cart → buy", 1, 0.25, 4]
    ]);
    // top keeps the most frequent path; the share is still of all 4 buying sessions.
    expect(await paths({ steps: 2, top: 1 })).toEqual([["view → cart → buy", 2, 0.5, 4]]);
  });

  it("collapse off: the path ends at the first buy and long paths are cut", async () => {
    // 3 steps: p1 view view cart buy (3 before), p2 view click cart buy (first buy; the second is not
    // shown), p6 … → view view view buy (11 before), p7 view cart buy.
    expect(await paths({ steps: 3, collapse: false })).toEqual([
      ["view → cart → buy", 1, 0.25, 4],
      ["view → click → cart → buy", 1, 0.25, 4],
      ["view → view → cart → buy", 1, 0.25, 4],
      ["… → view → view → view → buy", 1, 0.25, 4]
    ]);
  });

  it("typePage labels, one step before the buy", async () => {
    // Collapse on: p1 view·home view·item cart·item buy·item, p2 view·item click·buy-btn cart·item buy·item,
    // p7 view·home cart·item buy·item: the one step before the buy is cart·item and there are more
    // before it → "… → cart · item → buy · item" (3 sessions); p6 view buy (exactly one step: no "…").
    expect(await paths({ steps: 1, label: "typePage" })).toEqual([
      ["… → cart · item → buy · item", 3, 0.75, 4],
      ["view → buy", 1, 0.25, 4]
    ]);
  });

  it("path lengths: steps before the first buy, 10 and more together", async () => {
    const lengths = async (o: Partial<PathBaseOptions>) => (await pathLengths.run(fx.db, { ...DAY, ...o })).map((r) => [r.length, r.sessions]);
    // Collapse on: p6 1, p1 2, p7 2, p2 3.
    expect(await lengths({})).toEqual([[1, 1], [2, 2], [3, 1]]);
    // Collapse off: p7 2, p1 3, p2 3 (first buy at position 4), p6 11 → 10.
    expect(await lengths({ collapse: false })).toEqual([[2, 1], [3, 2], [10, 1]]);
    // 2024-05-02: p5's lone buy is a session of its own with no step before it.
    expect(await lengths({ from: "2024-05-02", to: "2024-05-02" })).toEqual([[0, 1]]);
    expect(await paths({ steps: 3, from: "2024-05-02", to: "2024-05-02" })).toEqual([["buy", 1, 1, 1]]);
    expect(await lengths({ from: "2024-06-01", to: "2024-06-30" })).toEqual([]);
    expect(await paths({ steps: 3, from: "2024-06-01", to: "2024-06-30" })).toEqual([]);
  });
});

describe("options", () => {
  const t = { ...DAY, start: "view", depth: 3, top: 5 };
  it("rejects invalid options naming the option", () => {
    expect(() => pathTransitions.params({ ...t, depth: 0 })).toThrow("invalid depth: 0");
    expect(() => pathTransitions.params({ ...t, depth: 9 })).toThrow("invalid depth: 9");
    expect(() => pathTransitions.params({ ...t, depth: 1.5 })).toThrow("invalid depth: 1.5");
    expect(() => pathTransitions.params({ ...t, top: 0 })).toThrow("invalid top: 0");
    expect(() => pathTransitions.params({ ...t, start: "pay" })).toThrow("invalid start: pay");
    expect(() => pathTransitions.params({ ...t, from: "2024-05-02", to: "2024-05-01" })).toThrow("invalid date range: 2024-05-02 is after 2024-05-01");
    expect(() => pathTransitions.params({ ...t, from: "2024-02-30" })).toThrow("invalid from: 2024-02-30");
    expect(() => pathTransitions.params({ ...t, gapMinutes: 0 })).toThrow("invalid gapMinutes: 0");
    expect(() => pathTransitions.params({ ...t, label: "page" as never })).toThrow("invalid label: page");
    expect(() => pathsToPurchase.params({ ...DAY, steps: 0, top: 10 })).toThrow("invalid steps: 0");
    expect(() => pathsToPurchase.params({ ...DAY, steps: 11, top: 10 })).toThrow("invalid steps: 11");
    expect(() => pathsToPurchase.params({ ...DAY, steps: 3, top: 0 })).toThrow("invalid top: 0");
    expect(() => pathLengths.params({ ...DAY, to: "2024-04-30" })).toThrow("invalid date range");
    // The valid edges pass.
    expect(() => pathTransitions.params({ ...t, depth: 1, top: 20, from: "2024-05-01", to: "2024-05-01" })).not.toThrow();
  });
});
