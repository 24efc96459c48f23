// Reference RFM (recency, frequency, monetary) per customer, scores, segments, eight classes and
// revenue concentration, for cdnow/CDNOW_master.txt and olist/subset_2017_10k/.
//
// Conventions:
// - Raw files are read in place and parsed once per process (module-scope cache).
// - CDNOW_master.txt: whitespace-separated, CRLF, leading spaces; the header line (first token not all
//   digits) is skipped. Every data line is ONE paid purchase (order) on its date; identical lines are
//   separate purchases. Customer id = the id string with leading zeros stripped ("00004" → "4").
//   Dollars parsed exactly as integer cents. No refunds, no cancellations.
// - Olist: person = customers.customer_unique_id via orders.customer_id → customers.customer_id
//   (orders whose customer_id is missing from customers.csv are skipped and counted; 0 in the subset).
//   Purchase = order_approved_at non-empty AND order_status not "canceled" and not "unavailable".
//   Payment time = order_approved_at as written (local wall clock, no zone conversion); its
//   calendar date is its first 10 characters. Amount = Σ(price + freight_value) over the order's
//   order_items lines, in exact integer cents; a purchase without item lines has amount 0 and is
//   counted in `purchasesWithoutItems` (among purchases on or before D).
//   `excludedNotPurchase` = orders that are not purchases whose order_purchase_timestamp date is on
//   or before D (placement date: order_approved_at is empty for some of them). No refunds in the files.
// - As-of date D (YYYY-MM-DD): only purchases whose payment DATE is ≤ D exist (payment time < D + 1
//   day); `afterAsOf` counts purchases paid after D. Customers without such a purchase are absent.
// - R = D − date of the last purchase, whole days (purchase on D → 0).
//   F = number of purchases (orders); variant "days" = number of distinct purchase dates.
//   M = Σ purchase amounts in exact cents, reported as cents/100; variant "aov" = M / (number of
//   orders) rounded to whole cents half away from zero. The chosen variants are what F and M hold,
//   and are what is scored, averaged and used for the eight classes and concentration.
// - Quantile scores, k = bins (3, 4, 5; default 5): for each measure, edges e_i (i = 1..k−1) are
//   numpy "linear" (R type 7) quantiles at p = i/k over all customers' values, with h = (n−1)·i/k
//   taken EXACTLY (integer floor and remainder, no floating p): e = x[⌊h⌋] + (h−⌊h⌋)(x[⌊h⌋+1]−x[⌊h⌋]).
//   Bin(v) = 1 + #{edges e : e < v} (right-closed; value equal to an edge → lower bin), compared
//   exactly in integer units (days, counts, cents). F, M score = Bin; R score = k + 1 − Bin.
//   Edges are reported in days / counts / currency units.
// - Cut-point scores: if `cuts` is given it replaces the quantile edges (bins is then ignored; each
//   measure has cuts.length + 1 bins); same Bin/score formulas; M cuts are in currency units.
// - total = wR·rScore + wF·fScore + wM·mScore (default weights 1, 1, 1).
// - Named segments (only when bins = 5 without cuts, or when cuts are given; else null): the first
//   matching rule of SEGMENT_RULES below (inclusive ranges) wins, else "others".
// - Eight classes: basis = mean (default) or numpy median of R, F, M over the customers as of D.
//   recent ⇔ R ≤ basis R; F high ⇔ F ≥ basis F; M high ⇔ M ≥ basis M (compared exactly:
//   n·v vs Σv for the mean, 2·v vs the sum of the two middle values for the median).
// - Concentration: customers by M descending; topShare["x%"] = share of total M held by the top
//   ceil(x·n/100) customers for x in 1, 5, 10, 20, 50. Gini = 2·Σ i·M_(i) / (n·ΣM) − (n+1)/n with M
//   ascending, i = 1..n (= Σ_i Σ_j |M_i − M_j| / (2 n² mean)).
// - Counts objects list every class/segment id (zeros included); segmentCounts is {} when segments
//   are not computed.
import { readText, readCsvObjects, decimalToScaled, DATASETS } from "./csv.ts";
import { join } from "node:path";

export interface RfmRefOptions {
  asOf: string; // YYYY-MM-DD
  bins?: 3 | 4 | 5;
  frequency?: "orders" | "days";
  monetary?: "net" | "aov";
  cuts?: { r: number[]; f: number[]; m: number[] };
  basis?: "mean" | "median";
  weights?: [number, number, number];
}
export interface RfmRefCustomer {
  id: string;
  recency: number;
  frequency: number;
  monetary: number; // currency units, exact cents / 100
  lastPurchase: string; // YYYY-MM-DD
  rScore: number;
  fScore: number;
  mScore: number;
  total: number;
  segment: string | null;
  eightClass: string;
}
export interface RfmRefResult {
  asOf: string;
  customers: Map<string, RfmRefCustomer>;
  edges: { r: number[]; f: number[]; m: number[] };
  means: { r: number; f: number; m: number };
  medians: { r: number; f: number; m: number };
  segmentCounts: Record<string, number>;
  eightClassCounts: Record<string, number>;
  topShare: Record<string, number>;
  gini: number;
  purchases: number;
  purchasesWithoutItems?: number;
  excludedNotPurchase: number;
  afterAsOf: number;
  ordersWithoutCustomer?: number;
}

/** [id, [rMin, rMax], [fMin, fMax], [mMin, mMax]] — first match wins. */
export const SEGMENT_RULES: [string, [number, number], [number, number], [number, number]][] = [
  ["champions", [4, 5], [4, 5], [4, 5]],
  ["loyal", [3, 5], [3, 5], [3, 5]],
  ["cant_lose", [1, 1], [4, 5], [4, 5]],
  ["at_risk", [1, 2], [3, 5], [3, 5]],
  ["potential_loyalist", [4, 5], [2, 3], [1, 5]],
  ["new", [5, 5], [1, 1], [1, 5]],
  ["promising", [4, 4], [1, 1], [1, 5]],
  ["need_attention", [3, 3], [2, 3], [1, 5]],
  ["about_to_sleep", [3, 3], [1, 1], [1, 5]],
  ["hibernating", [2, 2], [1, 2], [1, 5]],
  ["lost", [1, 1], [1, 2], [1, 5]],
];

/** Eight classes keyed by (recent, F high, M high). */
export const EIGHT_CLASSES: { id: string; name: string; recent: boolean; fHigh: boolean; mHigh: boolean }[] = [
  { id: "important_value", name: "重要价值客户", recent: true, fHigh: true, mHigh: true },
  { id: "important_retain", name: "重要保持客户", recent: false, fHigh: true, mHigh: true },
  { id: "important_develop", name: "重要发展客户", recent: true, fHigh: false, mHigh: true },
  { id: "important_winback", name: "重要挽留客户", recent: false, fHigh: false, mHigh: true },
  { id: "general_value", name: "一般价值客户", recent: true, fHigh: true, mHigh: false },
  { id: "general_retain", name: "一般保持客户", recent: false, fHigh: true, mHigh: false },
  { id: "general_develop", name: "一般发展客户", recent: true, fHigh: false, mHigh: false },
  { id: "general_winback", name: "一般挽留客户", recent: false, fHigh: false, mHigh: false },
];

// ---------- dates ----------
function dayOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000;
}
function isoDay(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`bad date ${JSON.stringify(s)}`);
  const day = dayOf(+m[1], +m[2], +m[3]);
  if (dayToIso(day) !== s) throw new Error(`invalid date ${s}`);
  return day;
}
function dayToIso(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

// ---------- raw data (cached) ----------
interface Purchase { cust: string; day: number; cents: number; noItems: boolean }
interface Source { purchases: Purchase[]; nonPurchaseDays: number[]; ordersWithoutCustomer?: number; hasItemsConcept: boolean }

let cdnowCache: Source | undefined;
function cdnowSource(): Source {
  if (cdnowCache) return cdnowCache;
  const purchases: Purchase[] = [];
  for (const l of readText(join(DATASETS, "cdnow/CDNOW_master.txt")).split("\n")) {
    const t = l.trim();
    if (t === "") continue;
    const f = t.split(/\s+/);
    if (!/^\d+$/.test(f[0])) continue; // header
    if (f.length !== 4 || !/^\d{8}$/.test(f[1])) throw new Error(`bad CDNOW line ${JSON.stringify(l)}`);
    const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(f[3]);
    if (!m) throw new Error(`bad dollars ${f[3]}`);
    purchases.push({
      cust: f[0].replace(/^0+(?=\d)/, ""),
      day: dayOf(+f[1].slice(0, 4), +f[1].slice(4, 6), +f[1].slice(6, 8)),
      cents: Number(m[1]) * 100 + Number(((m[2] ?? "") + "00").slice(0, 2)),
      noItems: false,
    });
  }
  return (cdnowCache = { purchases, nonPurchaseDays: [], hasItemsConcept: false });
}

let olistCache: Source | undefined;
function olistSource(): Source {
  if (olistCache) return olistCache;
  const dir = join(DATASETS, "olist/subset_2017_10k");
  const orders = readCsvObjects(join(dir, "orders.csv")).rows;
  const items = readCsvObjects(join(dir, "order_items.csv")).rows;
  const customers = readCsvObjects(join(dir, "customers.csv")).rows;
  const person = new Map<string, string>();
  for (const c of customers) person.set(c.customer_id, c.customer_unique_id);
  const orderCents = new Map<string, number>();
  for (const it of items) {
    orderCents.set(it.order_id, (orderCents.get(it.order_id) ?? 0) + decimalToScaled(it.price, 2) + decimalToScaled(it.freight_value, 2));
  }
  const dateOf = (ts: string) => {
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(ts)) throw new Error(`bad timestamp ${JSON.stringify(ts)}`);
    return isoDay(ts.slice(0, 10));
  };
  const purchases: Purchase[] = [];
  const nonPurchaseDays: number[] = [];
  const seen = new Set<string>();
  let ordersWithoutCustomer = 0;
  for (const o of orders) {
    if (seen.has(o.order_id)) throw new Error(`duplicate order ${o.order_id}`);
    seen.add(o.order_id);
    const approved = o.order_approved_at.trim();
    const isPurchase = approved !== "" && o.order_status !== "canceled" && o.order_status !== "unavailable";
    if (!isPurchase) { nonPurchaseDays.push(dateOf(o.order_purchase_timestamp.trim())); continue; }
    const cust = person.get(o.customer_id);
    if (cust === undefined) { ordersWithoutCustomer++; continue; }
    const cents = orderCents.get(o.order_id);
    purchases.push({ cust, day: dateOf(approved), cents: cents ?? 0, noItems: cents === undefined });
  }
  return (olistCache = { purchases, nonPurchaseDays, ordersWithoutCustomer, hasItemsConcept: true });
}

// ---------- statistics on integer values ----------
/** Edge as an exact rational num/den in the measure's integer unit (days, counts, cents). */
interface Edge { num: number; den: number; value: number }

/** numpy "linear" quantile edges at p = i/k, i = 1..k−1, on ascending integer values; h = (n−1)i/k exactly. */
export function quantileEdges(sorted: number[], k: number, unit = 1): Edge[] {
  const n = sorted.length;
  const edges: Edge[] = [];
  if (n === 0) return edges;
  for (let i = 1; i < k; i++) {
    const lo = Math.floor(((n - 1) * i) / k);
    const rem = (n - 1) * i - lo * k; // h − ⌊h⌋ = rem / k
    const a = sorted[lo];
    const b = rem === 0 ? a : sorted[lo + 1];
    edges.push({ num: k * a + rem * (b - a), den: k, value: (a + (rem / k) * (b - a)) / unit });
  }
  return edges;
}
/** Plain quantile in the same convention, for the self-check (p given as i/k). */
export function quantileLinear(values: number[], i: number, k: number): number {
  const s = [...values].sort((a, b) => a - b);
  const lo = Math.floor(((s.length - 1) * i) / k);
  const rem = (s.length - 1) * i - lo * k;
  return rem === 0 ? s[lo] : s[lo] + (rem / k) * (s[lo + 1] - s[lo]);
}
function cutEdges(cuts: number[], unit: number): Edge[] {
  for (let i = 1; i < cuts.length; i++) if (!(cuts[i] > cuts[i - 1])) throw new Error(`cuts must be strictly ascending: ${cuts}`);
  return cuts.map((c) => {
    let num = c * unit;
    if (Math.abs(num - Math.round(num)) < 1e-9) num = Math.round(num); // e.g. 0.29 → 29 cents exactly
    return { num, den: 1, value: c };
  });
}
/** 1 + number of edges strictly below v (v integer, edge = num/den). */
function bin(v: number, edges: Edge[]): number {
  let b = 1;
  for (const e of edges) if (v * e.den > e.num) b++;
  return b;
}
/** Twice the numpy median (exact integer), NaN when empty. */
function median2(sorted: number[]): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? 2 * sorted[(n - 1) / 2] : sorted[n / 2 - 1] + sorted[n / 2];
}

// ---------- RFM ----------
function rfm(src: Source, opts: RfmRefOptions): RfmRefResult {
  const D = isoDay(opts.asOf);
  const k = opts.bins ?? 5;
  if (![3, 4, 5].includes(k)) throw new Error(`bins must be 3, 4 or 5`);
  const freqMode = opts.frequency ?? "orders";
  const monMode = opts.monetary ?? "net";
  const basis = opts.basis ?? "mean";
  const [wR, wF, wM] = opts.weights ?? [1, 1, 1];

  // aggregate purchases on or before D
  interface Agg { last: number; orders: number; days: Set<number>; cents: number }
  const agg = new Map<string, Agg>();
  let purchases = 0, afterAsOf = 0, withoutItems = 0;
  for (const p of src.purchases) {
    if (p.day > D) { afterAsOf++; continue; }
    purchases++;
    if (p.noItems) withoutItems++;
    let a = agg.get(p.cust);
    if (!a) agg.set(p.cust, (a = { last: p.day, orders: 0, days: new Set(), cents: 0 }));
    if (p.day > a.last) a.last = p.day;
    a.orders++;
    a.days.add(p.day);
    a.cents += p.cents;
  }
  const excludedNotPurchase = src.nonPurchaseDays.filter((d) => d <= D).length;

  // integer measures: R days, F count, M cents
  const ids = [...agg.keys()];
  const R = new Map<string, number>(), F = new Map<string, number>(), M = new Map<string, number>();
  for (const id of ids) {
    const a = agg.get(id)!;
    R.set(id, D - a.last);
    F.set(id, freqMode === "days" ? a.days.size : a.orders);
    // half away from zero (amounts are ≥ 0): floor((2M + n) / 2n)
    M.set(id, monMode === "aov" ? Math.floor((2 * a.cents + a.orders) / (2 * a.orders)) : a.cents);
  }
  const n = ids.length;
  const asc = (m: Map<string, number>) => [...m.values()].sort((a, b) => a - b);
  const sR = asc(R), sF = asc(F), sM = asc(M);

  const edgesR = opts.cuts ? cutEdges(opts.cuts.r, 1) : quantileEdges(sR, k);
  const edgesF = opts.cuts ? cutEdges(opts.cuts.f, 1) : quantileEdges(sF, k);
  const edgesM = opts.cuts ? cutEdges(opts.cuts.m, 100) : quantileEdges(sM, k, 100);
  const withSegments = opts.cuts !== undefined || k === 5;

  const sum = (s: number[]) => s.reduce((x, y) => x + y, 0);
  const sumR = sum(sR), sumF = sum(sF), sumM = sum(sM);
  const medR2 = median2(sR), medF2 = median2(sF), medM2 = median2(sM);

  const segmentCounts: Record<string, number> = {};
  if (withSegments) { for (const [s] of SEGMENT_RULES) segmentCounts[s] = 0; segmentCounts.others = 0; }
  const eightClassCounts: Record<string, number> = {};
  for (const c of EIGHT_CLASSES) eightClassCounts[c.id] = 0;

  const customers = new Map<string, RfmRefCustomer>();
  for (const id of ids) {
    const r = R.get(id)!, f = F.get(id)!, m = M.get(id)!;
    const rScore = edgesR.length + 2 - bin(r, edgesR);
    const fScore = bin(f, edgesF);
    const mScore = bin(m, edgesM);
    let segment: string | null = null;
    if (withSegments) {
      const inR = (x: number, [lo, hi]: [number, number]) => x >= lo && x <= hi;
      const rule = SEGMENT_RULES.find(([, rr, fr, mr]) => inR(rScore, rr) && inR(fScore, fr) && inR(mScore, mr));
      segment = rule ? rule[0] : "others";
      segmentCounts[segment]++;
    }
    const recent = basis === "mean" ? n * r <= sumR : 2 * r <= medR2;
    const fHigh = basis === "mean" ? n * f >= sumF : 2 * f >= medF2;
    const mHigh = basis === "mean" ? n * m >= sumM : 2 * m >= medM2;
    const eight = EIGHT_CLASSES.find((c) => c.recent === recent && c.fHigh === fHigh && c.mHigh === mHigh)!.id;
    eightClassCounts[eight]++;
    customers.set(id, {
      id, recency: r, frequency: f, monetary: m / 100, lastPurchase: dayToIso(agg.get(id)!.last),
      rScore, fScore, mScore, total: wR * rScore + wF * fScore + wM * mScore, segment, eightClass: eight,
    });
  }

  // concentration on M (cents)
  const topShare: Record<string, number> = {};
  const desc = [...sM].reverse();
  for (const x of [1, 5, 10, 20, 50]) {
    const top = Math.floor((n * x + 99) / 100); // ceil(x·n/100) in integers
    topShare[`${x}%`] = sum(desc.slice(0, top)) / sumM;
  }
  let weighted = 0;
  sM.forEach((v, i) => (weighted += (i + 1) * v));
  const gini = (2 * weighted) / (n * sumM) - (n + 1) / n;

  return {
    asOf: opts.asOf,
    customers,
    edges: { r: edgesR.map((e) => e.value), f: edgesF.map((e) => e.value), m: edgesM.map((e) => e.value) },
    means: { r: sumR / n, f: sumF / n, m: sumM / n / 100 },
    medians: { r: medR2 / 2, f: medF2 / 2, m: medM2 / 200 },
    segmentCounts,
    eightClassCounts,
    topShare,
    gini,
    purchases,
    ...(src.hasItemsConcept ? { purchasesWithoutItems: withoutItems, ordersWithoutCustomer: src.ordersWithoutCustomer } : {}),
    excludedNotPurchase,
    afterAsOf,
  };
}

/** RFM on cdnow/CDNOW_master.txt (every line one purchase). */
export function rfmCdnow(opts: RfmRefOptions): RfmRefResult {
  return rfm(cdnowSource(), opts);
}
/** RFM on olist/subset_2017_10k (person = customer_unique_id, paid = order_approved_at). */
export function rfmOlist(opts: RfmRefOptions): RfmRefResult {
  return rfm(olistSource(), opts);
}
