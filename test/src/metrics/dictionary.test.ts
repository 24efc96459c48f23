import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IS_PURCHASE, METRICS } from "../../../src/metrics/dictionary.ts";
import { OVERVIEW_KPIS_SQL } from "../../../src/analyses/overviewKpis.ts";
import { OVERVIEW_SERIES_SQL } from "../../../src/analyses/overviewSeries.ts";
import { SALES_DAYS_SQL, PEOPLE_DAYS_SQL, PURCHASE_CURRENCIES_SQL, OVERVIEW_FACTS_CHECKS } from "../../../src/analyses/overviewFacts.ts";
import { fixtureDb, order } from "../../helpers/fixtureDb.ts";

describe("metric dictionary", () => {
  it("defines every metric in both languages, with a formula", () => {
    for (const m of Object.values(METRICS)) {
      for (const lang of ["zh", "en"] as const) {
        expect(m.name[lang].trim(), `${m.id} name ${lang}`).not.toBe("");
        expect(m.definition[lang].length, `${m.id} definition ${lang}`).toBeGreaterThan(10);
        expect(m.formula[lang].trim(), `${m.id} formula ${lang}`).not.toBe("");
      }
    }
  });

  it("holds the definitions the platform conventions require", () => {
    expect(Object.keys(METRICS)).toEqual(
      expect.arrayContaining(["purchase", "gmv", "net_sales", "paid_orders", "paying_buyers", "arpu", "aov", "conversion", "repurchase_rate", "refund_rate", "active_customer", "churned_customer"])
    );
    // 客单价 is per buyer, not per order; GMV keeps refunds and postage.
    expect(METRICS.arpu.formula.en).toMatch(/paying buyers/);
    expect(METRICS.aov.formula.en).toMatch(/paid orders/);
    expect(METRICS.gmv.definition.en).toMatch(/postage included and refunds not deducted/);
  });

  it("is the one definition of a purchase the shared SQL uses", () => {
    // The overview reads purchases and buyers from sales_days and people_days, which are defined
    // by IS_PURCHASE, and so are the checks that reconcile them.
    for (const sql of [SALES_DAYS_SQL, PEOPLE_DAYS_SQL, PURCHASE_CURRENCIES_SQL]) expect(sql).toContain(IS_PURCHASE);
    for (const check of OVERVIEW_FACTS_CHECKS.filter((c) => c.table === "sales_days" || c.what.startsWith("buyers"))) {
      expect(check.source).toContain(IS_PURCHASE);
    }
    for (const sql of [OVERVIEW_KPIS_SQL, OVERVIEW_SERIES_SQL]) {
      expect(sql).toContain("FROM sales_days");
      expect(sql).toContain("FROM people_days");
      expect(sql).not.toMatch(/\bFROM orders\b/);
    }
  });

  it("counts paid, refunded orders as purchases and cancelled or unpaid ones not", async () => {
    const m = await fixtureDb([
      order({ id: "paid", ordered: "2024-01-01 10:00:00", paid: "2024-01-01 10:00:00" }),
      order({ id: "refunded", ordered: "2024-01-01 10:00:00", paid: "2024-01-01 10:00:00", status: "refunded", refund: 100 }),
      order({ id: "cancelled", ordered: "2024-01-01 10:00:00", paid: "2024-01-01 10:00:00", status: "cancelled" }),
      order({ id: "unpaid", ordered: "2024-01-01 10:00:00", paid: null, status: "pending_payment" })
    ]);
    const rows = await m.db.query<{ order_id: string }>(`SELECT order_id FROM orders o WHERE ${IS_PURCHASE} ORDER BY 1`);
    expect(rows.map((r) => r.order_id)).toEqual(["paid", "refunded"]);
    m.close();
  });

  it("is what the glossary page renders", () => {
    const page = readFileSync(new URL("../../../reports/[lang]/glossary.md", import.meta.url), "utf8");
    expect(page).toMatch(/METRICS/);
    expect(page).toMatch(/promotion|calendar/i);
  });
});
