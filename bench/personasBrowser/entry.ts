/**
 * Runs in headless Chromium (bundled by bench/personas.ts): the synthetic persona shop generated
 * in DuckDB-WASM, the page's personaCustomers query through the page's own adapter, then the
 * page's re-clustering (personaModel with a fixed k) for k = 3…8 and the automatic k search as the
 * baseline. Results go to window.__bench.
 */
import { openBenchDb, publishBench } from "../browserBenchDb.ts";
import { fillPersonaShop } from "../personaShop.ts";
import { personaCustomers } from "../../src/analyses/personas/personaCustomers.ts";
import { promotionWindowsParam } from "../../src/analyses/personas/promotionWindowsParam.ts";
import { personaModel } from "../../src/personas/personaModel.ts";

const params = new URLSearchParams(location.search);
const CUSTOMERS = Number(params.get("customers") ?? 200_000);

publishBench(async () => {
  const db = await openBenchDb();
  const shop = await fillPersonaShop(db, CUSTOMERS);
  const o = { asOf: "2025-12-31", currency: "CNY", promotions: promotionWindowsParam("2024-01-01", "2025-12-31") };
  let t = performance.now();
  const rows = await personaCustomers.run(db, o);
  const loadMs = performance.now() - t;
  const reclusterMs: number[] = [];
  for (const k of [3, 4, 5, 6, 7, 8]) {
    t = performance.now();
    personaModel(rows, { k });
    reclusterMs.push(performance.now() - t);
  }
  t = performance.now();
  personaModel(rows, { k: "auto" });
  const autoMs = performance.now() - t;
  return { customers: shop.customers, loadMs, reclusterMs, autoMs };
});
