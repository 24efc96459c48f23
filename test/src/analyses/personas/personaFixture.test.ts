/**
 * The persona base, its tags, tag counts and behaviour groups on a shop worked by hand
 * (as of 2024-06-30 Sun, CNY, promotion windows = the shop calendar's between 06-01 and 06-30:
 * 618 with its pre-sale, "2024-05-20~2024-06-18").
 *
 * Customers (customers table; c7 has no row at all):
 *   c1 F 1990 上海      → age 34 30_34, tier1          c2 M 2000 杭州市 → 24 18_24, new_tier1 (市 dropped)
 *   c3 F 1970 London    → 54 50p, overseas             c4 — 1920 (null city) → 104 > 100: unknown, unknown
 *   c5 F 2010 绵阳      → 14 u18, other                c6 M 1985 北京市 → 39 35_39, tier1
 *   c7 (no row)         → unknown everywhere
 * Orders (paid in CNY unless said; disc = discount column; lines are category brand qty×unit):
 *   o11 c1 05-20 10:00 (pre-sale start: promo) 100 disc 5   美妆 BA 1×100
 *   o12 c1 06-19 10:30 (day after 618: no)     200          美妆 BA 1×200
 *   o13 c1 04-01 21:00                          100          服饰 BA 2×50
 *   o14 c1 07-01 00:00 (after the as-of day)   1000          美妆 BA 1×1000            → left out
 *   o21 c2 06-20 14:00 180 disc 20                           服饰 BB 1×100 + 美妆 BA 1×100
 *   o22 c2 03-05 14:30  45 disc 5                            食品 (no brand) 1×50
 *   o23 c2 06-21 cancelled after paying 500                  美妆 BA 1×999             → left out
 *   o31 c3 05-01 09:00  80 disc 20, refunded 80 on 05-03 (known by the as-of day)      食品 BC 2×50
 *   o32 c3 06-25 18:00  60 disc 40, refunded 60 on 07-05 (after the as-of day: not yet) 食品 BC 1×100
 *   o41 c4 06-28 23:30  50                                   服饰 (no brand) 1×50
 *   o51 c5 06-18 23:59  50 (last minute of 618: promo)       食品 BC 1×50
 *   o61 c6 04-10 20:00 450                                   美妆 BA 1×300 + 服饰 BB 1×150
 *   o71 c7 03-15 08:00   0 (free sample, no lines, no discount)
 *   o72 c7 06-02 USD 10 (美妆 1×1) · o73 c7 06-03 unpaid (美妆 1×2) · ox1 no customer 06-01 70 (美妆 1×5) → left out
 * Per customer (orders, net, discount share, promo share, refund rate, recency = days from last purchase to 06-30):
 *   c1 3, 400, 5/405 = 0.0123 (low), 1/3 (some), 0, 11     c2 2, 225, 25/250 = 0.1 (mid), 0 (never), 0, 10
 *   c3 2, 0 + 60 = 60, 60/200 = 0.3 (high), 0, 1/2 (frequent), 5
 *   c4 1, 50, 0 (low), 0, 0, 2    c5 1, 50, 0 (low), 1 (mostly), 0, 12    c6 1, 450, 0 (low), 0, 0, 81
 *   c7 1, 0, 0/0 = null (unknown), 0, 0, 107
 * Within-category mid-rank percentile of unit price over the purchased lines above (the left-out orders'
 * lines are not in it): with n lines, pct = ((r_low − 1) + (r_high − 1)) / (2 (n − 1)), r_low = 1 + lines
 * strictly cheaper, r_high = lines at most as dear (a category of one line: 0.5). All three have n = 4, 2 (n − 1) = 6:
 *   美妆 100 100 200 300: 100 ranks 1–2 → (0 + 1)/6 = 1/6, 200 → (2 + 2)/6 = 2/3, 300 → (3 + 3)/6 = 1;
 *   服饰 50 50 100 150: the same ranks → 1/6 1/6 2/3 1; 食品 50 50 50 100: 50 ranks 1–3 → (0 + 2)/6 = 1/3, 100 → 1.
 *   price_pct (mean over lines, rounded to 10 decimals): c1 (美妆 100: 1/6 + 美妆 200: 2/3 + 服饰 50: 1/6)/3 = 1/3
 *   → 0.3333333333; c2 (服饰 100: 2/3 + 美妆 100: 1/6 + 食品 50: 1/3)/3 = (7/6)/3 = 7/18 → 0.3888888889;
 *   c3 (食品 50: 1/3 + 食品 100: 1)/2 = 2/3 → 0.6666666667; c4 服饰 50: 1/6 → 0.1666666667; c5 食品 50: 1/3
 *   → 0.3333333333; c6 (1 + 1)/2 = 1; c7 no lines → null.
 * Brands (top brand ÷ all line value, unbranded lines included): c1 BA 400 → 1; c2 BB 100 BA 100 + 50 unbranded → 100 / 250 = 0.4, top BB (tie → larger);
 *   c3 BC 200 → 1; c4 none → null; c5 BC → 1; c6 BA 300 BB 150 → 2/3; c7 null.
 * Categories: c1 2 (美妆 300 > 服饰 100), c2 3 (美妆 100 = 服饰 100 > 食品 50: tie → 美妆, the larger string),
 *   c3 1 食品, c4 1 服饰, c5 1 食品, c6 2 美妆, c7 0.
 * Paid hour (most frequent, ties → earliest): c1 10, c2 14, c3 9 (9 vs 18), c4 23, c5 23, c6 20, c7 8.
 * Reviews (kind review, written by 06-30), review_rate = least(1, reviews ÷ purchases): c1 06-12 (its 07-02 one
 *   is later) → 1/3; c6 04-15 → 1/1 = 1 (its complaint is not a review); a review without customer counts for
 *   no one. Nobody here has more reviews than purchases, so the cap at 1 changes no value.
 * Devices (events by 06-30, null devices ignored): c1 mobile 2 pc 1 → mobile; c2 pc 1 app 1 → pc (tie → larger);
 *   c3 pc 1 (3 mobile events on 07-02 are later) → pc; c6 app (2 events without device); others none.
 * Value tiers: net cents 45000 c6, 40000 c1, 22500 c2, 6000 c3, 5000 c4 = 5000 c5, 0 c7; total 123500;
 *   80 % = 98800, 95 % = 117325. Before: c6 0 A, c1 45000 A, c2 85000 A, c3 107500 B, {c4 c5} 113500 B
 *   (alone, c5 would start at 118500 ≥ 95 %: C — the tie keeps it in B), c7 123500 C.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb, order } from "../../../helpers/fixtureDb.ts";
import { personaCustomers, type PersonaCustomerRow } from "../../../../src/analyses/personas/personaCustomers.ts";
import { tagCounts } from "../../../../src/analyses/personas/tagCounts.ts";
import { behaviourGroups, behaviourMembers } from "../../../../src/analyses/personas/behaviourGroups.ts";
import { promotionWindowsParam } from "../../../../src/analyses/personas/promotionWindowsParam.ts";
import { personaBaseKey } from "../../../../src/analyses/personas/personaBase.ts";
import type { PersonaOptions } from "../../../../src/analyses/personas/personaOptions.ts";
import { rfmCustomers } from "../../../../src/analyses/rfm/rfmCustomers.ts";
import { TAGS, tagById } from "../../../../src/personas/tagCatalog.ts";
import { thresholdParams } from "../../../../src/personas/behaviourRules.ts";
import { buildFeatureMatrix, FEATURES } from "../../../../src/personas/clusterFeatures.ts";

const q = (v: string | number | null | undefined) => (v == null ? "NULL" : typeof v === "number" ? String(v) : `'${v}'`);
const customer = (id: string, gender: string | null, birth: number | null, province: string | null, city: string | null, channel: string | null) =>
  `INSERT INTO customers (customer_id, gender, birth_year, province, city, acquisition_channel) VALUES (${q(id)}, ${q(gender)}, ${q(birth)}, ${q(province)}, ${q(city)}, ${q(channel)})`;
const line = (orderId: string, n: number, product: string, category: string, brand: string | null, qty: number, unit: number) =>
  `INSERT INTO order_items (order_id, line_no, product_id, category, brand, quantity, unit_price) VALUES (${q(orderId)}, ${n}, ${q(product)}, ${q(category)}, ${q(brand)}, ${qty}, ${unit})`;
const discount = (orderId: string, d: number) => `UPDATE orders SET discount = ${d} WHERE order_id = '${orderId}'`;
const review = (id: string, customerId: string | null, at: string, kind = "review") =>
  `INSERT INTO feedback (feedback_id, kind, created_at, customer_id, rating) VALUES (${q(id)}, ${q(kind)}, TIMESTAMP '${at}', ${q(customerId)}, 5)`;
const event = (customerId: string | null, at: string, device: string | null) =>
  `INSERT INTO events (event_at, visitor_id, customer_id, event_type, device) VALUES (TIMESTAMP '${at}', 'v-${customerId ?? "anon"}', ${q(customerId)}, 'view', ${q(device)})`;

const INSERTS = [
  customer("c1", "F", 1990, "上海", "上海", "search"),
  customer("c2", "M", 2000, "浙江", "杭州市", "live"),
  customer("c3", "F", 1970, "United Kingdom", "London", "ads"),
  customer("c4", null, 1920, null, null, null),
  customer("c5", "F", 2010, "四川", "绵阳", "search"),
  customer("c6", "M", 1985, "北京", "北京市", "ads"),

  order({ id: "o11", customer: "c1", ordered: "2024-05-20 09:59:00", paid: "2024-05-20 10:00:00", paidAmount: 100 }),
  discount("o11", 5),
  line("o11", 1, "P1", "美妆", "BA", 1, 100),
  order({ id: "o12", customer: "c1", ordered: "2024-06-19 10:29:00", paid: "2024-06-19 10:30:00", paidAmount: 200 }),
  line("o12", 1, "P2", "美妆", "BA", 1, 200),
  order({ id: "o13", customer: "c1", ordered: "2024-04-01 20:59:00", paid: "2024-04-01 21:00:00", paidAmount: 100 }),
  line("o13", 1, "P3", "服饰", "BA", 2, 50),
  order({ id: "o14", customer: "c1", ordered: "2024-06-30 23:59:00", paid: "2024-07-01 00:00:00", paidAmount: 1000 }),
  line("o14", 1, "P2", "美妆", "BA", 1, 1000),

  order({ id: "o21", customer: "c2", ordered: "2024-06-20 13:59:00", paid: "2024-06-20 14:00:00", paidAmount: 180 }),
  discount("o21", 20),
  line("o21", 1, "P4", "服饰", "BB", 1, 100),
  line("o21", 2, "P1", "美妆", "BA", 1, 100),
  order({ id: "o22", customer: "c2", ordered: "2024-03-05 14:29:00", paid: "2024-03-05 14:30:00", paidAmount: 45 }),
  discount("o22", 5),
  line("o22", 1, "P6", "食品", null, 1, 50),
  order({ id: "o23", customer: "c2", ordered: "2024-06-21 10:59:00", paid: "2024-06-21 11:00:00", paidAmount: 500, status: "cancelled" }),
  line("o23", 1, "P2", "美妆", "BA", 1, 999),

  order({ id: "o31", customer: "c3", ordered: "2024-05-01 08:59:00", paid: "2024-05-01 09:00:00", paidAmount: 80, status: "refunded", refund: 80, refundedAt: "2024-05-03 12:00:00" }),
  discount("o31", 20),
  line("o31", 1, "P5", "食品", "BC", 2, 50),
  order({ id: "o32", customer: "c3", ordered: "2024-06-25 17:59:00", paid: "2024-06-25 18:00:00", paidAmount: 60, status: "refunded", refund: 60, refundedAt: "2024-07-05 12:00:00" }),
  discount("o32", 40),
  line("o32", 1, "P5", "食品", "BC", 1, 100),

  order({ id: "o41", customer: "c4", ordered: "2024-06-28 23:29:00", paid: "2024-06-28 23:30:00", paidAmount: 50 }),
  line("o41", 1, "P7", "服饰", null, 1, 50),
  order({ id: "o51", customer: "c5", ordered: "2024-06-18 23:58:00", paid: "2024-06-18 23:59:00", paidAmount: 50 }),
  line("o51", 1, "P6", "食品", "BC", 1, 50),
  order({ id: "o61", customer: "c6", ordered: "2024-04-10 19:59:00", paid: "2024-04-10 20:00:00", paidAmount: 450 }),
  line("o61", 1, "P8", "美妆", "BA", 1, 300),
  line("o61", 2, "P9", "服饰", "BB", 1, 150),

  order({ id: "o71", customer: "c7", ordered: "2024-03-15 07:59:00", paid: "2024-03-15 08:00:00", paidAmount: 0 }),
  order({ id: "o72", customer: "c7", ordered: "2024-06-02 09:59:00", paid: "2024-06-02 10:00:00", paidAmount: 10, currency: "USD" }),
  line("o72", 1, "P1", "美妆", "BA", 1, 1),
  order({ id: "o73", customer: "c7", ordered: "2024-06-03 10:00:00", status: "pending_payment", paidAmount: 2 }),
  line("o73", 1, "P1", "美妆", "BA", 1, 2),
  order({ id: "ox1", customer: null, ordered: "2024-06-01 11:59:00", paid: "2024-06-01 12:00:00", paidAmount: 70 }),
  line("ox1", 1, "P1", "美妆", "BA", 1, 5),

  review("f1", "c1", "2024-06-12 10:00:00"),
  review("f2", "c1", "2024-07-02 10:00:00"),
  review("f3", "c6", "2024-04-15 10:00:00"),
  review("f4", "c6", "2024-04-16 10:00:00", "complaint"),
  review("f5", null, "2024-06-01 10:00:00"),

  event("c1", "2024-06-01 10:00:00", "mobile"),
  event("c1", "2024-06-02 10:00:00", "mobile"),
  event("c1", "2024-06-03 10:00:00", "pc"),
  event("c2", "2024-06-01 10:00:00", "pc"),
  event("c2", "2024-06-02 10:00:00", "app"),
  event("c3", "2024-06-01 10:00:00", "pc"),
  event("c3", "2024-07-02 10:00:00", "mobile"),
  event("c3", "2024-07-02 10:01:00", "mobile"),
  event("c3", "2024-07-02 10:02:00", "mobile"),
  event("c6", "2024-04-01 10:00:00", null),
  event("c6", "2024-04-01 10:01:00", null),
  event("c6", "2024-04-01 10:02:00", "app"),
  event(null, "2024-06-01 10:00:00", "mobile")
];

const PROMOS = "2024-05-20~2024-06-18";
const O: PersonaOptions = { asOf: "2024-06-30", currency: "CNY", promotions: PROMOS };
const CUSTOMERS = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"];

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(INSERTS);
});
afterAll(() => fx.close());

/** Members with a missing group list read as '' (see the contract test below). */
const members = async (o: Parameters<typeof behaviourMembers.run>[1]) =>
  (await behaviourMembers.run(fx.db, o)).map((m) => ({ customer_id: m.customer_id, groups: m.groups ?? "" }));
const rowsOf = async (o: PersonaOptions = O) => Object.fromEntries((await personaCustomers.run(fx.db, o)).map((r) => [r.customer_id, r]));
const tagOf = async (tag: string, o: PersonaOptions = O) => Object.fromEntries((await personaCustomers.run(fx.db, o)).map((r) => [r.customer_id, r[tag]]));

describe("promotionWindowsParam", () => {
  it("gives the calendar's selling windows overlapping the range, from the pre-sale, without 春节", () => {
    // June 2024: only 618, which starts with its pre-sale on 05-20 (before the range) and ends 06-18.
    expect(promotionWindowsParam("2024-06-01", "2024-06-30")).toBe(PROMOS);
    // 2023-11-05 … 2024-06-10: 2023 双十一 (pre-sale 10-20, ends 11-11 ≥ from), 2023 双十二, 2024 年货节
    // (春节 02-10 − 24 … − 10 days = 01-17 … 01-31), 2024 618 (pre-sale 05-20 ≤ to). 2023 年货节 and 618
    // ended before the range; 2024 春节 (02-03 … 02-17) is not a sale; 2024 双十一 starts after it.
    expect(promotionWindowsParam("2023-11-05", "2024-06-10")).toBe(
      "2023-10-20~2023-11-11;2023-12-10~2023-12-12;2024-01-17~2024-01-31;2024-05-20~2024-06-18"
    );
    // Only the 春节 window overlaps 02-05 … 02-12: nothing.
    expect(promotionWindowsParam("2024-02-05", "2024-02-12")).toBe("");
    // A range inside 618's pre-sale alone still gets 618.
    expect(promotionWindowsParam("2024-05-25", "2024-05-28")).toBe("2024-05-20~2024-06-18");
  });

  it("includes next year's 年货节 when it starts in December (2023: 春节 01-22 − 24 days = 2022-12-29)", () => {
    // December 2022: 双十二 12-10 … 12-12 and the 2023 年货节 2022-12-29 … 2023-01-12, which belongs to the calendar
    // year 2023; the loop over the range's years (2022 only) never asks promotionWindows(2023) for it.
    expect(promotionWindowsParam("2022-12-01", "2022-12-31")).toBe("2022-12-10~2022-12-12;2022-12-29~2023-01-12");
  });

  it("rejects a promotions string that is not YYYY-MM-DD~YYYY-MM-DD;…", async () => {
    expect(() => personaBaseKey({ ...O, promotions: "2024-05-20-2024-06-18" })).toThrow(/invalid promotions: 2024-05-20-2024-06-18/);
    expect(() => personaBaseKey({ ...O, promotions: "2024-5-20~2024-06-18" })).toThrow(/invalid promotions/);
    expect(() => personaBaseKey({ ...O, promotions: `${PROMOS};` })).toThrow(/invalid promotions/);
    await expect(personaCustomers.run(fx.db, { ...O, promotions: "618" })).rejects.toThrow(/invalid promotions: 618/);
    // Empty (no window) and several windows are valid.
    expect(personaBaseKey({ ...O, promotions: "" })).toBe("2024-06-30|CNY|");
    expect(personaBaseKey({ ...O, promotions: `2024-01-17~2024-01-31;${PROMOS}` })).toBe(`2024-06-30|CNY|2024-01-17~2024-01-31;${PROMOS}`);
  });
});

describe("personaCustomers: measures", () => {
  it("one row per customer with a purchase paid by the as-of day, in the currency, with an id", async () => {
    // c7's only CNY purchase is the free sample (amount 0, still a purchase); ox1 has no customer.
    expect((await personaCustomers.run(fx.db, O)).map((r) => r.customer_id)).toEqual(CUSTOMERS);
  });

  it("orders, net spend, recency, discount and promotion shares, refund, price position, brands, breadth, reviews", async () => {
    const r = await rowsOf();
    const M = ["orders", "spend", "recency", "discount_share", "promo_share", "refund_rate", "category_breadth", "review_rate"] as const;
    const pick = (c: PersonaCustomerRow) => M.map((k) => c[k]);
    expect(pick(r.c1!)).toEqual([3, 400, 11, 5 / 405, 1 / 3, 0, 2, 1 / 3]);
    expect(pick(r.c2!)).toEqual([2, 225, 10, 0.1, 0, 0, 3, 0]);
    expect(pick(r.c3!)).toEqual([2, 60, 5, 0.3, 0, 0.5, 1, 0]);
    expect(pick(r.c4!)).toEqual([1, 50, 2, 0, 0, 0, 1, 0]);
    expect(pick(r.c5!)).toEqual([1, 50, 12, 0, 1, 0, 1, 0]);
    expect(pick(r.c6!)).toEqual([1, 450, 81, 0, 0, 0, 2, 1]);
    expect(pick(r.c7!)).toEqual([1, 0, 107, null, 0, 0, 0, 0]);
    // Within-category mid-rank price percentiles, rounded to 10 decimals (the base rounds the mean so engines agree):
    // 1/3 → 0.3333333333, 7/18 → 0.3888888889, 2/3 → 0.6666666667, 1/6 → 0.1666666667.
    expect(CUSTOMERS.map((c) => r[c]!.price_pct)).toEqual([0.3333333333, 0.3888888889, 0.6666666667, 0.1666666667, 0.3333333333, 1, null]);
    // Top brand's share of the branded line value.
    expect(CUSTOMERS.map((c) => r[c]!.brand_share)).toEqual([1, 0.4, 1, null, 1, 2 / 3, null]);
  });

  it("interest and behaviour tags: top category and brand (ties → larger value), paid hour band, device", async () => {
    const r = await rowsOf();
    expect(CUSTOMERS.map((c) => r[c]!.top_category)).toEqual(["美妆", "美妆", "食品", "服饰", "食品", "美妆", "unknown"]);
    expect(CUSTOMERS.map((c) => r[c]!.top_brand)).toEqual(["BA", "BB", "BC", "unknown", "BC", "BA", "unknown"]);
    // Hours 10, 14, 9, 23, 23, 20, 8.
    expect(CUSTOMERS.map((c) => r[c]!.hour_band)).toEqual(["morning", "afternoon", "morning", "late_night", "late_night", "evening", "morning"]);
    expect(CUSTOMERS.map((c) => r[c]!.device)).toEqual(["mobile", "pc", "pc", "unknown", "unknown", "app", "unknown"]);
  });

  it("demographic tags: age band, gender, city tier (市 suffix, overseas, null), channel", async () => {
    expect(await tagOf("age_band")).toEqual({ c1: "30_34", c2: "18_24", c3: "50p", c4: "unknown", c5: "u18", c6: "35_39", c7: "unknown" });
    expect(await tagOf("gender")).toEqual({ c1: "F", c2: "M", c3: "F", c4: "unknown", c5: "F", c6: "M", c7: "unknown" });
    expect(await tagOf("city_tier")).toEqual({ c1: "tier1", c2: "new_tier1", c3: "overseas", c4: "unknown", c5: "other", c6: "tier1", c7: "unknown" });
    expect(await tagOf("province")).toEqual({ c1: "上海", c2: "浙江", c3: "United Kingdom", c4: "unknown", c5: "四川", c6: "北京", c7: "unknown" });
  });

  it("value and behaviour bands", async () => {
    expect(await tagOf("value_tier")).toEqual({ c1: "A", c2: "A", c3: "B", c4: "B", c5: "B", c6: "A", c7: "C" });
    expect(await tagOf("frequency_band")).toEqual({ c1: "2_3", c2: "2_3", c3: "2_3", c4: "once", c5: "once", c6: "once", c7: "once" });
    // 0.0123 low, 0.1 mid, 0.3 high, 0 low; c7 0/0 unknown.
    expect(await tagOf("discount_band")).toEqual({ c1: "low", c2: "mid", c3: "high", c4: "low", c5: "low", c6: "low", c7: "unknown" });
    // 1/3 some, 1 (paid 06-18 23:59, the window's last day) mostly, else never.
    expect(await tagOf("promo_band")).toEqual({ c1: "some", c2: "never", c3: "never", c4: "never", c5: "mostly", c6: "never", c7: "never" });
    // 1 single, 0.4 varied (< 0.5), 2/3 leaning, no branded line unknown.
    expect(await tagOf("brand_loyalty")).toEqual({ c1: "single", c2: "varied", c3: "single", c4: "unknown", c5: "single", c6: "leaning", c7: "unknown" });
    // 2, 3 → few; 1 → single; 0 categories (no lines) → unknown.
    expect(await tagOf("breadth_band")).toEqual({ c1: "few", c2: "few", c3: "single", c4: "single", c5: "single", c6: "few", c7: "unknown" });
    expect(await tagOf("refund_band")).toEqual({ c1: "none", c2: "none", c3: "frequent", c4: "none", c5: "none", c6: "none", c7: "none" });
    // 1/3 occasional, 1 active.
    expect(await tagOf("review_activity")).toEqual({ c1: "occasional", c2: "silent", c3: "silent", c4: "silent", c5: "silent", c6: "active", c7: "silent" });
    // c1 c5 0.3333333333 → P20–40 and mid: exactly 1/3, and the cuts are rounded like price_pct (10 decimals) so
    // the rounding cannot push it under; c2 0.3888888889 → P20–40 and mid; c3 0.6666666667 → P60–80 and high;
    // c4 0.1666666667 → P0–20 and low; c6 1 → P80–100 and high.
    expect(await tagOf("price_percentile")).toEqual({ c1: "p20_40", c2: "p20_40", c3: "p60_80", c4: "p0_20", c5: "p20_40", c6: "p80_100", c7: "unknown" });
    expect(await tagOf("price_band")).toEqual({ c1: "mid", c2: "mid", c3: "high", c4: "low", c5: "mid", c6: "high", c7: "unknown" });
  });

  it("rfm_segment is the RFM page's named segment under its defaults", async () => {
    const rfm = await rfmCustomers.run(fx.db, { asOf: O.asOf, currency: "CNY", scheme: "named", segment: "all" });
    const segments = Object.fromEntries(rfm.map((x) => [x.customer_id, x.segment]));
    // Every customer here has a kept purchase (c3's o32 refund comes after the as-of day), so all are scored
    // (none shows 'no_kept_purchase').
    expect(Object.keys(segments).sort()).toEqual(CUSTOMERS);
    expect(await tagOf("rfm_segment")).toEqual(segments);
  });

  it("another as-of date moves every as-of rule; the base is rebuilt after eviction", async () => {
    const later = { ...O, asOf: "2024-07-05" };
    const r = await rowsOf(later);
    // c1 gains o14 (07-01, 1000; 07-01 is outside the 618 window) and the 07-02 review: 4 orders, 1400, promo 1/4, reviews 2/4.
    expect([r.c1!.orders, r.c1!.spend, r.c1!.promo_share, r.c1!.review_rate, r.c1!.recency]).toEqual([4, 1400, 0.25, 0.5, 4]);
    // c3's second refund (07-05, the as-of day itself) is now known: refund rate 1, net 0; mobile 3 > pc 1.
    expect([r.c3!.refund_rate, r.c3!.spend, r.c3!.device]).toEqual([1, 0, "mobile"]);
    // Two more keys (the base keeps the 2 most recent), then the first again: same numbers as at first.
    await personaCustomers.run(fx.db, { ...O, promotions: "" });
    const again = await rowsOf();
    expect([again.c1!.orders, again.c1!.spend, again.c1!.promo_share, again.c3!.refund_rate]).toEqual([3, 400, 1 / 3, 0.5]);
  });

  it("without promotion windows every promo share is 0", async () => {
    const r = await rowsOf({ ...O, promotions: "" });
    expect(CUSTOMERS.map((c) => r[c]!.promo_share)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // …and with two windows, 年货节 holds none of these payments: the same as 618 alone.
    const two = await rowsOf({ ...O, promotions: `2024-01-17~2024-01-31;${PROMOS}` });
    expect(CUSTOMERS.map((c) => two[c]!.promo_share)).toEqual([1 / 3, 0, 0, 0, 1, 0, 0]);
  });
});

describe("tagCounts", () => {
  it("counts per value with shares of customers and of net spend", async () => {
    // tier1 c1 c6 (400 + 450), unknown c4 c7 (50 + 0), new_tier1 c2 225, other c5 50, overseas c3 60; total 1235.
    const rows = await tagCounts.run(fx.db, { ...O, tag: "city_tier", by: "none" });
    expect(rows.map((r) => [r.grp, r.value, r.customers, r.share, r.spend, r.spend_share])).toEqual([
      ["all", "tier1", 2, 2 / 7, 850, 85000 / 123500],
      ["all", "unknown", 2, 2 / 7, 50, 5000 / 123500],
      ["all", "new_tier1", 1, 1 / 7, 225, 22500 / 123500],
      ["all", "other", 1, 1 / 7, 50, 5000 / 123500],
      ["all", "overseas", 1, 1 / 7, 60, 6000 / 123500]
    ]);
  });

  it("value tiers, ties sharing a tier", async () => {
    const rows = await tagCounts.run(fx.db, { ...O, tag: "value_tier", by: "none" });
    // A c1 c2 c6 = 400 + 225 + 450; B c3 c4 c5 = 60 + 50 + 50; C c7 = 0.
    expect(rows.map((r) => [r.value, r.customers, r.spend])).toEqual([["A", 3, 1075], ["B", 3, 160], ["C", 1, 0]]);
  });

  it("age band: unknown for a missing birth year and for an age over 100", async () => {
    const rows = await tagCounts.run(fx.db, { ...O, tag: "age_band", by: "none" });
    expect(rows.map((r) => [r.value, r.customers])).toEqual([["unknown", 2], ["18_24", 1], ["30_34", 1], ["35_39", 1], ["50p", 1], ["u18", 1]]);
  });

  it("broken down by value tier: each tier's counts add up to its customers, shares within the tier", async () => {
    const rows = await tagCounts.run(fx.db, { ...O, tag: "discount_band", by: "value_tier" });
    // A: c1 low, c2 mid, c6 low (cents 98500: low 85000, mid 22500); B: c3 high, c4 c5 low (16000: low 10000, high 6000);
    // C: c7 unknown, spend 0 of 0 → no spend share.
    expect(rows.map((r) => [r.grp, r.value, r.customers, r.share, r.spend, r.spend_share])).toEqual([
      ["A", "low", 2, 2 / 3, 850, 85000 / 107500],
      ["A", "mid", 1, 1 / 3, 225, 22500 / 107500],
      ["B", "low", 2, 2 / 3, 100, 0.625],
      ["B", "high", 1, 1 / 3, 60, 0.375],
      ["C", "unknown", 1, 1, 0, null]
    ]);
  });

  it("every tag's counts add up to the customers, overall and per value tier and RFM segment", async () => {
    const people = await personaCustomers.run(fx.db, O);
    const segments = new Map<string, number>();
    for (const p of people) segments.set(String(p.rfm_segment), (segments.get(String(p.rfm_segment)) ?? 0) + 1);
    for (const t of TAGS) {
      const all = await tagCounts.run(fx.db, { ...O, tag: t.id, by: "none" });
      expect(all.reduce((s, r) => s + r.customers, 0), t.id).toBe(7);
      expect(all.reduce((s, r) => s + r.spend, 0), t.id).toBeCloseTo(1235, 9);
      const byTier = new Map<string, number>();
      for (const r of await tagCounts.run(fx.db, { ...O, tag: t.id, by: "value_tier" })) byTier.set(r.grp, (byTier.get(r.grp) ?? 0) + r.customers);
      expect(Object.fromEntries(byTier), t.id).toEqual({ A: 3, B: 3, C: 1 });
      const bySegment = new Map<string, number>();
      for (const r of await tagCounts.run(fx.db, { ...O, tag: t.id, by: "rfm_segment" })) bySegment.set(r.grp, (bySegment.get(r.grp) ?? 0) + r.customers);
      expect(bySegment, t.id).toEqual(segments);
    }
  });

  it("rejects an unknown tag or breakdown", async () => {
    // Options are checked before anything runs (the query throws rather than returning a rejected promise).
    expect(() => tagCounts.run(fx.db, { ...O, tag: "zodiac", by: "none" })).toThrow(/invalid tag: zodiac/);
    expect(() => tagCounts.run(fx.db, { ...O, tag: "gender", by: "city" as never })).toThrow(/invalid by: city/);
    expect(() => tagById("zodiac")).toThrow(/unknown tag: zodiac/);
  });
});

describe("behaviour groups", () => {
  it("default thresholds: overlapping groups, 'none' completing the base", async () => {
    // c1 brand-loyal (3 orders, BA share 1; promo 1/3 < 0.5, discount 0.0123 < 0.15);
    // c3 price-sensitive (discount 0.3) and refund-prone (2 orders, 1/2 ≥ 0.3); c5 price-sensitive (promo 1);
    // nobody quality-seeking (c6 has price 1 ≥ 0.7 and no discount but 1 purchase < 2; the others' prices are
    // below 0.7, c3's 2/3 the highest); nobody has 4 categories; c2 c4 c6 c7 none.
    // Spend (cents) of 123500: price-sensitive c3 + c5 = 11000 (avg 1.5 orders, 55); loyal 40000; quality 0;
    // refund-prone 6000; none c2 + c4 + c6 + c7 = 22500 + 5000 + 45000 + 0 = 72500 (avg orders 5/4 = 1.25,
    // avg spend 725/4 = 181.25).
    const rows = await behaviourGroups.run(fx.db, O);
    expect(rows.map((r) => [r.grp, r.customers, r.share, r.spend_share, r.avg_orders, r.avg_spend])).toEqual([
      ["price_sensitive", 2, 2 / 7, 11000 / 123500, 1.5, 55],
      ["brand_loyal", 1, 1 / 7, 40000 / 123500, 3, 400],
      ["quality_seeking", 0, 0, 0, null, null],
      ["explorer", 0, 0, 0, null, null],
      ["refund_prone", 1, 1 / 7, 6000 / 123500, 2, 60],
      ["none", 4, 4 / 7, 72500 / 123500, 1.25, 181.25]
    ]);
  });

  it("moved thresholds move customers (boundaries are inclusive)", async () => {
    const thresholds = { discountShare: 0.35, promoShare: 0.3, pricePct: 0.5, breadth: 3, loyalMinOrders: 4, refundRate: 0.6 };
    // c1 promo 1/3 ≥ 0.3 → price-sensitive, 3 orders < 4 → not loyal; c2 3 categories ≥ 3 → explorer;
    // c3 discount 0.3 < 0.35 and promo 0 → not price-sensitive, 2 purchases with price 2/3 ≥ 0.5 and discount
    // < 0.35 → quality, refund 0.5 < 0.6 → not refund-prone; c5 price-sensitive; c1 (1/3) and c2 (7/18) are below
    // 0.5; c6 (price 1) has 1 purchase < 2 → not quality; c4 c6 c7 none.
    const rows = await behaviourGroups.run(fx.db, { ...O, thresholds });
    expect(rows.map((r) => [r.grp, r.customers, r.avg_orders, r.avg_spend])).toEqual([
      ["price_sensitive", 2, 2, 225], // c1 400 + c5 50
      ["brand_loyal", 0, null, null],
      ["quality_seeking", 1, 2, 60], // c3
      ["explorer", 1, 2, 225], // c2
      ["refund_prone", 0, null, null],
      ["none", 3, 1, 166.67] // c4 50 + c6 450 + c7 0 = 500 / 3 = 166.666… → 166.67
    ]);
    expect(await members({ ...O, thresholds })).toEqual([
      { customer_id: "c1", groups: "price_sensitive" },
      { customer_id: "c2", groups: "explorer" },
      { customer_id: "c3", groups: "quality_seeking" },
      { customer_id: "c4", groups: "" },
      { customer_id: "c5", groups: "price_sensitive" },
      { customer_id: "c6", groups: "" },
      { customer_id: "c7", groups: "" }
    ]);
  });

  it("members: each customer's groups in rule order", async () => {
    expect(await members(O)).toEqual([
      { customer_id: "c1", groups: "brand_loyal" },
      { customer_id: "c2", groups: "" },
      { customer_id: "c3", groups: "price_sensitive,refund_prone" },
      { customer_id: "c4", groups: "" },
      { customer_id: "c5", groups: "price_sensitive" },
      { customer_id: "c6", groups: "" },
      { customer_id: "c7", groups: "" }
    ]);
  });

  it("a customer in no group has groups '' (BehaviourMemberRow: \"'' when the customer matches none\")", async () => {
    // array_to_string of an empty list is NULL in DuckDB, so this needs a coalesce in BEHAVIOUR_MEMBERS_SQL.
    const rows = await behaviourMembers.run(fx.db, O);
    expect(rows.find((m) => m.customer_id === "c2")!.groups).toBe("");
  });

  it("rejects thresholds outside their range", async () => {
    expect(() => thresholdParams({ refundRate: 1.5 })).toThrow(/invalid threshold refundRate: 1.5/);
    expect(() => thresholdParams({ breadth: 0 })).toThrow(/invalid threshold breadth: 0/);
    expect(() => behaviourGroups.run(fx.db, { ...O, thresholds: { promoShare: -0.1 } })).toThrow(/invalid threshold promoShare/);
  });
});

describe("cluster features from the base", () => {
  it("imputes missing inputs with the column mean and counts them", async () => {
    const rows = await personaCustomers.run(fx.db, O);
    const fm = buildFeatureMatrix(rows);
    // Missing: discount_share c7; price_pct c7; brand_share c4 c7. Orders, spend, recency, promo, breadth,
    // refund and review are always there (breadth 0 is a value).
    expect(Object.fromEntries(FEATURES.map((f, j) => [f.id, fm.imputed[j]]))).toEqual({
      orders: 0, spend: 0, recency: 0, discount_share: 1, promo_share: 0, price_pct: 1, brand_share: 2, category_breadth: 0, refund_rate: 0, review_rate: 0
    });
    const col = (id: string) => FEATURES.findIndex((f) => f.id === id);
    const raw = (i: number, id: string) => fm.raw[i * FEATURES.length + col(id)]!;
    // c7 (row 6): discount = mean of c1…c6 = (5/405 + 0.1 + 0.3) / 6;
    // price = mean of the base's (rounded) values (0.3333333333 · 2 + 0.3888888889 + 0.6666666667 + 0.1666666667 + 1) / 6
    // = 2.8888888889 / 6 = 0.4814814815 (rounded; the exact 13/27 differs in the 11th decimal).
    expect(raw(6, "discount_share")).toBeCloseTo((5 / 405 + 0.4) / 6, 12);
    expect(raw(6, "price_pct")).toBeCloseTo(2.8888888889 / 6, 12);
    // brand share of c4 (row 3) and c7: mean of 1, 0.4, 1, 1, 2/3 = 4.0667 / 5 = 0.8133…
    expect(raw(3, "brand_share")).toBeCloseTo((3.4 + 2 / 3) / 5, 12);
    expect(raw(6, "brand_share")).toBeCloseTo((3.4 + 2 / 3) / 5, 12);
    // Orders enter as log1p, then z-scores (population sd): orders 3 2 2 1 1 1 1.
    const logs = [3, 2, 2, 1, 1, 1, 1].map((x) => Math.log1p(x));
    const mean = logs.reduce((s, x) => s + x, 0) / 7;
    const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / 7);
    expect(fm.matrix.data[0 * FEATURES.length + col("orders")]).toBeCloseTo((Math.log(4) - mean) / sd, 12);
    expect(fm.matrix.data[6 * FEATURES.length + col("orders")]).toBeCloseTo((Math.log(2) - mean) / sd, 12);
  });
});

describe("errors", () => {
  it("rejects an invalid as-of date", async () => {
    await expect(personaCustomers.run(fx.db, { ...O, asOf: "2024-02-30" })).rejects.toThrow(/invalid asOf: 2024-02-30/);
  });
});
