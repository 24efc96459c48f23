/**
 * Basket rules on orders generated in a loop, worked by hand (August 2024, CNY, category level).
 * 20 purchases with lines:
 *   6 × {tea, cups} (one of them with two tea lines: still one tea)   2 × {tea, snacks}   2 × {cups}
 *   3 × {snacks}   4 × {tea, gifts}   2 × {books}   1 × one line without category (an empty basket)
 * Outside the selection (must not count): 3 × {gifts, books} cancelled after paying, 3 × {snacks, books}
 * in USD, 2 × {tea, gifts} paid 09-01 00:00, 1 × {gifts} unpaid.
 * Counts: tea 12, cups 8, snacks 5, gifts 4, books 2; pairs tea+cups 6, tea+snacks 2, tea+gifts 4.
 * minSupport 0.1 → 0.1 × 20 = 2 orders, but MIN_RULE_ORDERS = 5 is stricter: frequent tea (0.6), cups (0.4),
 * snacks (0.25, exactly 5 orders); gifts (support 0.2, 4 orders) and tea+gifts (4) are not; tea+cups (6) is.
 * Rules (n = 20, c = counts):
 *   cups → tea: support 6/20 = 0.3, confidence 6/8 = 0.75, lift 6·20 / (8·12) = 1.25, leverage (120 − 96)/400 = 0.06,
 *               conviction (20 − 12)·8 / (20·(8 − 6)) = 1.6
 *   tea → cups: confidence 6/12 = 0.5, lift 1.25, leverage 0.06, conviction (20 − 8)·12 / (20·6) = 1.2
 *   equal lift → higher confidence first.
 * Brands (tea and snacks Leaf, cups Clay, books Page, gifts none): Leaf 6 + 2 + 3 + 4 = 15, Clay 8, Page 2;
 *   Clay+Leaf 6: Clay → Leaf confidence 0.75, lift 6·20 / (8·15) = 1 (independent), conviction 5·8 / (20·2) = 1.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb, order } from "../../../helpers/fixtureDb.ts";
import { basketRules, MIN_RULE_ORDERS } from "../../../../src/analyses/products/basketRules.ts";
import { basketTransactions, basketItems } from "../../../../src/analyses/products/basketTransactions.ts";

const BRAND: Record<string, string | null> = { tea: "Leaf", snacks: "Leaf", cups: "Clay", books: "Page", gifts: null };
const inserts: string[] = [];
let n = 0;
function basket(categories: (string | null)[], o: { status?: string; currency?: string; paid?: string | null } = {}) {
  n++;
  const id = `b${String(n).padStart(2, "0")}`;
  const at = `2024-08-${String(1 + (n % 28)).padStart(2, "0")} 10:00:00`;
  inserts.push(order({ id, customer: `k${n}`, ordered: at, paid: o.paid === undefined ? at : o.paid, status: o.status, currency: o.currency }));
  categories.forEach((c, i) => {
    const brand = c ? BRAND[c] : null;
    inserts.push(`INSERT INTO order_items (order_id, line_no, product_id, category, brand, quantity, unit_price)
      VALUES ('${id}', ${i + 1}, '${c ?? "X"}-item', ${c ? `'${c}'` : "NULL"}, ${brand ? `'${brand}'` : "NULL"}, 1, 10)`);
  });
}
const times = (k: number, f: () => void) => Array.from({ length: k }, f);
times(5, () => basket(["tea", "cups"]));
basket(["tea", "cups", "tea"]);
times(2, () => basket(["tea", "snacks"]));
times(2, () => basket(["cups"]));
times(3, () => basket(["snacks"]));
times(4, () => basket(["tea", "gifts"]));
times(2, () => basket(["books"]));
basket([null]);
times(3, () => basket(["gifts", "books"], { status: "cancelled" }));
times(3, () => basket(["snacks", "books"], { currency: "USD" }));
times(2, () => basket(["tea", "gifts"], { paid: "2024-09-01 00:00:00" }));
basket(["gifts"], { status: "pending_payment", paid: null });

const AUG = { from: "2024-08-01", to: "2024-08-31", currency: "CNY" };
let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(inserts);
});
afterAll(() => fx.close());

describe("basketRules", () => {
  it("MIN_RULE_ORDERS is 5", () => {
    expect(MIN_RULE_ORDERS).toBe(5);
  });

  it("the selection: 20 baskets, 12 with two items or more, one empty", async () => {
    const rows = await basketTransactions.run(fx.db, { ...AUG, level: "category" });
    const baskets = rows.map(basketItems);
    expect(baskets).toHaveLength(20);
    expect(baskets.filter((b) => b.length >= 2)).toHaveLength(12);
    expect(baskets.filter((b) => b.length === 0)).toHaveLength(1);
    expect(baskets[5]).toEqual(["cups", "tea"]); // b06: tea, cups, tea
  });

  it("category rules with exact support, confidence, lift, leverage and conviction", async () => {
    const r = await basketRules(fx.db, { ...AUG, level: "category", minSupport: 0.1, minConfidence: 0.1 });
    expect(r.transactions).toBe(20);
    expect(r.multiItem).toBe(12);
    expect(r.items).toEqual([
      { item: "tea", count: 12, support: 0.6 },
      { item: "cups", count: 8, support: 0.4 },
      { item: "snacks", count: 5, support: 0.25 }
    ]);
    expect(r.itemsets).toBe(4); // three singles and tea+cups
    expect(r.rules).toEqual([
      { antecedent: ["cups"], consequent: ["tea"], antecedentSupport: 0.4, consequentSupport: 0.6, support: 0.3, confidence: 0.75, lift: 1.25, leverage: 0.06, conviction: 1.6, count: 6 },
      { antecedent: ["tea"], consequent: ["cups"], antecedentSupport: 0.6, consequentSupport: 0.4, support: 0.3, confidence: 0.5, lift: 1.25, leverage: 0.06, conviction: 1.2, count: 6 }
    ]);
  });

  it("minimum confidence drops the weaker direction; a higher support drops the pair", async () => {
    const strict = await basketRules(fx.db, { ...AUG, level: "category", minSupport: 0.1, minConfidence: 0.6 });
    expect(strict.rules.map((x) => `${x.antecedent}→${x.consequent}`)).toEqual(["cups→tea"]);
    // 0.35 × 20 = 7 orders: tea 12 and cups 8 stay, tea+cups (6) does not.
    const high = await basketRules(fx.db, { ...AUG, level: "category", minSupport: 0.35, minConfidence: 0 });
    expect([high.items.map((i) => i.item), high.itemsets, high.rules]).toEqual([["tea", "cups"], 2, []]);
    // 0.25 × 20 = 5: snacks at exactly the threshold is kept.
    const edge = await basketRules(fx.db, { ...AUG, level: "category", minSupport: 0.25, minConfidence: 0 });
    expect(edge.items.map((i) => i.item)).toEqual(["tea", "cups", "snacks"]);
  });

  it("brand level: lines without brand leave gifts out; Clay and Leaf are independent (lift 1)", async () => {
    const r = await basketRules(fx.db, { ...AUG, level: "brand", minSupport: 0.1, minConfidence: 0 });
    // 20 baskets still (the null-category one is empty here too); two-brand baskets: the 6 tea+cups.
    expect([r.transactions, r.multiItem]).toEqual([20, 6]);
    expect(r.items).toEqual([{ item: "Leaf", count: 15, support: 0.75 }, { item: "Clay", count: 8, support: 0.4 }]);
    expect(r.rules.map((x) => [x.antecedent[0], x.consequent[0], x.confidence, x.lift, x.leverage, x.conviction])).toEqual([
      ["Clay", "Leaf", 0.75, 1, 0, 1],
      ["Leaf", "Clay", 0.4, 1, 0, 1]
    ]);
  });

  it("another period or currency selects other baskets", async () => {
    // USD August: 3 × {snacks, books} — every itemset has 3 orders < 5: nothing frequent.
    const usd = await basketRules(fx.db, { ...AUG, currency: "USD", level: "category", minSupport: 0.1, minConfidence: 0 });
    expect([usd.transactions, usd.multiItem, usd.items, usd.rules]).toEqual([3, 3, [], []]);
    // September 1st: the 2 late {tea, gifts}.
    const sep = await basketTransactions.run(fx.db, { from: "2024-09-01", to: "2024-09-30", currency: "CNY", level: "category" });
    expect(sep.map(basketItems)).toEqual([["gifts", "tea"], ["gifts", "tea"]]);
  });
});
