/**
 * UCI Online Retail export (UK gift wholesaler, GBP, Europe/London): one record per invoice line.
 * Lines go to order_items and to `stage_uci_lines`, from which finalizeSql builds one order per
 * InvoiceNo (see uciOrdersSql.ts). A line without CustomerID keeps customer_id null: never a
 * made-up customer.
 */
import { headerScore } from "./headerScore.ts";
import { nextOrdinal } from "./nextOrdinal.ts";
import { RowError, RowExcluded, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { roundMoney } from "./roundMoney.ts";
import { stageRow, tableRow } from "./tableRow.ts";
import { UCI_ORDERS_SQL } from "./uciOrdersSql.ts";

const REQUIRED = ["InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice"];
const OPTIONAL = ["Description", "CustomerID", "Country"];

function mapUciLine(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const invoice = r.required("InvoiceNo").toUpperCase();
  const cancelled = invoice.startsWith("C");
  // `A…` invoices ("Adjust bad debt") are bookkeeping entries, not sales.
  if (invoice.startsWith("A")) throw new RowExcluded("bookkeeping_entry", `invoice ${invoice} is an accounting adjustment`);
  const quantity = r.integer("Quantity");
  if (quantity === null) throw new RowError("missing_value", "Quantity is empty");
  // Negative lines on ordinary invoices are stock write-offs (damaged, lost), with no buyer or price.
  if (!cancelled && quantity <= 0) throw new RowExcluded("stock_adjustment", `line of invoice ${invoice} has quantity ${quantity}`);
  const price = r.number("UnitPrice");
  const orderedAt = r.time("InvoiceDate");
  if (orderedAt === null) throw new RowError("missing_value", "InvoiceDate is empty");
  // Some copies write CustomerID as a float (17850.0).
  const customer = r.text("CustomerID")?.replace(/\.0+$/, "") ?? null;
  const lineNo = nextOrdinal(ctx, "uci:lines", invoice);
  // Credit-note lines are stored with positive quantities: the order's status says it was returned.
  const units = Math.abs(quantity);
  return [
    tableRow("order_items", {
      order_id: invoice,
      line_no: lineNo,
      product_id: r.required("StockCode"),
      title: r.text("Description"),
      quantity: units,
      unit_price: price
    }),
    stageRow("stage_uci_lines", {
      order_id: invoice,
      customer_id: customer ? ctx.pseudonymize(customer) : null,
      ordered_at: orderedAt,
      line_amount: roundMoney(units * Math.abs(price ?? 0)),
      cancelled: cancelled ? 1 : 0,
      country: r.text("Country"),
      line_key: `${invoice}#${lineNo}`
    })
  ];
}

export const uciOnlineRetail: Preset = {
  id: "uci-online-retail",
  label: { en: "UCI Online Retail export", zh: "UCI 在线零售数据" },
  tables: ["orders", "order_items"],
  // One record is one order line; orders are assembled from lines.
  primaryTable: "order_items",
  hasHeader: true,
  defaultTimeZone: "Europe/London",
  defaultCurrency: "GBP",
  refundTimeKnown: true,
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapUciLine,
  finalizeSql: UCI_ORDERS_SQL
};
