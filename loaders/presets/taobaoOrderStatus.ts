/**
 * 订单状态 of the Taobao/Tmall order report → canonical status. 交易关闭 is ambiguous in the export
 * (closed before payment, or closed after a full refund), so it is resolved from payment and refund.
 */
import type { OrderStatus } from "../../src/schema.ts";

// Keys are NFKC-normalised without blanks: the export writes full-width commas (，) that NFKC makes ",".
const DIRECT: Record<string, OrderStatus> = {
  等待买家付款: "pending_payment",
  "买家已付款,等待卖家发货": "paid",
  等待卖家发货: "paid",
  "卖家已发货,等待买家确认": "shipped",
  卖家部分发货: "shipped",
  交易成功: "completed",
  退款中: "refunding"
};

export function normalizeStatusText(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, "");
}

/** null for a status the export never writes (the caller quarantines the record). */
export function taobaoOrderStatus(text: string, paid: boolean, refundAmount: number): OrderStatus | null {
  const key = normalizeStatusText(text);
  if (key === "交易关闭") return paid && refundAmount > 0 ? "refunded" : "cancelled";
  return DIRECT[key] ?? null;
}
