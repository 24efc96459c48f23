// Reference numbers for online-retail/online_retail_first1000.csv
// header: InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
//
// Conventions:
// - Own CSV reader; 3 descriptions contain quoted commas (e.g. "AIRLINE LOUNGE,METAL SIGN").
// - Cancellation invoice = InvoiceNo starting with "C" (case-sensitive, after trim).
// - CustomerID missing = empty after trim. Customer ids are kept as the raw string (e.g. "17850").
// - Money: Quantity * UnitPrice computed EXACTLY in integer units of 1/10000 (UnitPrice has at most
//   4 decimals, Quantity is an integer), summed per invoice, then rounded to cents
//   (half away from zero) only at the end; grand total = exact sum of all non-cancelled lines,
//   rounded once. Lines of non-cancelled invoices with UnitPrice 0 or non-positive quantity are
//   included as-is (their counts are reported).
// - "per customer distinct non-cancelled invoices" = count of distinct non-C InvoiceNo per non-empty
//   CustomerID.
// - InvoiceDate in this file is "YYYY-MM-DD HH:MM:SS" (ISO-like, no zone; UK local time, which in
//   December is GMT = UTC). min/max reported as the same naive string and as UTC ISO.
// - Exact duplicate lines: records whose 8 fields equal an earlier record's fields; reported as
//   extra copies. The UCI file has genuine repeated lines within an invoice; whether a pipeline
//   drops them is a policy choice, so totals are given both with and without duplicate copies.
import { readCsvObjects, decimalToScaled, DATASETS } from "./csv.ts";
import { join } from "node:path";

export const ONLINE_RETAIL_FILE = join(DATASETS, "online-retail/online_retail_first1000.csv");
const SCALE = 4; // 1/10000

function toCents(scaled: number): number {
  // scaled is in 1/10000 units; round half away from zero to cents
  const sign = scaled < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(scaled) / 100)) / 100;
}

export function onlineRetail(path = ONLINE_RETAIL_FILE) {
  const { rows, header, records } = readCsvObjects(path);
  const invoices = new Set<string>();
  const cancelInvoices = new Set<string>();
  let cancelLines = 0, noCustomer = 0, zeroPriceLines = 0, nonPositiveQtyNonCancel = 0;
  const customers = new Set<string>();
  const invoiceAmountScaled = new Map<string, number>();
  const invoiceAmountScaledDedup = new Map<string, number>();
  const custInvoices = new Map<string, Set<string>>();
  let grand = 0, grandDedup = 0;
  let minD = "", maxD = "";
  const seen = new Set<string>();
  let dups = 0;
  const dupLines: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const inv = r.InvoiceNo.trim();
    invoices.add(inv);
    const cust = r.CustomerID.trim();
    if (cust === "") noCustomer++; else customers.add(cust);
    const key = header.map((h) => r[h]).join("\u0001");
    const isDup = seen.has(key);
    if (isDup) { dups++; dupLines.push(records[k].line); } else seen.add(key);
    const d = r.InvoiceDate.trim();
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(d)) throw new Error(`unexpected date ${d}`);
    if (minD === "" || d < minD) minD = d;
    if (maxD === "" || d > maxD) maxD = d;
    if (inv.startsWith("C")) {
      cancelInvoices.add(inv);
      cancelLines++;
      continue;
    }
    const qty = Number(r.Quantity);
    if (!Number.isInteger(qty)) throw new Error(`non-integer qty ${r.Quantity}`);
    const price = decimalToScaled(r.UnitPrice, SCALE);
    if (price === 0) zeroPriceLines++;
    if (qty <= 0) nonPositiveQtyNonCancel++;
    const amt = qty * price;
    invoiceAmountScaled.set(inv, (invoiceAmountScaled.get(inv) ?? 0) + amt);
    grand += amt;
    if (!isDup) {
      invoiceAmountScaledDedup.set(inv, (invoiceAmountScaledDedup.get(inv) ?? 0) + amt);
      grandDedup += amt;
    }
    if (cust !== "") {
      let s = custInvoices.get(cust);
      if (!s) custInvoices.set(cust, (s = new Set()));
      s.add(inv);
    }
  }
  const invoiceAmount = new Map<string, number>();
  for (const [k, v] of invoiceAmountScaled) invoiceAmount.set(k, toCents(v));
  const invoiceAmountDedup = new Map<string, number>();
  for (const [k, v] of invoiceAmountScaledDedup) invoiceAmountDedup.set(k, toCents(v));
  const customerInvoiceCount = new Map<string, number>();
  for (const [k, v] of custInvoices) customerInvoiceCount.set(k, v.size);
  const naiveToIso = (s: string) => s.replace(" ", "T") + "Z";
  return {
    file: "online-retail/online_retail_first1000.csv",
    rows: rows.length,
    recordsWithWrongFieldCount: records.filter((r) => r.fields.length !== header.length).length,
    distinctInvoices: invoices.size,
    cancellationInvoices: cancelInvoices.size,
    cancellationLines: cancelLines,
    nonCancelledInvoices: invoices.size - cancelInvoices.size,
    nonCancelledLines: rows.length - cancelLines,
    linesWithoutCustomerId: noCustomer,
    distinctCustomers: customers.size,
    zeroPriceLinesNonCancelled: zeroPriceLines,
    nonPositiveQuantityLinesNonCancelled: nonPositiveQtyNonCancel,
    invoiceAmount, // Map InvoiceNo -> sum(Quantity*UnitPrice) in currency units, rounded to cents
    grandTotal: toCents(grand),
    invoiceAmountWithoutDuplicateLines: invoiceAmountDedup,
    grandTotalWithoutDuplicateLines: toCents(grandDedup),
    customerNonCancelledInvoiceCount: customerInvoiceCount,
    customersWithAtLeast2NonCancelledInvoices: [...customerInvoiceCount.values()].filter((n) => n >= 2).length,
    minInvoiceDate: minD,
    maxInvoiceDate: maxD,
    minInvoiceDateUtc: naiveToIso(minD),
    maxInvoiceDateUtc: naiveToIso(maxD),
    exactDuplicateLines: dups,
    exactDuplicateLineNumbers: dupLines,
  };
}
