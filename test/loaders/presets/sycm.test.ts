import { describe, expect, it } from "vitest";
import { RowError } from "../../../loaders/presets/preset.ts";
import { sycmItems } from "../../../loaders/presets/sycmItems.ts";
import { sycmSearchTerms } from "../../../loaders/presets/sycmSearchTerms.ts";
import { sycmTraffic } from "../../../loaders/presets/sycmTraffic.ts";
import { at, fakeContext, rec } from "./fakeContext.ts";

describe("生意参谋 exports", () => {
  it("sycm-traffic → traffic_daily, one day per row", () => {
    const h = "统计日期,流量来源,访客数,浏览量,下单买家数,支付买家数,支付金额,支付转化率";
    const [out] = sycmTraffic.map(rec(h, "2024-01-01,手淘搜索,1234,3456,12,10,¥1234.50,2.50%"), fakeContext());
    expect(out).toEqual({
      table: "traffic_daily",
      row: { date: at("2024-01-01 00:00:00"), source: "手淘搜索", visitors: 1234, page_views: 3456, order_buyers: 12, paying_buyers: 10, paid_amount: 1234.5, currency: "CNY" }
    });
  });

  it("accepts a one-day range and rejects a longer one", () => {
    const h = "统计日期,流量来源,访客数";
    expect(sycmTraffic.map(rec(h, "2024-01-01~2024-01-01,直通车,5"), fakeContext())[0].row.date).toBe(at("2024-01-01 00:00:00"));
    expect(() => sycmTraffic.map(rec(h, "2024-01-01~2024-01-07,直通车,5"), fakeContext())).toThrow(/spans more than one day/);
    expect(() => sycmTraffic.map(rec(h, ",直通车,5"), fakeContext())).toThrow(RowError);
  });

  it("sycm-items → product_daily", () => {
    const h = "统计日期,商品ID,商品名称,商品访客数,商品浏览量,加购件数,商品收藏人数,支付件数,支付买家数,支付金额";
    const [out] = sycmItems.map(rec(h, "2024-01-02,6000123,羊毛围巾,100,150,8,5,4,3,¥396.00"), fakeContext());
    expect(out.row).toEqual({
      date: at("2024-01-02 00:00:00"), product_id: "6000123", title: "羊毛围巾", visitors: 100, page_views: 150,
      cart_units: 8, fav_buyers: 5, paying_buyers: 3, paid_units: 4, paid_amount: 396, currency: "CNY"
    });
  });

  it("sycm-search-terms → search_terms_daily with the term masked", () => {
    const ctx = fakeContext();
    ctx.rememberPersonal("13800138000");
    const h = "统计日期,搜索词,访客数,支付买家数,支付金额,支付转化率";
    const [out] = sycmSearchTerms.map(rec(h, "2024-01-03,围巾 13800138000,20,2,100,10%"), ctx);
    expect(out.row).toEqual({ date: at("2024-01-03 00:00:00"), term: "围巾 ***", visitors: 20, paying_buyers: 2, paid_amount: 100, currency: "CNY" });
  });
});
