import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../../src/text/boundedCache.ts";

describe("BoundedCache", () => {
  it("holds at most maxEntries, dropping the generation that was not used", () => {
    const cache = new BoundedCache<number>(4);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 10); // an update, not a new entry
    expect(cache.size).toBe(2);
    cache.set("c", 3); // young {a, b} is full: it becomes old, c starts a new young
    expect(cache.get("a")).toBe(10); // a hit in old moves a back to young {c, a}
    cache.set("d", 4); // young {c, a} full: old {b} is dropped
    expect(cache.size).toBe(3);
    expect([cache.get("a"), cache.get("b"), cache.get("c"), cache.get("d")]).toEqual([10, undefined, 3, 4]);
    for (let i = 0; i < 100; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(4);
    expect(cache.get("k99")).toBe(99);
  });
  it("stays fast when far more keys pass through than it holds", () => {
    const cache = new BoundedCache<number>(100_000);
    const t0 = performance.now();
    for (let i = 0; i < 400_000; i++) cache.set(`k${i}`, i);
    // One-Map FIFO eviction took 7.5 s here; two generations take well under 1 s.
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(cache.size).toBeLessThanOrEqual(100_000);
  });
  it("forgets everything when its epoch changes", () => {
    let epoch = 0;
    const cache = new BoundedCache<number>(10, () => epoch);
    cache.set("a", 1);
    expect(cache.get("a")).toBe(1);
    epoch++;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });
  it("rejects a size below two", () => {
    expect(() => new BoundedCache(1)).toThrow("invalid maxEntries: 1");
  });
});
