/**
 * Shared mapping of CDNOW transaction lines (master and sample files). Each line is one order:
 * the data has no order id, and several purchases by one customer on one day stay separate
 * orders, id `cdnow-<customer>-<YYYYMMDD>-<n>` with n counting that customer's lines of that day.
 * USD; dates only, so ordered_at is midnight (no time-zone shift applies to a bare date).
 */
import { RowError, RowExcluded, type MappedRow, type PresetContext } from "./preset.ts";
import { nextOrdinal } from "./nextOrdinal.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const YYYYMMDD = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Detection may see the first line split by a sniffed delimiter rather than by whitespace (one
 * cell holding the whole line); split such a cell on blanks so the shape can still be judged.
 */
export function whitespaceFields(header: readonly string[]): readonly string[] {
  const cells = header.length === 1 ? header[0].trim().split(/\s+/) : header;
  return cells.map((c) => c.trim());
}

/** A CDNOW date cell (`19970101`) as naive ms at midnight, or null when it is not one. */
export function cdnowDate(s: string): number | null {
  const m = YYYYMMDD.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : null;
}

export function mapCdnowRecord(
  record: Readonly<Record<string, string>>,
  ctx: PresetContext,
  customerColumn: string
): MappedRow[] {
  const r = recordReader(record, ctx);
  const customerText = r.required(customerColumn);
  // The master file starts with a header line; header-less reading turns it into a record.
  if (customerText === customerColumn || customerText === "customer_id") {
    throw new RowExcluded("header_line", "column names, not a transaction");
  }
  if (!/^\d+$/.test(customerText)) throw new RowError("bad_value", `${customerColumn} not a number: "${customerText}"`);
  const customer = String(Number(customerText)); // 00001 and 1 are the same customer
  const dateText = r.required("date");
  const orderedAt = cdnowDate(dateText);
  if (orderedAt === null) throw new RowError("bad_date", `date not YYYYMMDD: "${dateText}"`);
  const cds = r.integer("cds");
  const dollars = r.number("dollars");
  if (cds === null || dollars === null) throw new RowError("missing_value", "cds or dollars is empty");
  const n = nextOrdinal(ctx, "cdnow:day", `${customer}-${dateText}`);
  return [
    tableRow("orders", {
      order_id: `cdnow-${customer}-${dateText}-${n}`,
      customer_id: ctx.pseudonymize(customer),
      ordered_at: orderedAt,
      paid_at: orderedAt,
      status: "completed",
      amount_total: dollars,
      amount_paid: dollars,
      refund_amount: 0,
      currency: "USD",
      channel: "cdnow",
      is_presale: false
    })
  ];
}
