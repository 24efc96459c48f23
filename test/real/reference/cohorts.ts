// Reference monthly cohort retention tables for cdnow/CDNOW_master.txt and
// online-retail/online_retail_first1000.csv.
//
// Conventions:
// - Raw files are read in place and parsed once per process (module-scope cache).
// - CDNOW_master.txt: whitespace-separated, CRLF, leading spaces; the header line (first token not all
//   digits) is skipped; a data line without exactly 4 tokens throws. Every data line is ONE paid
//   purchase on its date (identical lines are separate purchases). Customer = id string with leading
//   zeros stripped ("00004" → "4"). Amount = dollars parsed exactly as integer cents.
// - Online Retail: own CSV reader (csv.ts). Purchase = invoice (distinct trimmed InvoiceNo) NOT
//   starting with "C" (case-sensitive); cancellation invoices are ignored entirely. Date = the first
//   10 characters of InvoiceDate ("YYYY-MM-DD HH:MM:SS", as written, no zone conversion). Amount =
//   Σ Quantity × UnitPrice over ALL the invoice's lines (duplicate lines, zero prices and
//   non-positive quantities included as-is), exact in 1/10000 units, rounded to cents once per
//   invoice (half away from zero). Customer = CustomerID trimmed; a numeric id "17850", "17850.0",
//   "017850" → "17850" (integer string); other non-empty ids are kept as trimmed. An invoice whose
//   CustomerID is empty is excluded from the tables and counted in excludedNoCustomer
//   (invoices, lines). An invoice whose lines disagree on customer or date throws (none in the file).
// - dataStart / dataEnd (D_end) = first / last purchase DATE over the purchases that enter the
//   tables (for Online Retail: purchase invoices WITH a customer; the excluded no-customer invoices
//   do not move the dates — in the 1000-line file all invoices are dated 2010-12-01 anyway).
// - Grain: calendar month YYYY-MM. Cohort of a customer = month of their first purchase. Period k of
//   a purchase = (year·12 + month of purchase) − (year·12 + month of cohort), 0 = cohort month.
// - active_k = #cohort customers with ≥ 1 purchase in period k ("exactly");
//   activeOrLater_k = #cohort customers with ≥ 1 purchase in some period ≥ k (any period up to
//   D_end, complete or not). size = active_0. revenueCents_k = Σ purchase amounts (cents) of the
//   cohort's customers in period k.
// - Cells exist for k = 0 … (month(D_end) − cohort month); complete ⇔ the period's last calendar
//   day ≤ D_end (so the month of D_end is complete only when D_end is its last day).
// - leftCensored ⇔ cohort month − month(dataStart) ∈ {0, 1, 2}.
// - weighted[k] (listed only for k with at least one contributing cohort, ascending):
//   exactly = Σ active_k / Σ size, orLater = Σ activeOrLater_k / Σ size, both over the cohorts
//   whose period k exists AND is complete; cohorts = how many such cohorts. Plain floats (no rounding).
// - customers = number of customers in the tables; purchases = number of purchases in the tables.
import { readText, readCsvObjects, decimalToScaled, DATASETS } from "./csv.ts";
import { join } from "node:path";

export interface CohortCell { k: number; active: number; activeOrLater: number; revenueCents: number; complete: boolean }
export interface CohortRow { cohort: string /* YYYY-MM */; size: number; leftCensored: boolean; cells: CohortCell[] }
export interface CohortRefResult {
  dataStart: string;
  dataEnd: string /* YYYY-MM-DD */;
  customers: number;
  purchases: number;
  excludedNoCustomer?: { invoices: number; lines: number };
  cohorts: CohortRow[];
  weighted: { k: number; exactly: number; orLater: number; cohorts: number }[];
}

interface Purchase { cust: string; date: string /* YYYY-MM-DD */; cents: number }

const CDNOW_FILE = join(DATASETS, "cdnow/CDNOW_master.txt");
const OR_FILE = join(DATASETS, "online-retail/online_retail_first1000.csv");

function checkDate(d: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new Error(`bad date ${d}`);
  const t = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (t.getUTCFullYear() !== +m[1] || t.getUTCMonth() !== +m[2] - 1 || t.getUTCDate() !== +m[3]) throw new Error(`invalid date ${d}`);
  return d;
}
/** month index = year*12 + (month-1) */
const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
const monthLabel = (mi: number) => `${Math.floor(mi / 12)}-${String((mi % 12) + 1).padStart(2, "0")}`;
/** last calendar day of month index mi as YYYY-MM-DD */
function lastDay(mi: number): string {
  const y = Math.floor(mi / 12), m = mi % 12; // 0-based month
  const d = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${monthLabel(mi)}-${String(d).padStart(2, "0")}`;
}

// ---------- parsing (cached) ----------
let cdnowCache: Purchase[] | undefined;
function cdnowPurchases(): Purchase[] {
  if (cdnowCache) return cdnowCache;
  const out: Purchase[] = [];
  for (const l of readText(CDNOW_FILE).split("\n")) {
    const t = l.trim();
    if (t === "") continue;
    const f = t.split(/\s+/);
    if (!/^\d+$/.test(f[0])) continue; // header
    if (f.length !== 4) throw new Error(`CDNOW: bad line ${JSON.stringify(l)}`);
    const cust = f[0].replace(/^0+(?=\d)/, "");
    if (!/^\d{8}$/.test(f[1])) throw new Error(`CDNOW: bad date ${f[1]}`);
    const date = checkDate(`${f[1].slice(0, 4)}-${f[1].slice(4, 6)}-${f[1].slice(6, 8)}`);
    const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(f[3]);
    if (!m) throw new Error(`CDNOW: bad dollars ${f[3]}`);
    const cents = Number(m[1]) * 100 + Number(((m[2] ?? "") + "00").slice(0, 2));
    out.push({ cust, date, cents });
  }
  return (cdnowCache = out);
}

function normCustomer(raw: string): string {
  const s = raw.trim();
  const m = /^(\d+)(?:\.0*)?$/.exec(s);
  if (m) return m[1].replace(/^0+(?=\d)/, "");
  return s;
}
function roundScaledToCents(scaled: number): number {
  // scaled in 1/10000; half away from zero to integer cents
  const sign = scaled < 0 ? -1 : 1;
  const a = Math.abs(scaled);
  const q = Math.floor(a / 100), r = a % 100;
  return sign * (r >= 50 ? q + 1 : q);
}

let orCache: { purchases: Purchase[]; excluded: { invoices: number; lines: number } } | undefined;
function onlineRetailPurchases() {
  if (orCache) return orCache;
  const { rows } = readCsvObjects(OR_FILE);
  const inv = new Map<string, { cust: string; date: string; scaled: number; lines: number }>();
  for (const r of rows) {
    const no = r.InvoiceNo.trim();
    if (no.startsWith("C")) continue;
    const cust = normCustomer(r.CustomerID);
    const d = r.InvoiceDate.trim();
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(d)) throw new Error(`OR: unexpected date ${d}`);
    const date = checkDate(d.slice(0, 10));
    const q = r.Quantity.trim();
    if (!/^-?\d+$/.test(q)) throw new Error(`OR: non-integer quantity ${q}`);
    const amt = Number(q) * decimalToScaled(r.UnitPrice, 4);
    const cur = inv.get(no);
    if (!cur) inv.set(no, { cust, date, scaled: amt, lines: 1 });
    else {
      if (cur.cust !== cust) throw new Error(`OR: invoice ${no} has several customers`);
      if (cur.date !== date) throw new Error(`OR: invoice ${no} has several dates`);
      cur.scaled += amt;
      cur.lines++;
    }
  }
  const purchases: Purchase[] = [];
  const excluded = { invoices: 0, lines: 0 };
  for (const v of inv.values()) {
    if (v.cust === "") { excluded.invoices++; excluded.lines += v.lines; continue; }
    purchases.push({ cust: v.cust, date: v.date, cents: roundScaledToCents(v.scaled) });
  }
  return (orCache = { purchases, excluded });
}

// ---------- cohort computation ----------
function cohortTables(purchases: Purchase[]): Omit<CohortRefResult, "excludedNoCustomer"> {
  if (purchases.length === 0) throw new Error("no purchases");
  let dataStart = purchases[0].date, dataEnd = purchases[0].date;
  const firstMonth = new Map<string, number>();
  for (const p of purchases) {
    if (p.date < dataStart) dataStart = p.date;
    if (p.date > dataEnd) dataEnd = p.date;
    const mi = monthIndex(p.date);
    const f = firstMonth.get(p.cust);
    if (f === undefined || mi < f) firstMonth.set(p.cust, mi);
  }
  const startMi = monthIndex(dataStart), endMi = monthIndex(dataEnd);
  // per customer: set of periods
  const periods = new Map<string, Set<number>>();
  // per cohort: revenue per k
  const revenue = new Map<number, Map<number, number>>();
  for (const p of purchases) {
    const c = firstMonth.get(p.cust)!;
    const k = monthIndex(p.date) - c;
    let s = periods.get(p.cust);
    if (!s) periods.set(p.cust, (s = new Set()));
    s.add(k);
    let rv = revenue.get(c);
    if (!rv) revenue.set(c, (rv = new Map()));
    rv.set(k, (rv.get(k) ?? 0) + p.cents);
  }
  const members = new Map<number, string[]>();
  for (const [cust, c] of firstMonth) {
    let a = members.get(c);
    if (!a) members.set(c, (a = []));
    a.push(cust);
  }
  const cohorts: CohortRow[] = [];
  for (const c of [...members.keys()].sort((a, b) => a - b)) {
    const custs = members.get(c)!;
    const maxK = endMi - c;
    const active = new Array(maxK + 1).fill(0);
    const orLater = new Array(maxK + 1).fill(0);
    for (const cust of custs) {
      const ks = periods.get(cust)!;
      let last = -1;
      for (const k of ks) { active[k]++; if (k > last) last = k; }
      for (let k = 0; k <= last; k++) orLater[k]++;
    }
    const rv = revenue.get(c)!;
    const cells: CohortCell[] = [];
    for (let k = 0; k <= maxK; k++) {
      cells.push({ k, active: active[k], activeOrLater: orLater[k], revenueCents: rv.get(k) ?? 0, complete: lastDay(c + k) <= dataEnd });
    }
    if (active[0] !== custs.length) throw new Error("size mismatch");
    cohorts.push({ cohort: monthLabel(c), size: active[0], leftCensored: c - startMi <= 2, cells });
  }
  const weighted: CohortRefResult["weighted"] = [];
  const maxAnyK = Math.max(...cohorts.map((r) => r.cells.length - 1));
  for (let k = 0; k <= maxAnyK; k++) {
    let a = 0, o = 0, s = 0, n = 0;
    for (const r of cohorts) {
      const cell = r.cells[k];
      if (!cell || !cell.complete) continue;
      a += cell.active; o += cell.activeOrLater; s += r.size; n++;
    }
    if (n > 0) weighted.push({ k, exactly: a / s, orLater: o / s, cohorts: n });
  }
  return { dataStart, dataEnd, customers: firstMonth.size, purchases: purchases.length, cohorts, weighted };
}

let cdnowResult: CohortRefResult | undefined;
export function cohortsCdnow(): CohortRefResult {
  return (cdnowResult ??= cohortTables(cdnowPurchases()));
}

let orResult: CohortRefResult | undefined;
export function cohortsOnlineRetail(): CohortRefResult {
  if (orResult) return orResult;
  const { purchases, excluded } = onlineRetailPurchases();
  return (orResult = { ...cohortTables(purchases), excludedNoCustomer: { ...excluded } });
}
