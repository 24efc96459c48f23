import { describe, expect, it } from "vitest";
import { RowError } from "../../../loaders/presets/preset.ts";
import { taobaoItems } from "../../../loaders/presets/taobaoItems.ts";
import { shopProducts } from "../../../loaders/presets/shopProducts.ts";
import { fakeContext, rec } from "./fakeContext.ts";
import { runFinalize } from "./finalizeHarness.ts";

const H = "订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码";

describe("taobao-items", () => {
  it("numbers lines in order of appearance within each order", () => {
    const ctx = fakeContext();
    const lines = ["A1,连衣裙,¥99.00,2,,颜色:红,,,交易成功,SKU-1", "B7,T恤,49,1,,,,,交易成功,", "A1,袜子,9.9,3,,,,,交易成功,SKU-2"];
    const rows = lines.flatMap((l) => taobaoItems.map(rec(H, l), ctx)).map((r) => r.row);
    expect(rows.map((r) => [r.order_id, r.line_no, r.product_id, r.quantity, r.unit_price])).toEqual([
      ["A1", 1, "SKU-1", 2, 99],
      ["B7", 1, null, 1, 49],
      ["A1", 2, "SKU-2", 3, 9.9]
    ]);
    expect(rows[0]).toMatchObject({ sku: "SKU-1", title: "连衣裙", category: null, brand: null });
  });

  it("swaps 商家编码 for the catalogue's 宝贝ID when it is unambiguous", async () => {
    const ctx = fakeContext();
    const items = ["A1,围巾,99,1,,,,,交易成功,SKU-1", "A1,帽子,49,1,,,,,交易成功,SKU-2", "A1,手套,29,1,,,,,交易成功,SKU-9"];
    const catalogue = ["600001,SKU-1,围巾,,,99,高,", "600002,SKU-2,帽子,,,49,中,", "600003,SKU-2,帽子 新款,,,59,中,"];
    const ph = "宝贝ID,商家编码,宝贝标题,类目,品牌,一口价,价格档,上架时间";
    const rows = [...items.flatMap((l) => taobaoItems.map(rec(H, l), ctx)), ...catalogue.flatMap((l) => shopProducts.map(rec(ph, l), ctx))];
    const db = await runFinalize(rows, [...taobaoItems.finalizeSql!, ...taobaoItems.finalizeSql!]);
    const out = await db.query("SELECT line_no, product_id, sku FROM order_items ORDER BY line_no");
    db.close();
    expect(out).toEqual([
      { line_no: 1, product_id: "600001", sku: "SKU-1" },
      { line_no: 2, product_id: "SKU-2", sku: "SKU-2" }, // two catalogue items share SKU-2: left alone
      { line_no: 3, product_id: "SKU-9", sku: "SKU-9" } // not in the catalogue
    ]);
  });

  it("quarantines a line without a quantity", () => {
    expect(() => taobaoItems.map(rec(H, "A1,x,1,,,,,,,"), fakeContext())).toThrow(RowError);
  });
});
