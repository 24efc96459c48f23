// Reference numbers for cdnow/CDNOW_master.txt, CDNOW_sample.txt and the published calibration
// summaries cdnow_customers_summary.csv / cdnow_customers_summary_with_transactions.csv.
//
// Conventions:
// - Files are whitespace-separated with CRLF line ends and leading spaces; split on /\s+/ after trim.
//   CDNOW_master.txt has a header line (`customer_id date number_of_cds dollar_value`), which is
//   skipped (detected as a first token that is not all digits); the sample has none.
// - Customer ids are compared as integers (the files zero-pad them: "00004" == 4).
//   For the sample, the CLV customer id is the SAMPLE id (2nd column, 1..2357), which is the `ID` of
//   the published summary files; the master id (1st column) is used to check sample ⊂ master.
// - Dates YYYYMMDD are calendar dates (no time, no zone); differences are whole days computed via UTC.
// - Dollars are parsed exactly as integer cents; totals reported in dollars (cents/100).
// - Calibration (sample only): transactions dated 1997-01-01 … 1997-09-30 INCLUSIVE.
//   Purchases on the same day are merged into one purchase occasion.
//   x   = number of distinct purchase days in calibration − 1,
//   t_x = (last purchase day − first purchase day) in days / 7,
//   T   = (1997-09-30 − first purchase day) in days / 7.
//   i.e. the end date is an observation instant at the START of 1997-09-30 (a plain date
//   difference, not +1 day). A customer whose first purchase is on 1997-01-01 has T = 272/7 = 38.857
//   → 38.86, as in the published file; adding one day (end inclusive as a full day) would give
//   273/7 = 39.00 and match no customer with a first purchase on 1997-01-01.
//   zbar = mean dollar value of the repeat purchase days (day totals, first day excluded), 0 if x = 0.
//   Comparison with the published files: values rounded to 2 decimals (half up; there are no exact
//   ties because d*100/7 is never k+0.5) and compared as numbers (the file writes "27.0" and "27.00").
// - Cohort check: the sample is claimed to be customers whose first purchase is in Q1 1997
//   (1997-01-01 … 1997-03-31); we count how many sample (and master) customers satisfy that.
import { readText, DATASETS } from "./csv.ts";
import { join } from "node:path";

export const CDNOW_DIR = join(DATASETS, "cdnow");

interface Tx { cust: number; date: string; day: number; cds: number; cents: number; masterId?: number }

function dayNumber(yyyymmdd: string): number {
  if (!/^\d{8}$/.test(yyyymmdd)) throw new Error(`bad date ${yyyymmdd}`);
  return Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8)) / 86400000;
}
function toCents(s: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`bad dollars ${s}`);
  return Number(m[1]) * 100 + Number(((m[2] ?? "") + "00").slice(0, 2));
}
const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

function readWs(path: string, kind: "master" | "sample"): { tx: Tx[]; headerLines: number; badLines: number } {
  const lines = readText(path).split("\n");
  const tx: Tx[] = [];
  let headerLines = 0, badLines = 0;
  for (const l of lines) {
    const t = l.trim();
    if (t === "") continue;
    const f = t.split(/\s+/);
    if (!/^\d+$/.test(f[0])) { headerLines++; continue; }
    if (kind === "master") {
      if (f.length !== 4) { badLines++; continue; }
      tx.push({ cust: Number(f[0]), date: f[1], day: dayNumber(f[1]), cds: Number(f[2]), cents: toCents(f[3]) });
    } else {
      if (f.length !== 5) { badLines++; continue; }
      tx.push({ masterId: Number(f[0]), cust: Number(f[1]), date: f[2], day: dayNumber(f[2]), cds: Number(f[3]), cents: toCents(f[4]) });
    }
  }
  return { tx, headerLines, badLines };
}

function basic(tx: Tx[]) {
  const custs = new Map<number, number>(); // cust -> first day
  let minD = "99999999", maxD = "00000000", cents = 0, zero = 0, cds = 0;
  for (const t of tx) {
    const f = custs.get(t.cust);
    if (f === undefined || t.day < f) custs.set(t.cust, t.day);
    if (t.date < minD) minD = t.date;
    if (t.date > maxD) maxD = t.date;
    cents += t.cents; cds += t.cds;
    if (t.cents === 0) zero++;
  }
  const q1End = dayNumber("19970331"), q1Start = dayNumber("19970101");
  const firstInQ1 = [...custs.values()].filter((d) => d >= q1Start && d <= q1End).length;
  return {
    rows: tx.length,
    distinctCustomers: custs.size,
    minDate: iso(minD),
    maxDate: iso(maxD),
    totalDollars: cents / 100,
    totalCds: cds,
    rowsWithZeroDollars: zero,
    customersWithFirstPurchaseInQ1_1997: firstInQ1,
  };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export function cdnow(dir = CDNOW_DIR) {
  const master = readWs(join(dir, "CDNOW_master.txt"), "master");
  const sample = readWs(join(dir, "CDNOW_sample.txt"), "sample");

  // sample ⊂ master? (multiset of (masterId,date,cds,cents))
  const masterKeys = new Map<string, number>();
  for (const t of master.tx) { const k = `${t.cust}|${t.date}|${t.cds}|${t.cents}`; masterKeys.set(k, (masterKeys.get(k) ?? 0) + 1); }
  let sampleRowsNotInMaster = 0;
  for (const t of sample.tx) {
    const k = `${t.masterId}|${t.date}|${t.cds}|${t.cents}`;
    const n = masterKeys.get(k) ?? 0;
    if (n === 0) sampleRowsNotInMaster++; else masterKeys.set(k, n - 1);
  }
  const sampleMasterIds = new Set(sample.tx.map((t) => t.masterId));
  const masterRowsForSampleCustomers = master.tx.filter((t) => sampleMasterIds.has(t.cust)).length;
  const idPairs = new Map<number, Set<number>>();
  for (const t of sample.tx) { let s = idPairs.get(t.cust); if (!s) idPairs.set(t.cust, (s = new Set())); s.add(t.masterId!); }
  const sampleIdsWithOneMasterId = [...idPairs.values()].every((s) => s.size === 1);

  // calibration summary on the sample
  const calStart = dayNumber("19970101"), calEnd = dayNumber("19970930");
  const perCust = new Map<number, Map<number, number>>(); // cust -> day -> cents
  const allCusts = new Set<number>();
  let calRows = 0;
  for (const t of sample.tx) {
    allCusts.add(t.cust);
    if (t.day < calStart || t.day > calEnd) continue;
    calRows++;
    let m = perCust.get(t.cust);
    if (!m) perCust.set(t.cust, (m = new Map()));
    m.set(t.day, (m.get(t.day) ?? 0) + t.cents);
  }
  const calibration = new Map<number, { x: number; t_x: number; T: number; zbar: number; zbarCentsRounded: number; xDays: number; t_xDays: number; TDays: number }>();
  for (const [c, days] of perCust) {
    const ds = [...days.keys()].sort((a, b) => a - b);
    const first = ds[0], last = ds[ds.length - 1];
    const repeatCents = ds.slice(1).reduce((a, d) => a + days.get(d)!, 0);
    const x = ds.length - 1;
    calibration.set(c, {
      x,
      t_x: (last - first) / 7,
      T: (calEnd - first) / 7,
      zbar: x === 0 ? 0 : repeatCents / x / 100,
      // exact half-up rounding of repeatCents / x to whole cents (integer arithmetic)
      zbarCentsRounded: x === 0 ? 0 : Math.floor((2 * repeatCents + x) / (2 * x)),
      xDays: ds.length, t_xDays: last - first, TDays: calEnd - first,
    });
  }

  // compare with published summaries
  const pub = readText(join(dir, "cdnow_customers_summary.csv")).split(/\r?\n/).filter((l) => l.trim() !== "");
  const pubT = readText(join(dir, "cdnow_customers_summary_with_transactions.csv")).split(/\r?\n/).filter((l) => l.trim() !== "");
  const cmp = (lines: string[], hasZbar: boolean) => {
    let rows = 0, all = 0, x = 0, tx = 0, T = 0, zb = 0, missing = 0;
    const mismatches: string[] = [];
    const [, ...data] = lines;
    for (const l of data) {
      const f = l.split(",").map((s) => s.trim());
      rows++;
      const ref = calibration.get(Number(f[0]));
      if (!ref) { missing++; continue; }
      const okX = Number(f[1]) === ref.x;
      const okTx = Number(f[2]) === r2(ref.t_x);
      const okT = Number(f[3]) === r2(ref.T);
      const okZ = !hasZbar || Math.round(Number(f[4]) * 100) === ref.zbarCentsRounded;
      if (okX) x++; if (okTx) tx++; if (okT) T++; if (hasZbar && okZ) zb++;
      if (okX && okTx && okT && okZ) all++;
      else if (mismatches.length < 10) mismatches.push(`${l} vs x=${ref.x} t_x=${r2(ref.t_x)} T=${r2(ref.T)} zbar=${ref.zbar}`);
    }
    return { rows, matchAll: all, matchX: x, matchT_x: tx, matchT: T, ...(hasZbar ? { matchZbar: zb } : {}), customersNotInOurSummary: missing, firstMismatches: mismatches };
  };
  // alternative convention diagnostic: end date counted as a full day (T + 1/7)
  let tMatchesIfEndPlusOne = 0;
  for (const l of pub.slice(1)) {
    const f = l.split(",");
    const ref = calibration.get(Number(f[0]));
    if (ref && Number(f[3]) === r2((ref.TDays + 1) / 7)) tMatchesIfEndPlusOne++;
  }

  // diagnostic: x if same-day transactions were NOT merged (x = calibration rows − 1)
  const calRowsPerCust = new Map<number, number>();
  for (const t of sample.tx) if (t.day >= calStart && t.day <= calEnd) calRowsPerCust.set(t.cust, (calRowsPerCust.get(t.cust) ?? 0) + 1);
  let xMatchesIfNotMerged = 0;
  for (const l of pub.slice(1)) {
    const f = l.split(",");
    if (Number(f[1]) === (calRowsPerCust.get(Number(f[0])) ?? 0) - 1) xMatchesIfNotMerged++;
  }
  const sampleBasic = basic(sample.tx);
  return {
    master: { ...basic(master.tx), headerLines: master.headerLines, badLines: master.badLines },
    sample: {
      ...sampleBasic,
      headerLines: sample.headerLines,
      badLines: sample.badLines,
      distinctMasterIds: sampleMasterIds.size,
      sampleIdMapsToOneMasterId: sampleIdsWithOneMasterId,
      sampleRowsNotInMaster,
      masterRowsForSampleCustomers,
      calibration: {
        period: "1997-01-01 … 1997-09-30 inclusive (T measured to the start of 1997-09-30)",
        rowsInCalibration: calRows,
        customersInCalibration: perCust.size,
        customersWithoutCalibrationPurchase: allCusts.size - perCust.size,
        repeatBuyers: [...calibration.values()].filter((c) => c.x > 0).length,
        sumX: [...calibration.values()].reduce((a, c) => a + c.x, 0),
        perCustomer: calibration, // Map sample id -> {x, t_x, T (weeks), zbar (dollars)}
        vsPublishedSummary: cmp(pub, false),
        vsPublishedSummaryWithTransactions: cmp(pubT, true),
        diagnosticTMatchesIfEndDateCountedAsFullDay: tMatchesIfEndPlusOne,
        diagnosticXMatchesIfSameDayPurchasesNotMerged: xMatchesIfNotMerged,
      },
    },
  };
}
