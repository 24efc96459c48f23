/**
 * The search analyses give the same rows and column types in DuckDB-WASM (the page) as in Node
 * DuckDB, on the hand-worked fixture: WASM binds every JS number as DOUBLE, so a missing cast or
 * an engine difference in date or list functions shows here before the full parity suite runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_TABLES, createTableSql } from "../../../../src/schema.ts";
import type { Db, Param, Query } from "../../../../src/query.ts";
import { fixtureDb } from "../../../helpers/fixtureDb.ts";
import { openNodeWasmDb, type NodeWasmDb } from "../../engine/openNodeWasmDb.ts";
import { SEARCH_FIXTURE } from "./searchFixture.ts";
import { searchQueries } from "../../../../src/analyses/search/searchQueries.ts";
import { searchTerms } from "../../../../src/analyses/search/searchTerms.ts";
import { searchTrend } from "../../../../src/analyses/search/searchTrend.ts";
import { risingTerms } from "../../../../src/analyses/search/risingTerms.ts";
import { longTailCurve } from "../../../../src/analyses/search/longTailCurve.ts";
import { longTailShares } from "../../../../src/analyses/search/longTailShares.ts";
import { queryLengths } from "../../../../src/analyses/search/queryLengths.ts";
import { coTerms } from "../../../../src/analyses/search/coTerms.ts";
import { intentMix } from "../../../../src/analyses/search/intentMix.ts";
import { zeroResults } from "../../../../src/analyses/search/zeroResults.ts";
import { lowConversion } from "../../../../src/analyses/search/lowConversion.ts";
import { searchTermsDaily } from "../../../../src/analyses/search/searchTermsDaily.ts";

const ALL = { from: "2024-05-01", to: "2024-05-07", lang: "all", intent: "all" };
const ZH = { from: "2024-04-25", to: "2024-05-06", lang: "zh", intent: "product" };
const EMPTY = { from: "2019-01-01", to: "2019-01-31", lang: "en", intent: "all" };

const CASES: [Query<never, unknown>, object[]][] = [
  [searchQueries, [{ ...ALL, minSearches: 1, top: 20, order: "searches" }, { ...ZH, minSearches: 2, top: 5, order: "searchers" }, { ...EMPTY, minSearches: 1, top: 5, order: "searches" }]],
  [searchTerms, [{ ...ALL, minSearches: 1, top: 20, order: "searchers" }, { ...EMPTY, minSearches: 1, top: 5, order: "searches" }]],
  [searchTrend, [{ ...ALL, grain: "day" }, { ...ZH, grain: "week", term: "连衣裙" }, { ...EMPTY, grain: "week" }]],
  [risingTerms, [{ ...ALL, minSearches: 1, top: 20 }, { ...EMPTY, minSearches: 1, top: 20 }]],
  [longTailCurve, [ALL, ZH, EMPTY]],
  [longTailShares, [ALL, EMPTY]],
  [queryLengths, [{ ...ALL, measure: "chars" }, { ...ZH, measure: "tokens" }, { ...EMPTY, measure: "chars" }]],
  [coTerms, [{ ...ALL, minSearches: 1, top: 20 }, { ...ALL, minSearches: 1, top: 20, term: "打折" }, { ...EMPTY, minSearches: 1, top: 5 }]],
  [intentMix, [ALL, { ...ALL, intent: "brand" }, EMPTY]],
  [zeroResults, [{ ...ALL, minSearches: 1, top: 20 }, { ...EMPTY, minSearches: 1, top: 20 }]],
  [lowConversion, [{ ...ALL, minSearches: 1, top: 20 }, { ...EMPTY, minSearches: 1, top: 20 }]],
  [searchTermsDaily, [{ ...ALL, currency: "CNY", minVisitors: 1, top: 20, order: "paid_amount" }, { ...EMPTY, currency: "CNY", minVisitors: 1, top: 20, order: "visitors" }]]
] as never;

let node: Awaited<ReturnType<typeof fixtureDb>>;
let wasm: NodeWasmDb;

beforeAll(async () => {
  node = await fixtureDb(SEARCH_FIXTURE);
  wasm = await openNodeWasmDb();
  for (const spec of Object.values(ALL_TABLES)) await wasm.query(createTableSql(spec));
  for (const sql of SEARCH_FIXTURE) await wasm.query(sql);
});
afterAll(() => node?.close());

async function typesOf(db: Db, sql: string, params: Param[]): Promise<string[]> {
  await db.query(`CREATE OR REPLACE TEMP TABLE _search_parity AS ${sql}`, params);
  const cols = await db.query<{ column_name: string; data_type: string }>(
    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '_search_parity' ORDER BY ordinal_position"
  );
  return cols.map((c) => `${c.column_name}:${c.data_type}`);
}

describe("search analyses: DuckDB-WASM and Node DuckDB agree", () => {
  for (const [query, examples] of CASES) {
    examples.forEach((options, i) => {
      it(`${query.name} #${i + 1}`, async () => {
        const fromNode = await query.run(node.db, options as never);
        expect(await query.run(wasm, options as never)).toEqual(fromNode);
        const params = query.params(options as never);
        expect(await typesOf(wasm, query.sql, params)).toEqual(await typesOf(node.db, query.sql, params));
        // The last example of each query reads an empty range; the others must return rows.
        if (i < examples.length - 1) expect(fromNode.length).toBeGreaterThan(0);
      });
    });
  }
});
