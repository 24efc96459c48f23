/**
 * Generates a demo shop's raw exports, in the formats of docs/export-formats.md, into `outDir`:
 * Taobao order and item reports (two overlapping years), 生意参谋 daily reports, the CRM member
 * export, the catalogue, reviews, complaints, an NPS survey, the site-search log, the tracking log
 * and A/B assignments. The same seed gives byte-identical files.
 *
 * Personal data in the exports is fictitious and every planted value is returned as `canaries`
 * (never written into outDir, which the pipeline reads) so privacy tests can grep outputs for them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Random } from "./random.ts";
import { buildCatalog } from "./buildCatalog.ts";
import { buildCustomers } from "./buildCustomers.ts";
import { CanaryLog } from "./makePerson.ts";
import { makeOrderExtras, type OrderExtras } from "./orderExtras.ts";
import { ProductPicker } from "./productPicker.ts";
import { QueryMaker } from "./searchQueries.ts";
import { simulateOrders, type Order } from "./simulateOrders.ts";
import { DAY, dayOf, HOUR } from "./shopTime.ts";
import { SCALES, type DemoScale } from "./demoScales.ts";
import { writeCatalog } from "./writeCatalog.ts";
import { writeComplaints } from "./writeComplaints.ts";
import { ExperimentLog } from "./writeExperiments.ts";
import { writeMembers } from "./writeMembers.ts";
import { writeNps } from "./writeNps.ts";
import { writeOrderReports } from "./writeOrderReports.ts";
import { writeReviews } from "./writeReviews.ts";
import { writeTraffic } from "./writeTraffic.ts";

export interface GenerateDemoShopOptions {
  scale?: DemoScale;
  seed?: number;
  onProgress?: (msg: string) => void;
  /** Overrides the scale's customer count (tests use a few hundred). */
  customers?: number;
}

export interface DemoShopResult {
  /** Paths relative to outDir, sorted. */
  files: string[];
  counts: Record<string, number>;
  canaries: string[];
}

/** Export times of the two order reports: the morning after each year ends (late orders are still in flight). */
export const EXPORT_TIMES = { 2024: dayOf(2025, 1, 1) * DAY + 8 * HOUR, 2025: dayOf(2026, 1, 1) * DAY + 8 * HOUR } as const;

export const SHOP_CONFIG = { shop: { name: "演示店铺 Demo Shop", timeZone: "Asia/Shanghai", currency: "CNY" } };

export async function generateDemoShop(outDir: string, opts: GenerateDemoShopOptions = {}): Promise<DemoShopResult> {
  const { scale = "S", seed = 20240101, onProgress } = opts;
  const spec = SCALES[scale];
  if (!spec) throw new Error(`invalid scale: ${scale}`);
  const root = new Random(seed, "shoplens-demo");
  const canaries = new CanaryLog();
  const counts: Record<string, number> = {};
  mkdirSync(outDir, { recursive: true });
  const path = (rel: string) => join(outDir, rel);

  onProgress?.("catalogue and customers");
  const products = buildCatalog(root.fork("catalog"), spec.products);
  const customers = buildCustomers(root.fork("customers"), opts.customers ?? spec.customers);
  onProgress?.("orders");
  const orders = simulateOrders(root.fork("orders"), customers, products);
  const extrasRng = root.fork("order-extras");
  const extras = new Map<Order, OrderExtras>();
  for (const o of orders) {
    const x = makeOrderExtras(extrasRng, o);
    if (x) extras.set(o, x);
  }

  writeFileSync(path("shoplens.config.json"), JSON.stringify(SHOP_CONFIG, null, 2) + "\n");
  counts.products = writeCatalog(path("catalog/商品.csv"), products);
  counts.members = writeMembers(path("crm/会员信息.csv"), customers, orders, root.fork("members"), canaries);

  onProgress?.("order reports");
  const reportRng = root.fork("order-reports");
  const r2024 = writeOrderReports(
    { orderPath: path("taobao/订单报表-2024.csv"), itemPath: path("taobao/宝贝报表-2024.csv"), from: 0, to: dayOf(2025, 1, 1) * DAY, exportAt: EXPORT_TIMES[2024], duplicateRow: true },
    orders, extras, reportRng, canaries
  );
  const r2025 = writeOrderReports(
    { orderPath: path("taobao/订单报表-2025.csv"), itemPath: path("taobao/宝贝报表-2025.csv"), from: dayOf(2024, 12, 1) * DAY, to: dayOf(2026, 1, 1) * DAY, exportAt: EXPORT_TIMES[2025], cutOffLastLine: true },
    orders, extras, reportRng, canaries
  );
  counts.orders = orders.length;
  counts.paidOrders = orders.filter((o) => o.paidAt !== null).length;
  counts.presaleOrders = orders.filter((o) => o.presale !== null).length;
  counts.refundedOrders = orders.filter((o) => o.refund !== null).length;
  counts.buyers = new Set(orders.map((o) => o.customer.index)).size;
  counts.orderRows2024 = r2024.orderRows;
  counts.orderRows2025 = r2025.orderRows;
  counts.itemRows2024 = r2024.itemRows;
  counts.itemRows2025 = r2025.itemRows;
  counts.overlapOrders = r2024.orders + r2025.orders - orders.length;

  onProgress?.("feedback");
  const reviews = writeReviews(path("reviews/评价.csv"), orders, root.fork("reviews"), canaries);
  counts.reviews = reviews.reviews;
  counts.reviewsEnglish = reviews.english;
  counts.reviewsWithMarkup = reviews.withMarkup;
  counts.complaints = writeComplaints(path("reviews/投诉.csv"), orders, root.fork("complaints"), canaries);
  counts.npsResponses = writeNps(path("reviews/NPS调查.csv"), orders, root.fork("nps"), canaries);

  onProgress?.("traffic");
  const experiments = new ExperimentLog();
  const traffic = writeTraffic(root.fork("traffic"), {
    dataDir: outDir,
    orders,
    customers,
    picker: new ProductPicker(products),
    queries: new QueryMaker(products),
    sample: spec.sample,
    canaries,
    experiments,
    onProgress
  });
  counts.events = traffic.events;
  counts.sessions = traffic.sessions;
  counts.searches = traffic.searches;
  counts.sycmRows = traffic.sycmRows;
  const ab = experiments.write(path("experiments/AB分组.csv"), root.fork("experiments"));
  counts.experimentAssignments = ab.rows;

  const files = [
    "shoplens.config.json",
    "catalog/商品.csv",
    "crm/会员信息.csv",
    "taobao/订单报表-2024.csv",
    "taobao/订单报表-2025.csv",
    "taobao/宝贝报表-2024.csv",
    "taobao/宝贝报表-2025.csv",
    "reviews/评价.csv",
    "reviews/投诉.csv",
    "reviews/NPS调查.csv",
    "events/行为日志.csv",
    "search/站内搜索.csv",
    "sycm/流量来源-日报.csv",
    "sycm/商品效果-日报.csv",
    "sycm/引流搜索词-日报.csv",
    "experiments/AB分组.csv"
  ].sort();
  return { files, counts, canaries: canaries.sorted() };
}
