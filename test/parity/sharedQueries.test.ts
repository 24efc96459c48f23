/**
 * Same engine, same answers: the Parquet the pipeline wrote is loaded through the page's own path
 * (parquet-wasm → Arrow IPC → DuckDB-WASM, its Node build) and into Node DuckDB, and every shared
 * query must return the same column types and the same rows in both.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARED_QUERIES } from "../../src/analyses/index.ts";
import type { Db, Param } from "../../src/query.ts";
import { smallDemo } from "../helpers/demoOutput.ts";
import type { FixtureRun } from "../helpers/runOnFiles.ts";
import { openNodeWasmDb, type NodeWasmDb } from "../src/engine/openNodeWasmDb.ts";

/** RFM options exercising quantiles, the variants and cut points; the third date has no orders. */
const RFM_EXAMPLES = [
  { asOf: "2025-12-31", currency: "CNY" },
  { asOf: "2025-09-30", currency: "CNY", bins: 4, frequency: "days", monetary: "aov", basis: "median", weights: [2, 1, 1] },
  { asOf: "2019-01-01", currency: "CNY", scoring: "cuts", cuts: { r: [30, 90, 180, 365], f: [1, 2, 3, 5], m: [50, 100, 200, 500] } }
];

/** Lifecycle stage options; the third date has no orders. */
const STAGE_EXAMPLES = [
  { currency: "CNY", asOf: "2025-12-31", windowDays: 30, atRiskDays: 100, churnDays: 300, matureOrders: 4, matureSpend: 2000 },
  { currency: "CNY", asOf: "2025-06-30", windowDays: 14, atRiskDays: 60, churnDays: 200, matureOrders: 2, matureSpend: 500 },
  { currency: "CNY", asOf: "2019-01-01", windowDays: 30, atRiskDays: 100, churnDays: 300, matureOrders: 4, matureSpend: 2000 }
];

/** Funnel bases: the three order modes and the three units; the third range has no events. */
const STEPS = [["view"], ["fav", "cart"], ["buy"]];
const FUNNEL_EXAMPLES = [
  { steps: STEPS, mode: "sequential", unit: "visitor", gapMinutes: 30, from: "2025-11-01", to: "2025-12-31", windowSeconds: 3600 },
  { steps: [["view"], ["click"], ["cart"], ["buy"]], mode: "strict", unit: "session", gapMinutes: 20, from: "2024-01-01", to: "2025-12-31", windowSeconds: 86400 },
  { steps: STEPS, mode: "any", unit: "visitor", gapMinutes: 30, from: "2019-01-01", to: "2019-01-31", windowSeconds: 600 }
];
const PATH_EXAMPLES = [
  { from: "2025-11-01", to: "2025-12-31", gapMinutes: 30, label: "typePage", collapse: true },
  { from: "2024-01-01", to: "2025-12-31", gapMinutes: 10, label: "type", collapse: false },
  { from: "2019-01-01", to: "2019-01-31", gapMinutes: 30, label: "type", collapse: true }
];
const TRAFFIC_EXAMPLES = [
  { from: "2025-11-01", to: "2025-12-31", gapMinutes: 30, dim: "source", currency: "CNY", measure: "sessions" },
  { from: "2024-01-01", to: "2025-12-31", gapMinutes: 10, dim: "device", currency: "CNY", measure: "purchases" },
  { from: "2019-01-01", to: "2019-01-31", gapMinutes: 30, dim: "source", currency: "CNY", measure: "events" }
];

/** Search filters over the demo log; the third range has no searches. */
const SEARCH_ALL = { from: "2025-11-01", to: "2025-12-31", lang: "all", intent: "all" };
const SEARCH_ZH = { from: "2024-01-01", to: "2025-12-31", lang: "zh", intent: "product" };
const SEARCH_EMPTY = { from: "2019-01-01", to: "2019-01-31", lang: "en", intent: "all" };
const SEARCH_FILTERS = [SEARCH_ALL, SEARCH_ZH, SEARCH_EMPTY];
const SEARCH_TOP = SEARCH_FILTERS.map((o) => ({ ...o, minSearches: 2, top: 20 }));

/** Feedback filters over the demo; the third range has no feedback. */
const FB_ALL = { from: "2025-01-01", to: "2025-12-31", kind: "all", sentiment: "all", aspect: "all", category: "all", brand: "all" };
const FB_NEG = { from: "2024-01-01", to: "2025-12-31", kind: "review", sentiment: "negative", aspect: "quality", category: "all", brand: "all" };
const FB_EMPTY = { ...FB_ALL, from: "2019-01-01", to: "2019-01-31" };
const FB_FILTERS = [FB_ALL, FB_NEG, FB_EMPTY];
const without = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** Options each shared query is compared under; every query in SHARED_QUERIES must have some. */
/** Personas as of three dates (the third before any order); promotion windows as the page builds them. */
const PERSONA_EXAMPLES = [
  { asOf: "2025-12-31", currency: "CNY", promotions: "2024-05-20~2024-06-18;2024-10-20~2024-11-11;2025-10-20~2025-11-11" },
  { asOf: "2025-06-30", currency: "CNY", promotions: "" },
  { asOf: "2019-01-01", currency: "CNY", promotions: "" }
];
/** Product ranges: a quarter, a year at SKU level, and a range with no orders. */
const PRODUCT_EXAMPLES = [
  { from: "2025-10-01", to: "2025-12-31", currency: "CNY", level: "product" },
  { from: "2025-01-01", to: "2025-12-31", currency: "CNY", level: "sku" },
  { from: "2019-01-01", to: "2019-01-31", currency: "CNY", level: "product" }
];

const EXAMPLES: Record<string, unknown[]> = {
  overviewKpis: [
    { from: "2025-11-01", to: "2025-11-11" },
    { from: "2024-01-01", to: "2025-12-31" },
    { from: "2019-01-01", to: "2019-01-31" }
  ],
  overviewSeries: [
    { from: "2025-10-01", to: "2025-12-31", grain: "week" },
    { from: "2024-01-01", to: "2025-12-31", grain: "month" },
    { from: "2025-11-01", to: "2025-11-30", grain: "day" }
  ],
  rfmCounts: [{ asOf: "2025-12-31", currency: "CNY" }, { asOf: "2025-06-30", currency: "CNY" }, { asOf: "2019-01-01", currency: "CNY" }],
  rfmSummary: RFM_EXAMPLES,
  rfmBins: RFM_EXAMPLES,
  rfmGrid: RFM_EXAMPLES,
  rfmSegments: RFM_EXAMPLES.map((o, i) => ({ ...o, scheme: i === 1 ? "eight" : "named" })),
  rfmDistribution: RFM_EXAMPLES,
  rfmConcentration: RFM_EXAMPLES,
  rfmLorenz: RFM_EXAMPLES,
  rfmTiers: RFM_EXAMPLES.map((o) => ({ ...o, a: 0.7, b: 0.9 })),
  rfmCustomers: RFM_EXAMPLES.map((o, i) => ({ ...o, scheme: i === 1 ? "eight" : "named", segment: i === 1 ? "general_winback" : "all" })),
  rfmMigration: RFM_EXAMPLES.map((o) => ({ ...o, fromAsOf: "2025-06-30", scheme: "named" })),
  clvTransactions: [{ currency: "CNY", through: "2025-12-31" }, { currency: "CNY", through: "2025-03-31" }, { currency: "CNY", through: "2019-01-01" }],
  cohortRetention: [
    { currency: "CNY", through: "2025-12-31", grain: "month" },
    { currency: "CNY", through: "2025-06-15", grain: "week", censorPeriods: 4 },
    { currency: "CNY", through: "2019-01-01", grain: "month" }
  ],
  lifecycleGrowth: [
    { currency: "CNY", through: "2025-12-31", grain: "month" },
    { currency: "CNY", through: "2025-06-15", grain: "week" },
    { currency: "CNY", through: "2019-01-01", grain: "month" }
  ],
  repurchaseGaps: [{ currency: "CNY", through: "2025-12-31" }, { currency: "CNY", through: "2025-03-31" }, { currency: "CNY", through: "2019-01-01" }],
  timeToRepurchase: [{ currency: "CNY", through: "2025-12-31" }, { currency: "CNY", through: "2025-03-31" }, { currency: "CNY", through: "2019-01-01" }],
  lifecycleDefaults: [{ currency: "CNY", through: "2025-12-31" }, { currency: "CNY", through: "2025-03-31" }, { currency: "CNY", through: "2019-01-01" }],
  lifecycleStageSummary: STAGE_EXAMPLES,
  lifecycleStageCustomers: STAGE_EXAMPLES.map((o, i) => ({ ...o, stage: i === 1 ? "at_risk" : "all" })),
  lifecycleTransitions: STAGE_EXAMPLES.map((o) => ({ ...o, fromAsOf: "2018-12-31" })),
  lifecycleStageSizes: STAGE_EXAMPLES.map((o) => ({ ...o, dates: ["2024-06-30", "2024-12-31", "2025-06-30"] })),
  funnelCounts: FUNNEL_EXAMPLES,
  funnelTimes: FUNNEL_EXAMPLES,
  funnelTrend: FUNNEL_EXAMPLES.map((o, i) => ({ ...o, grain: i === 1 ? "week" : "day" })),
  funnelBreakdown: FUNNEL_EXAMPLES.map((o, i) => ({ ...o, dim: ["source", "province", "category"][i], touch: i === 1 ? "last" : "first", top: 3 })),
  funnelDropped: FUNNEL_EXAMPLES.map((o) => ({ ...o, step: 2 })),
  funnelTotalsEvents: FUNNEL_EXAMPLES,
  pathTransitions: PATH_EXAMPLES.map((o, i) => ({ ...o, start: i === 1 ? "cart" : "view", depth: 3, top: 4 })),
  pathsToPurchase: PATH_EXAMPLES.map((o) => ({ ...o, steps: 4, top: 10 })),
  pathLengths: PATH_EXAMPLES,
  trafficSources: TRAFFIC_EXAMPLES,
  trafficTotals: TRAFFIC_EXAMPLES,
  punchCard: TRAFFIC_EXAMPLES,
  pageClicks: TRAFFIC_EXAMPLES,
  trafficDaily: TRAFFIC_EXAMPLES,
  abExperiments: [{}, {}],
  abVariants: [
    { experiment: "checkout_button_2025", days: 0, currency: "CNY" },
    { experiment: "homepage_banner_2024", days: 7, currency: "CNY" },
    { experiment: "nope", days: 0, currency: "CNY" }
  ],
  searchQueries: SEARCH_TOP.map((o, i) => ({ ...o, order: i === 1 ? "searchers" : "searches" })),
  searchTerms: SEARCH_TOP.map((o, i) => ({ ...o, order: i === 1 ? "searches" : "searchers" })),
  searchTrend: SEARCH_FILTERS.map((o, i) => ({ ...o, grain: i === 1 ? "week" : "day" })),
  risingTerms: SEARCH_TOP,
  longTailCurve: SEARCH_FILTERS,
  longTailShares: SEARCH_FILTERS,
  queryLengths: SEARCH_FILTERS.map((o, i) => ({ ...o, measure: i === 1 ? "tokens" : "chars" })),
  coTerms: SEARCH_TOP,
  intentMix: SEARCH_FILTERS,
  searchTotals: SEARCH_FILTERS,
  zeroResults: SEARCH_TOP.map((o) => ({ ...o, minSearches: 1 })),
  lowConversion: SEARCH_TOP,
  searchTermsDaily: SEARCH_FILTERS.map((o) => ({ ...o, currency: "CNY", minVisitors: 1, top: 20, order: "visitors" })),
  feedbackTrend: FB_FILTERS.map((o, i) => ({ ...o, grain: i === 1 ? "week" : "month" })),
  aspectSentiment: FB_FILTERS,
  aspectsByGroup: FB_FILTERS.map((o, i) => ({ ...o, dim: i === 1 ? "brand" : "category", top: 5 })),
  emergingAspects: FB_FILTERS.map((o) => ({ ...without(o, "sentiment"), minNegative: 1 })),
  npsSummary: [{ ...FB_ALL, kind: "survey" }, { ...FB_ALL, from: "2024-01-01" }, FB_EMPTY],
  npsTrend: [{ ...FB_ALL, grain: "month" }, { ...FB_ALL, kind: "survey", grain: "week" }, { ...FB_EMPTY, grain: "month" }],
  complaintRate: FB_FILTERS.map((o, i) => without(i === 1 ? { ...o, sentiment: "all" } : o, "kind")),
  complaintTrend: FB_FILTERS.map((o, i) => ({ ...without(i === 1 ? { ...o, sentiment: "all" } : o, "kind"), grain: "month" })),
  feedbackQuotes: FB_FILTERS.map((o) => ({ ...o, perAspect: 3 })),
  feedbackItems: FB_FILTERS,
  feedbackTopicsTable: [{}, {}],
  feedbackModelTable: [{}, {}],
  opinionPairsTable: [{ top: 5, aspect: "all" }, { top: 3, aspect: "logistics" }, { top: 3, aspect: "effect" }],
  personaCustomers: PERSONA_EXAMPLES,
  tagCounts: PERSONA_EXAMPLES.map((o, i) => ({ ...o, tag: ["age_band", "city_tier", "top_brand"][i], by: ["none", "rfm_segment", "value_tier"][i] })),
  behaviourGroups: PERSONA_EXAMPLES.map((o, i) => ({ ...o, thresholds: i === 1 ? { discountShare: 0.05, breadth: 2 } : {} })),
  behaviourMembers: PERSONA_EXAMPLES,
  productTable: PRODUCT_EXAMPLES,
  sellThrough: PRODUCT_EXAMPLES,
  productDailyTable: PRODUCT_EXAMPLES,
  basketTransactions: PRODUCT_EXAMPLES.map((o, i) => ({ ...o, level: ["category", "brand", "product"][i] })),
  categoryCycles: [{ currency: "CNY", through: "2025-12-31" }, { currency: "CNY", through: "2025-03-31", minGaps: 5 }, { currency: "CNY", through: "2019-01-01" }]
};

let run: FixtureRun;
let wasm: NodeWasmDb;

beforeAll(async () => {
  ({ run } = await smallDemo());
  wasm = await openNodeWasmDb();
  for (const f of readdirSync(run.outDir).filter((f) => f.endsWith(".parquet"))) {
    await wasm.loadParquetFile(f.replace(/\.parquet$/, ""), join(run.outDir, f));
  }
});
afterAll(() => run?.close());

async function typesOf(db: Db, sql: string, params: Param[]): Promise<string[]> {
  // A temporary table made from the query reveals its column types in both engines.
  await db.query(`CREATE OR REPLACE TEMP TABLE _parity AS ${sql}`, params);
  const cols = await db.query<{ column_name: string; data_type: string }>(
    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '_parity' ORDER BY ordinal_position"
  );
  return cols.map((c) => `${c.column_name}:${c.data_type}`);
}

describe("parity between DuckDB-WASM (the page) and Node DuckDB (loaders, tests)", () => {
  it("loads every table with the same types and row counts", async () => {
    const q = "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY 1, ordinal_position";
    const [a, b] = [await wasm.query(q), await run.db.query(q)];
    expect(a).toEqual(b);
    for (const t of Object.keys(run.tableRows)) {
      const [x] = await wasm.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${t}"`);
      expect(x.n, t).toBe(run.tableRows[t]);
    }
  });

  it("has examples for every shared query", () => {
    expect(SHARED_QUERIES.map((q) => q.name).filter((n) => !EXAMPLES[n])).toEqual([]);
  });

  for (const query of SHARED_QUERIES) {
    for (const options of EXAMPLES[query.name] ?? []) {
      it(`${query.name} ${JSON.stringify(options)}`, async () => {
        const params = query.params(options as never);
        const [fromWasm, fromNode] = [await query.run(wasm, options as never), await query.run(run.db, options as never)];
        expect(fromWasm).toEqual(fromNode);
        expect(await typesOf(wasm, query.sql, params)).toEqual(await typesOf(run.db, query.sql, params));
        expect(fromNode.length, "a comparison of empty results proves little").toBeGreaterThan(options === EXAMPLES[query.name][2] ? -1 : 0);
      });
    }
  }
});
