/**
 * The build-time Search view: internally it lists what the page lists; for a public build only
 * words searched by at least five different visitors, and no lists without visitor counts. The
 * hand-worked fixture has five visitors, none of whom shares a query with four others.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb } from "../../../helpers/fixtureDb.ts";
import { SEARCH_FIXTURE } from "./searchFixture.ts";
import { searchDefaultView, PUBLIC_MIN_SEARCHES } from "../../../../src/analyses/search/searchDefaultView.ts";

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(SEARCH_FIXTURE);
});
afterAll(() => fx.close());

describe("searchDefaultView", () => {
  it("keeps no word fewer than five people searched in a public build", async () => {
    const internal = (await searchDefaultView(fx.db, "CNY"))!;
    const pub = (await searchDefaultView(fx.db, "CNY", true))!;
    expect(PUBLIC_MIN_SEARCHES).toBe(5);
    // Internally the default minimum (5 searches) lists the terms searched five times or more.
    expect(internal.terms.length).toBeGreaterThan(0);
    expect(internal.terms.every((r) => r.searchers < 5)).toBe(true);
    expect(pub.terms).toEqual([]);
    expect(pub.queries).toEqual([]);
    expect(pub.rising).toEqual([]);
    expect(pub.coTerms).toEqual([]);
    // Aggregates without words stay.
    expect(pub.totals).toEqual(internal.totals);
    expect(pub.intents).toEqual(internal.intents);
  });
});
