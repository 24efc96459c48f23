import { describe, expect, it } from "vitest";
import { RowError } from "../../../loaders/presets/preset.ts";
import { taobaoOrders } from "../../../loaders/presets/taobaoOrders.ts";
import { at, fakeContext, rec } from "./fakeContext.ts";
import { runFinalize } from "./finalizeHarness.ts";

const FULL =
  "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺名称,订单关闭原因,分阶段订单信息,退款金额,确认收货时间,发货时间,是否手机订单";
const line = (o: Partial<Record<string, string>>) => {
  const base: Record<string, string> = {
    订单编号: '="202401010001"', 买家会员名: "tb_小明", 买家支付宝账号: "xm@example.com", 买家应付货款: "100.00",
    买家应付邮费: "10.00", 总金额: "¥105.00", 买家实际支付金额: "105.00", 订单状态: "交易成功", 买家留言: "",
    收货人姓名: "王小明", 收货地址: "浙江省 杭州市 西湖区 文三路100号", 联系手机: "13800138000",
    订单创建时间: "2024-01-01 10:00:00", 订单付款时间: "2024-01-01 10:05:00", 分阶段订单信息: "", 退款金额: "0",
    确认收货时间: "2024-01-05 09:00:00", 发货时间: "2024-01-02 08:00:00"
  };
  const all = { ...base, ...o };
  return Object.fromEntries(FULL.split(",").map((k) => [k, all[k] ?? ""]));
};

describe("taobao-orders", () => {
  it("maps a full record: key pseudonymised, PII remembered not stored, province and city only", () => {
    const ctx = fakeContext();
    const [out] = taobaoOrders.map(line({}), ctx);
    expect(out.table).toBe("orders");
    expect(out.row).toEqual({
      order_id: "202401010001",
      customer_id: "p:tb_小明",
      ordered_at: at("2024-01-01 10:00:00"),
      paid_at: at("2024-01-01 10:05:00"),
      shipped_at: at("2024-01-02 08:00:00"),
      received_at: at("2024-01-05 09:00:00"),
      status: "completed",
      amount_total: 105,
      amount_paid: 105,
      postage: 10,
      discount: 5, // 100 + 10 − 105
      refund_amount: 0,
      refunded_at: null,
      currency: "CNY",
      channel: "taobao",
      province: "浙江",
      is_presale: false
    });
    expect(ctx.remembered).toEqual(expect.arrayContaining(["tb_小明", "xm@example.com", "王小明", "13800138000"]));
    expect(JSON.stringify(out.row)).not.toMatch(/王小明|13800138000|文三路|example\.com/);
  });

  it.each([
    ["等待买家付款", "", "0", "pending_payment"],
    ["买家已付款，等待卖家发货", "2024-01-01 10:05:00", "0", "paid"],
    ["等待卖家发货", "2024-01-01 10:05:00", "0", "paid"],
    ["卖家已发货，等待买家确认", "2024-01-01 10:05:00", "0", "shipped"],
    ["退款中", "2024-01-01 10:05:00", "0", "refunding"],
    ["交易关闭", "2024-01-01 10:05:00", "105", "refunded"],
    ["交易关闭", "", "0", "cancelled"],
    ["交易关闭", "2024-01-01 10:05:00", "0", "cancelled"]
  ])("maps 订单状态 %s (paid at %s, refund %s) to %s", (status, paidAt, refund, expected) => {
    const [out] = taobaoOrders.map(line({ 订单状态: status, 订单付款时间: paidAt, 退款金额: refund }), fakeContext());
    expect(out.row.status).toBe(expected);
  });

  it("treats an empty payment time as unpaid: amount_paid 0 when the cell is empty too", () => {
    const [out] = taobaoOrders.map(line({ 订单状态: "等待买家付款", 订单付款时间: "", 买家实际支付金额: "" }), fakeContext());
    expect(out.row).toMatchObject({ paid_at: null, amount_paid: 0 });
  });

  it("counts shop discounts and payment-time deductions (红包) in discount", () => {
    const paid = line({ 买家应付货款: "100", 买家应付邮费: "10", 总金额: "110", 买家实际支付金额: "100" });
    expect(taobaoOrders.map(paid, fakeContext())[0].row).toMatchObject({ amount_total: 110, amount_paid: 100, discount: 10 });
    const unpaid = line({ 订单状态: "等待买家付款", 订单付款时间: "", 买家实际支付金额: "0", 确认收货时间: "", 发货时间: "" });
    expect(taobaoOrders.map(unpaid, fakeContext())[0].row).toMatchObject({ amount_paid: 0, discount: 5 }); // 100 + 10 − 105
  });

  it("reads the trimmed form: no customer key, status from the times, discount = total − paid", () => {
    const header = "订单编号,总金额,买家实际支付金额,收货地址,订单创建时间,订单付款时间,退款金额";
    const ctx = fakeContext();
    const [a] = taobaoOrders.map(rec(header, "'1001,50,50,上海,2024/2/1 8:05,2024/2/1 8:06,0"), ctx);
    expect(a.row).toMatchObject({ order_id: "1001", customer_id: null, status: "paid", province: "上海", discount: 0, postage: null });
    const [b] = taobaoOrders.map(rec(header, "1002,50,50,广东省,2024/2/1 8:05,2024/2/1 8:06,50"), ctx);
    expect(b.row).toMatchObject({ status: "refunded", refund_amount: 50, province: "广东" });
    const [c] = taobaoOrders.map(rec(header, "1003,50,0,广东省,2024/2/1 8:05,,0"), ctx);
    expect(c.row.status).toBe("pending_payment");
  });

  it("quarantines an unknown status and a missing creation time", () => {
    expect(() => taobaoOrders.map(line({ 订单状态: "神秘状态" }), fakeContext())).toThrow(RowError);
    expect(() => taobaoOrders.map(line({ 订单创建时间: "" }), fakeContext())).toThrow(/订单创建时间/);
    expect(() => taobaoOrders.map(line({ 总金额: "abc" }), fakeContext())).toThrow(RowError);
  });

  it("stages pre-sale parts and merges them into one order in finalizeSql", async () => {
    const ctx = fakeContext();
    const deposit = line({
      订单编号: "9001", 分阶段订单信息: "定金", 买家应付货款: "20", 买家应付邮费: "0", 总金额: "20", 买家实际支付金额: "20",
      订单状态: "交易成功", 订单创建时间: "2024-10-21 20:00:00", 订单付款时间: "2024-10-21 20:01:00",
      发货时间: "", 确认收货时间: ""
    });
    const balance = line({
      订单编号: "9001", 分阶段订单信息: "尾款", 买家应付货款: "80", 买家应付邮费: "10", 总金额: "85", 买家实际支付金额: "85",
      订单状态: "卖家已发货，等待买家确认", 订单创建时间: "2024-11-11 00:00:00", 订单付款时间: "2024-11-11 00:10:00",
      发货时间: "2024-11-12 09:00:00", 确认收货时间: ""
    });
    const plain = line({ 订单编号: "9002" });
    const rows = [deposit, balance, plain].flatMap((r) => taobaoOrders.map(r, ctx));
    expect(rows.map((r) => r.table)).toEqual(["stage_taobao_presale_parts", "stage_taobao_presale_parts", "orders"]);

    const db = await runFinalize(rows, [...taobaoOrders.finalizeSql!, ...taobaoOrders.finalizeSql!]); // twice: idempotent
    const orders = await db.query(
      "SELECT order_id, ordered_at::VARCHAR AS o, paid_at::VARCHAR AS p, shipped_at::VARCHAR AS s, status, amount_total, amount_paid, postage, discount, is_presale, channel FROM orders ORDER BY order_id"
    );
    db.close();
    expect(orders).toEqual([
      {
        order_id: "9001", o: "2024-10-21 20:00:00", p: "2024-11-11 00:10:00", s: "2024-11-12 09:00:00",
        status: "shipped", amount_total: 105, amount_paid: 105, postage: 10, discount: 5, is_presale: true, channel: "taobao"
      },
      expect.objectContaining({ order_id: "9002", is_presale: false })
    ]);
  });

  it("declares what the pipeline needs", () => {
    expect(taobaoOrders.refundTimeKnown).toBe(false);
    expect(taobaoOrders.snapshotTimeColumns).toEqual(["received_at", "refunded_at", "shipped_at", "paid_at", "ordered_at"]);
  });
});
