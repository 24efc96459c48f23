/**
 * taobao-orders' finalize SQL merges pre-sale parts from a staging table that exists only when a
 * pre-sale part was staged. A finalize statement whose stage_* table does not exist is skipped, so
 * a report with no pre-sale rows loads like any other; with pre-sale rows the merge still runs.
 */
import { describe, expect, it } from "vitest";
import { runOnFiles } from "../../helpers/runOnFiles.ts";

const HEADER = "订单编号,买家会员名,总金额,买家实际支付金额,订单状态,收货地址,订单创建时间,订单付款时间,退款金额,分阶段订单信息";
const PLAIN = "1001,tb_alice,105.00,105.00,交易成功,上海,2024-01-01 10:00:00,2024-01-01 10:05:00,0,";

describe("taobao-orders finalize SQL and the pre-sale staging table", () => {
  // finalizeSql reads stage_taobao_presale_parts, which the table store only creates when a
  // pre-sale part is staged (it used to fail with "Table with name stage_taobao_presale_parts does
  // not exist!").
  it("loads a Taobao order report that has no pre-sale rows", async () => {
    const run = await runOnFiles({ "orders.csv": `${HEADER}\n${PLAIN}\n` });
    try {
      expect(run.tableRows.orders).toBe(1);
      expect(await run.db.query("SELECT order_id, amount_total, is_presale FROM orders")).toEqual([
        { order_id: "1001", amount_total: 105, is_presale: false }
      ]);
      expect(
        await run.db.query("SELECT rows_read, rows_written, rows_merged, rows_derived FROM quality WHERE source_file = 'orders.csv'")
      ).toEqual([{ rows_read: 1, rows_written: 1, rows_merged: 0, rows_derived: 0 }]);
    } finally {
      run.close();
    }
  });

  it("loads the same report once it holds one pre-sale order (the staging table then exists)", async () => {
    const run = await runOnFiles({
      "orders.csv": [
        HEADER,
        PLAIN,
        "1002,tb_bob,30.00,30.00,交易成功,上海,2024-01-02 10:00:00,2024-01-02 10:05:00,0,定金",
        "1002,tb_bob,70.00,70.00,交易成功,上海,2024-01-02 10:00:00,2024-01-11 00:05:00,0,尾款",
        ""
      ].join("\n")
    });
    try {
      const rows = await run.db.query<{ order_id: string; amount_total: number; is_presale: boolean }>(
        "SELECT order_id, amount_total, is_presale FROM orders ORDER BY order_id"
      );
      expect(rows).toEqual([
        { order_id: "1001", amount_total: 105, is_presale: false },
        { order_id: "1002", amount_total: 100, is_presale: true }
      ]);
    } finally {
      run.close();
    }
  });
});
