import { describe, expect, it } from "vitest";
import { readXlsxRows } from "../../../loaders/io/xlsxRows.ts";
import { buildXlsx } from "./xlsxFixture.ts";

describe("readXlsxRows", () => {
  it("reads the first sheet as strings", async () => {
    const bytes = buildXlsx([
      [
        [{ s: "订单编号" }, { s: "金额" }, { s: "付款时间" }, { s: "是否手机订单" }],
        [{ n: "1234567890123456789" }, { n: "12.3" }, { date: "43831.5" }, { b: true }],
        [{ inline: " 带空格 " }, null, { date: "43831" }, { b: false }]
      ],
      [[{ s: "second sheet" }]]
    ]);
    expect(await readXlsxRows(bytes)).toEqual([
      ["订单编号", "金额", "付款时间", "是否手机订单"],
      ["1234567890123456789", "12.3", "2020-01-01 12:00:00", "TRUE"],
      [" 带空格 ", "", "2020-01-01", "FALSE"]
    ]);
  });

  it("rejects bytes that are not a workbook", async () => {
    await expect(readXlsxRows(new TextEncoder().encode("a,b\n1,2\n"))).rejects.toThrow();
  });
});
