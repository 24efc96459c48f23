/**
 * What an order report exported at time T shows for an order: the Taobao status text and the
 * fields that are only filled once something has happened. Two exports of the same order taken at
 * different times therefore differ exactly as real re-exports do.
 */
import type { Order } from "./simulateOrders.ts";

export interface OrderState {
  readonly status: string;
  readonly paidAt: number | null;
  readonly shippedAt: number | null;
  readonly receivedAt: number | null;
  readonly refundCents: number;
  readonly closeReason: string;
}

export const STATUS = {
  pending: "等待买家付款",
  paid: "买家已付款，等待卖家发货",
  shipped: "卖家已发货，等待买家确认",
  completed: "交易成功",
  refunding: "退款中",
  closed: "交易关闭"
} as const;

const at = (t: number | null, T: number) => (t !== null && t <= T ? t : null);

export function orderStatusAt(o: Order, T: number): OrderState {
  if (o.paidAt === null || o.paidAt > T) {
    // Unpaid: waiting until the order times out or the buyer closes it.
    const closed = o.paidAt === null && o.closedAt !== null && o.closedAt <= T;
    const none = { paidAt: null, shippedAt: null, receivedAt: null, refundCents: 0 };
    return closed ? { ...none, status: STATUS.closed, closeReason: o.closeReason } : { ...none, status: STATUS.pending, closeReason: "" };
  }
  const shippedAt = at(o.shippedAt, T);
  const receivedAt = at(o.receivedAt, T);
  const r = o.refund;
  if (r && r.requestedAt <= T) {
    if (r.doneAt > T) return { status: STATUS.refunding, paidAt: o.paidAt, shippedAt, receivedAt, refundCents: r.cents, closeReason: "" };
    if (r.full) return { status: STATUS.closed, paidAt: o.paidAt, shippedAt, receivedAt: null, refundCents: r.cents, closeReason: "退款成功" };
  }
  const refundCents = r && r.doneAt <= T ? r.cents : 0;
  const status = receivedAt !== null ? STATUS.completed : shippedAt !== null ? STATUS.shipped : STATUS.paid;
  return { status, paidAt: o.paidAt, shippedAt, receivedAt, refundCents, closeReason: "" };
}
