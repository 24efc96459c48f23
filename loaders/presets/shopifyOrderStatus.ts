/**
 * Shopify Financial Status × Fulfillment Status (× Cancelled at) → canonical status. Shopify has no
 * "received" step, so a fulfilled order is completed; a partly fulfilled one is shipped.
 */
import type { OrderStatus } from "../../src/schema.ts";

export function shopifyOrderStatus(financial: string, fulfillment: string | null, cancelled: boolean): OrderStatus | null {
  const f = financial.trim().toLowerCase().replace(/\s+/g, "_");
  if (f === "refunded") return "refunded";
  if (f === "voided") return "cancelled";
  if (cancelled) return "cancelled";
  if (f === "pending" || f === "authorized" || f === "expired") return "pending_payment";
  if (f === "paid" || f === "partially_paid" || f === "partially_refunded") {
    const ful = (fulfillment ?? "").trim().toLowerCase();
    if (ful === "fulfilled") return "completed";
    if (ful === "partial" || ful === "partially_fulfilled") return "shipped";
    return "paid";
  }
  return null;
}
