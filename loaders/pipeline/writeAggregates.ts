/**
 * Small JSON files the pages read before the engine has loaded anything: the build's facts and the
 * overview's default view. They are computed by the very queries the page runs later (through the
 * Node side of the Db seam), so the first paint and the live page agree.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { nodeDb } from "../nodeDb.ts";
import { overviewKpis } from "../../src/analyses/overviewKpis.ts";
import { overviewSeries } from "../../src/analyses/overviewSeries.ts";
import { comparisonRange } from "../../src/analyses/comparisonRanges.ts";
import { TABLES } from "../../src/schema.ts";
import { isoDaysBefore, rfmDefaultView } from "../../src/analyses/rfm/rfmDefaultView.ts";
import { clvTransactions } from "../../src/analyses/clv/clvTransactions.ts";
import { customerValueView, defaultCustomerValueOptions } from "../../src/analyses/clv/customerValueView.ts";
import { calibrationEndOf } from "../../src/analyses/clv/customerValue.ts";
import { derivedStageOptions, lifecycleBase, monthEnds } from "../../src/analyses/lifecycle/lifecycleView.ts";
import { lifecycleStageSizes, lifecycleStageSummary, lifecycleTransitions } from "../../src/analyses/lifecycle/lifecycleStages.ts";
import { funnelsDefaultView } from "../../src/analyses/funnels/funnelsDefaultView.ts";
import { trafficDefaultView } from "../../src/analyses/traffic/trafficDefaultView.ts";
import { abDefaultView } from "../../src/analyses/abtests/abDefaultView.ts";
import { searchDefaultView } from "../../src/analyses/search/searchDefaultView.ts";
import { personasDefaultView } from "../../src/analyses/personas/personasDefaultView.ts";
import { productsDefaultView } from "../../src/analyses/products/productsDefaultView.ts";
import { feedbackDefaultView } from "../../src/analyses/feedback/feedbackDefaultView.ts";
import type { FileReport } from "./readSourceFile.ts";

export interface BuildInfo {
  mode: "internal" | "public";
  shopTimeZone: string;
  /** Tables published with rows (customer-level tables are empty in public mode). */
  tables: Record<string, number>;
  publishedTables: string[];
  dataFrom: string | null;
  dataTo: string | null;
  mainCurrency: string | null;
  refundTimeKnown: boolean;
  defaultRange: { from: string; to: string } | null;
  /** The capabilities table, copied so the home page needs no engine. */
  capabilities: Record<string, unknown>[];
}

const isoDay = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : null);

export async function writeAggregates(
  conn: DuckDBConnection,
  outDir: string,
  ctx: { mode: "internal" | "public"; shopTimeZone: string; tableRows: Record<string, number>; reports: FileReport[] }
): Promise<BuildInfo> {
  const db = nodeDb(conn);
  const [span] = await db.query<{ a: Date | null; b: Date | null; cur: string | null }>(
    `SELECT min(paid_at)::DATE AS a, max(paid_at)::DATE AS b,
       (SELECT currency FROM orders GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1) AS cur
     FROM orders WHERE paid_at IS NOT NULL`
  );
  const dataFrom = isoDay(span?.a);
  const dataTo = isoDay(span?.b);
  // Default view: the last 30 days of data.
  let defaultRange: BuildInfo["defaultRange"] = null;
  if (dataTo) {
    const from = new Date(Date.parse(`${dataTo}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    defaultRange = { from: dataFrom && dataFrom > from ? dataFrom : from, to: dataTo };
  }
  const orderFiles = ctx.reports.filter((r) => r.preset.tables.includes("orders"));
  const info: BuildInfo = {
    mode: ctx.mode,
    shopTimeZone: ctx.shopTimeZone,
    tables: ctx.tableRows,
    publishedTables: Object.keys(ctx.tableRows).filter(
      (t) => ctx.mode === "internal" || !(t in TABLES) || TABLES[t as keyof typeof TABLES].grain !== "customer"
    ),
    dataFrom,
    dataTo,
    mainCurrency: span?.cur ?? null,
    refundTimeKnown: orderFiles.length > 0 && orderFiles.every((r) => r.preset.refundTimeKnown === true),
    defaultRange,
    capabilities: await db.query(`SELECT * EXCLUDE (_source, _line) FROM capabilities ORDER BY report`)
  };
  writeFileSync(join(outDir, "build_info.json"), JSON.stringify(info, null, 2));

  let overview: unknown = null;
  if (defaultRange) {
    const previous = comparisonRange(defaultRange, "previous")!;
    overview = {
      range: defaultRange,
      previousRange: previous,
      kpis: await overviewKpis.run(db, defaultRange),
      previous: await overviewKpis.run(db, previous),
      series: await overviewSeries.run(db, { ...defaultRange, grain: "day" }),
      previousSeries: await overviewSeries.run(db, { ...previous, grain: "day" })
    };
  }
  writeFileSync(join(outDir, "overview_default.json"), JSON.stringify(overview));

  // Every currency of the orders, for the pages' currency inputs (asked once for all of them).
  const currenciesOf = (await db.query<{ c: string }>("SELECT DISTINCT currency AS c FROM orders ORDER BY 1")).map((r) => r.c);

  // RFM at its default settings, as of the last payment day; aggregates only, no customer ids.
  let rfm: unknown = null;
  if (dataTo && info.mainCurrency) {
    rfm = await rfmDefaultView(db, { asOf: dataTo, currency: info.mainCurrency, currencies: currenciesOf });
  }
  writeFileSync(join(outDir, "rfm_default.json"), JSON.stringify(rfm));

  // Customer value at its default settings: model fits, diagnostics and distributions only —
  // the per-customer predictions are not written (a public build must not publish them).
  let clv: unknown = null;
  if (dataFrom && dataTo && info.mainCurrency) {
    const options = defaultCustomerValueOptions(dataFrom, dataTo);
    const rows = await clvTransactions.run(db, { currency: info.mainCurrency, through: dataTo });
    const calibrationRows = options.holdoutWeeks > 0 ? await clvTransactions.run(db, { currency: info.mainCurrency, through: calibrationEndOf(options) }) : undefined;
    clv = { currency: info.mainCurrency, currencies: currenciesOf, ...customerValueView(rows, options, calibrationRows).view };
  }
  writeFileSync(join(outDir, "clv_default.json"), JSON.stringify(clv));

  // Lifecycle at its default settings (monthly cohorts, thresholds derived from the data).
  let lifecycle: unknown = null;
  if (dataFrom && dataTo && info.mainCurrency) {
    const currency = info.mainCurrency;
    const base = await lifecycleBase(db, { currency, through: dataTo, grain: "month" });
    const stageOptions = derivedStageOptions(base, currency, dataTo);
    const fromAsOf = isoDaysBefore(dataTo, 90);
    lifecycle = {
      currency,
      currencies: currenciesOf,
      asOf: dataTo,
      grain: "month",
      fromAsOf,
      base,
      stageOptions,
      stages: await lifecycleStageSummary.run(db, stageOptions),
      transitions: await lifecycleTransitions.run(db, { ...stageOptions, fromAsOf }),
      sizes: await lifecycleStageSizes.run(db, { ...stageOptions, dates: monthEnds(dataFrom, dataTo, 24) })
    };
  }
  writeFileSync(join(outDir, "lifecycle_default.json"), JSON.stringify(lifecycle));

  // Funnels, paths and traffic at their default settings (the last 30 days of the behaviour log).
  writeFileSync(join(outDir, "funnels_default.json"), JSON.stringify(await funnelsDefaultView(db)));
  writeFileSync(join(outDir, "traffic_default.json"), JSON.stringify(await trafficDefaultView(db, info.mainCurrency ?? "CNY")));
  writeFileSync(join(outDir, "abtests_default.json"), JSON.stringify(await abDefaultView(db, info.mainCurrency ?? "CNY")));
  writeFileSync(join(outDir, "search_default.json"), JSON.stringify(await searchDefaultView(db, info.mainCurrency ?? "CNY", ctx.mode === "public")));
  writeFileSync(join(outDir, "feedback_default.json"), JSON.stringify(await feedbackDefaultView(db)));
  writeFileSync(join(outDir, "personas_default.json"), JSON.stringify(await personasDefaultView(db, info.mainCurrency ?? "CNY", ctx.mode === "public")));
  writeFileSync(join(outDir, "products_default.json"), JSON.stringify(await productsDefaultView(db, info.mainCurrency ?? "CNY")));
  return info;
}
