/**
 * Transactions → per-customer (x, t_x, T, monetary) in a calibration period, plus holdout counts.
 *
 * Conventions (they reproduce the published CDNOW summary `cdnow_customers_summary.csv` and
 * lifetimes' `summary_data_from_transaction_data` for all 2,357 customers):
 * - Time is whole days (`day`, e.g. days since 1970-01-01; see dayNumber.ts). All purchases by a
 *   customer on one day are ONE purchase occasion; their amounts are added.
 * - Calibration holds the transactions with day ≤ calibrationEnd (the end day is included).
 *   Only customers with at least one calibration transaction are summarised (the cohort); a
 *   customer whose first purchase falls later is not part of it and is counted in
 *   `customersFirstSeenAfterCalibration`.
 * - x   = number of distinct calibration purchase days − 1 (repeat occasions),
 *   t_x = (last − first calibration purchase day) / u,
 *   T   = (calibrationEnd − first purchase day) / u,
 *   with u = 1 for unit "day" and 7 for "week". T is a plain date difference: the observation
 *   instant is the START of the calibration end day, although purchases on that day count
 *   (lifetimes' convention; +1 day would match no published CDNOW value).
 * - monetary = mean value of the repeat occasions (the first day's spend excluded), 0 if x = 0.
 * - Holdout (optional): transactions with calibrationEnd < day ≤ holdoutEnd; holdoutX = number
 *   of distinct purchase days there, holdoutMonetary = their mean value (0 when none),
 *   holdoutDuration = (holdoutEnd − calibrationEnd) / u.
 * - Tracking: repeat occasions (every purchase day but the customer's first) of the cohort per
 *   calendar day up to holdoutEnd (or calibrationEnd), for the cumulative tracking diagnostic.
 *
 * Checks (ClvError): calibration_outside_data when calibrationEnd lies before the first
 * transaction or after the end of the data (T would count days that were never observed), or
 * holdoutEnd is not after calibrationEnd or beyond the data; invalid_input for non-integer days,
 * non-finite amounts or mismatched column lengths; no_customers when nobody is left.
 *
 * Input is columnar (typed arrays welcome) so that a million customers cost a few passes over
 * flat arrays: rows are bucketed by day then by customer with two counting sorts (stable), so each
 * customer's rows come out in day order with no per-customer sorting.
 */
import { ClvError } from "./errors.js";

export type TimeUnit = "day" | "week";

export interface TransactionColumns {
  /** Customer of each row: strings, or numbers (non-negative integers are fastest). */
  customer: ArrayLike<number> | readonly string[];
  /** Whole day number of each row. */
  day: ArrayLike<number>;
  /** Value of each row (may be omitted: monetary values are then 0). */
  amount?: ArrayLike<number>;
}

export interface Transaction {
  customerId: string;
  day: number;
  amount: number;
}

export interface SummaryOptions {
  /** Last day of calibration (inclusive); T is measured to the start of this day. */
  calibrationEnd: number;
  /** Last day of the holdout period (inclusive). */
  holdoutEnd?: number;
  unit: TimeUnit;
  /** Last day the data covers; default: the latest transaction day. */
  dataEnd?: number;
}

export interface CustomerSummary {
  unit: TimeUnit;
  calibrationEnd: number;
  holdoutEnd: number | null;
  /** Holdout length in `unit` (0 without a holdout). */
  holdoutDuration: number;
  /** Customer id per summary row (strings or numbers as given), in order of first appearance. */
  customerIds: (string | number)[];
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
  /** Day of the first purchase. */
  firstDay: Int32Array;
  /** Holdout repeat occasions and their mean value (null without a holdout). */
  holdoutX: Float64Array | null;
  holdoutMonetary: Float64Array | null;
  /** Customers whose first transaction is after calibrationEnd (not in the cohort). */
  customersFirstSeenAfterCalibration: number;
  /** Cohort repeat occasions per day: counts[i] is for day tracking.startDay + i, up to tracking.endDay. */
  tracking: { startDay: number; endDay: number; repeatOccasions: Float64Array };
}

const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7 };

/** Days per unit (1 or 7). */
export function unitDays(unit: TimeUnit): number {
  const d = UNIT_DAYS[unit];
  if (!d) throw new ClvError("invalid_input", `Unknown time unit "${unit}" (use "day" or "week").`, `未知的时间单位“${unit}”（请用 day 或 week）。`);
  return d;
}

/** Row objects → summary (convenience over `summarizeColumns`). */
export function summarizeTransactions(rows: readonly Transaction[], options: SummaryOptions): CustomerSummary {
  const n = rows.length;
  const customer = new Array<string>(n), day = new Float64Array(n), amount = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    customer[i] = rows[i].customerId;
    day[i] = rows[i].day;
    amount[i] = rows[i].amount;
  }
  return summarizeColumns({ customer, day, amount }, options);
}

/** Dense customer codes 0..k−1 in order of first appearance, and the original ids. */
function encodeCustomers(customer: TransactionColumns["customer"]): { codes: Int32Array; ids: (string | number)[] } {
  const n = customer.length;
  const codes = new Int32Array(n);
  const ids: (string | number)[] = [];
  if (n === 0) return { codes, ids };
  if (typeof customer[0] === "number") {
    const c = customer as ArrayLike<number>;
    let max = -1, direct = true;
    for (let i = 0; i < n; i++) {
      const v = c[i];
      if (!(Number.isInteger(v) && v >= 0)) {
        direct = false;
        break;
      }
      if (v > max) max = v;
    }
    if (direct && max < 4 * n + 1_000_000) {
      // Small non-negative integer ids: a lookup array instead of a hash map.
      const table = new Int32Array(max + 1).fill(-1);
      for (let i = 0; i < n; i++) {
        const v = c[i];
        let code = table[v];
        if (code < 0) {
          code = table[v] = ids.length;
          ids.push(v);
        }
        codes[i] = code;
      }
      return { codes, ids };
    }
  }
  const map = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    const v = customer[i];
    if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v))) {
      throw new ClvError("invalid_input", `Row ${i}: customer id must be a string or a finite number.`, `第 ${i} 行：顾客编号必须是字符串或有限数字。`, { row: i });
    }
    let code = map.get(v);
    if (code === undefined) {
      code = ids.length;
      map.set(v, code);
      ids.push(v);
    }
    codes[i] = code;
  }
  return { codes, ids };
}

function outside(message: string, messageZh: string, details: Record<string, unknown>): ClvError {
  return new ClvError("calibration_outside_data", message, messageZh, details);
}

export function summarizeColumns(tx: TransactionColumns, options: SummaryOptions): CustomerSummary {
  const u = unitDays(options.unit);
  const n = tx.day.length;
  if (tx.customer.length !== n || (tx.amount && tx.amount.length !== n)) {
    throw new ClvError(
      "invalid_input",
      `customer, day and amount must have the same length (got ${tx.customer.length}, ${n}, ${tx.amount?.length ?? "-"}).`,
      `customer、day、amount 的长度必须相同（现为 ${tx.customer.length}、${n}、${tx.amount?.length ?? "-"}）。`
    );
  }
  if (n === 0) throw new ClvError("no_customers", "There are no transactions.", "没有任何交易记录。");
  const calEnd = options.calibrationEnd;
  const holdEnd = options.holdoutEnd ?? null;
  if (!Number.isInteger(calEnd) || (holdEnd !== null && !Number.isInteger(holdEnd))) {
    throw new ClvError("invalid_input", "calibrationEnd and holdoutEnd must be whole day numbers.", "calibrationEnd 与 holdoutEnd 必须是整数日编号。");
  }
  let minDay = Infinity, maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = tx.day[i];
    if (!Number.isInteger(d)) {
      throw new ClvError("invalid_input", `Row ${i}: day must be a whole day number (got ${d}).`, `第 ${i} 行：day 必须是整数日编号（现为 ${d}）。`, { row: i });
    }
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    if (tx.amount && !Number.isFinite(tx.amount[i])) {
      throw new ClvError("invalid_input", `Row ${i}: amount must be a finite number (got ${tx.amount[i]}).`, `第 ${i} 行：金额必须是有限数字（现为 ${tx.amount[i]}）。`, { row: i });
    }
  }
  const dataEnd = options.dataEnd ?? maxDay;
  if (calEnd < minDay) {
    throw outside(
      `The calibration end (day ${calEnd}) is before the first transaction (day ${minDay}).`,
      `校准期结束日（第 ${calEnd} 日）早于第一笔交易（第 ${minDay} 日）。`,
      { calibrationEnd: calEnd, firstDay: minDay }
    );
  }
  if (calEnd > dataEnd) {
    throw outside(
      `The calibration end (day ${calEnd}) is after the end of the data (day ${dataEnd}): T would count days that were never observed.`,
      `校准期结束日（第 ${calEnd} 日）晚于数据结束日（第 ${dataEnd} 日）：T 会包含没有数据的日子。`,
      { calibrationEnd: calEnd, dataEnd }
    );
  }
  if (holdEnd !== null && (holdEnd <= calEnd || holdEnd > dataEnd)) {
    throw outside(
      `The holdout end (day ${holdEnd}) must be after the calibration end (day ${calEnd}) and not after the end of the data (day ${dataEnd}).`,
      `验证期结束日（第 ${holdEnd} 日）必须晚于校准期结束日（第 ${calEnd} 日），且不晚于数据结束日（第 ${dataEnd} 日）。`,
      { calibrationEnd: calEnd, holdoutEnd: holdEnd, dataEnd }
    );
  }
  const { codes, ids } = encodeCustomers(tx.customer);
  const k = ids.length;

  // Stable counting sort by day, then stable counting sort by customer: rows grouped by customer, in day order.
  const span = maxDay - minDay + 1;
  let byDay: Int32Array;
  if (span <= 4 * n + 1_000_000) {
    const cnt = new Int32Array(span + 1);
    for (let i = 0; i < n; i++) cnt[tx.day[i] - minDay + 1]++;
    for (let d = 1; d <= span; d++) cnt[d] += cnt[d - 1];
    byDay = new Int32Array(n);
    for (let i = 0; i < n; i++) byDay[cnt[tx.day[i] - minDay]++] = i;
  } else {
    byDay = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => tx.day[a] - tx.day[b] || a - b);
  }
  const start = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) start[codes[i] + 1]++;
  for (let c = 0; c < k; c++) start[c + 1] += start[c];
  const pos = start.slice(0, k);
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = byDay[j];
    order[pos[codes[i]]++] = i;
  }

  const trackEnd = holdEnd ?? calEnd;
  const trackStart = minDay;
  const repeatOccasions = new Float64Array(Math.max(0, trackEnd - trackStart + 1));
  const X = new Float64Array(k), TX = new Float64Array(k), TT = new Float64Array(k), M = new Float64Array(k);
  const first = new Int32Array(k);
  const HX = holdEnd !== null ? new Float64Array(k) : null, HM = holdEnd !== null ? new Float64Array(k) : null;
  const keep = new Uint8Array(k);
  let kept = 0;
  const amount = tx.amount;
  for (let c = 0; c < k; c++) {
    const s = start[c], e = start[c + 1];
    const d0 = tx.day[order[s]];
    if (d0 > calEnd) continue; // first purchase after calibration: not in the cohort
    keep[c] = 1;
    kept++;
    let days = 0, last = d0, repeatSum = 0, hDays = 0, hSum = 0;
    let prev = NaN;
    for (let j = s; j < e; j++) {
      const i = order[j];
      const d = tx.day[i];
      const v = amount ? amount[i] : 0;
      const newDay = d !== prev;
      prev = d;
      if (d <= calEnd) {
        if (newDay) {
          days++;
          last = d;
        }
        if (d !== d0) repeatSum += v;
      } else if (holdEnd !== null && d <= holdEnd) {
        if (newDay) hDays++;
        hSum += v;
      }
      if (newDay && d !== d0 && d <= trackEnd) repeatOccasions[d - trackStart]++;
    }
    const x = days - 1;
    X[c] = x;
    TX[c] = (last - d0) / u;
    TT[c] = (calEnd - d0) / u;
    M[c] = x > 0 ? repeatSum / x : 0;
    first[c] = d0;
    if (HX && HM) {
      HX[c] = hDays;
      HM[c] = hDays > 0 ? hSum / hDays : 0;
    }
  }
  if (kept === 0) throw new ClvError("no_customers", "No customer made a purchase in the calibration period.", "校准期内没有任何顾客购买。");

  // Compact to the cohort (usually everyone: then the arrays are returned as they are).
  const pick = <A extends Float64Array | Int32Array>(a: A): A => {
    if (kept === k) return a;
    const out = new (a.constructor as { new (n: number): A })(kept);
    let j = 0;
    for (let c = 0; c < k; c++) if (keep[c]) out[j++] = a[c];
    return out;
  };
  return {
    unit: options.unit,
    calibrationEnd: calEnd,
    holdoutEnd: holdEnd,
    holdoutDuration: holdEnd !== null ? (holdEnd - calEnd) / u : 0,
    customerIds: kept === k ? ids : ids.filter((_, c) => keep[c]),
    x: pick(X),
    tx: pick(TX),
    T: pick(TT),
    monetary: pick(M),
    firstDay: pick(first),
    holdoutX: HX ? pick(HX) : null,
    holdoutMonetary: HM ? pick(HM) : null,
    customersFirstSeenAfterCalibration: k - kept,
    tracking: { startDay: trackStart, endDay: trackEnd, repeatOccasions }
  };
}
