import { describe, expect, it } from "vitest";
import { experimentAssignments } from "../../../loaders/presets/experimentAssignments.ts";
import { RowError } from "../../../loaders/presets/preset.ts";
import { shopEvents } from "../../../loaders/presets/shopEvents.ts";
import { shopMembers } from "../../../loaders/presets/shopMembers.ts";
import { shopProducts } from "../../../loaders/presets/shopProducts.ts";
import { shopSearchLog } from "../../../loaders/presets/shopSearchLog.ts";
import { at, fakeContext, rec } from "./fakeContext.ts";

describe("shop-members", () => {
  const h = "买家会员名,姓名,手机号,邮箱,性别,出生日期,所在地区,会员等级,注册时间,注册渠道";
  it("maps a member; name, phone and e-mail are remembered, never stored", () => {
    const ctx = fakeContext();
    const [out] = shopMembers.map(rec(h, "tb_li,李雷,13900000000,li@example.com,女,1990-05-06,江苏省南京市鼓楼区中山路1号,VIP2,2023-03-04 12:00:00,直播"), ctx);
    expect(out).toEqual({
      table: "customers",
      row: {
        customer_id: "p:tb_li", first_seen_date: at("2023-03-04 00:00:00"), gender: "F", birth_year: 1990,
        province: "江苏", city: "南京", acquisition_channel: "直播", member_level: "VIP2"
      }
    });
    expect(ctx.remembered).toEqual(expect.arrayContaining(["tb_li", "李雷", "13900000000", "li@example.com"]));
  });

  it("maps 男 to M and leaves unknown gender and birth date null", () => {
    const [m] = shopMembers.map(rec(h, "tb_a,,,,男,,,,2023-01-01,"), fakeContext());
    expect(m.row).toMatchObject({ gender: "M", birth_year: null, province: null, city: null });
    const [u] = shopMembers.map(rec(h, "tb_b,,,,保密,,,,2023-01-01,"), fakeContext());
    expect(u.row.gender).toBeNull();
  });
});

describe("shop-products", () => {
  const h = "宝贝ID,商家编码,宝贝标题,类目,品牌,一口价,价格档,上架时间";
  it("maps 价格档 低/中/高 to low/mid/high", () => {
    const [out] = shopProducts.map(rec(h, "600001,SKU-1,羊毛围巾,配饰,暖冬,¥199.00,高,2023-09-01"), fakeContext());
    expect(out.row).toEqual({
      product_id: "600001", sku: "SKU-1", title: "羊毛围巾", category: "配饰", brand: "暖冬", price: 199,
      currency: "CNY", price_tier: "high", listed_date: at("2023-09-01 00:00:00")
    });
    expect(shopProducts.map(rec(h, "600002,,x,,,9,低,"), fakeContext())[0].row.price_tier).toBe("low");
    expect(shopProducts.map(rec(h, "600003,,x,,,9,中,"), fakeContext())[0].row.price_tier).toBe("mid");
    expect(() => shopProducts.map(rec(h, "600004,,x,,,9,超高,"), fakeContext())).toThrow(RowError);
  });
});

describe("shop-search-log", () => {
  const h = "搜索时间,访客ID,会话ID,搜索词,结果数,是否点击";
  it.each([["是", true], ["否", false], ["1", true], ["0", false], ["true", true], ["FALSE", false], ["", null]])(
    "reads 是否点击 %s as %s",
    (flag, expected) => {
      const [out] = shopSearchLog.map(rec(h, `2024-01-01 10:00:00,v1,s1,羊毛 围巾,12,${flag}`), fakeContext());
      expect(out.row).toEqual({
        searched_at: at("2024-01-01 10:00:00"), visitor_id: "p:v1", session_id: "s1", query: "羊毛 围巾", results_count: 12, clicked: expected
      });
    }
  );
  it("quarantines a bad flag and an empty query", () => {
    expect(() => shopSearchLog.map(rec(h, "2024-01-01 10:00:00,v1,s1,围巾,0,也许"), fakeContext())).toThrow(RowError);
    expect(() => shopSearchLog.map(rec(h, "2024-01-01 10:00:00,v1,s1,,0,否"), fakeContext())).toThrow(RowError);
  });
});

describe("shop-events", () => {
  const h = "event_time,visitor_id,member_nick,session_id,event_type,item_id,category,traffic_source,device,page,element";
  it("maps pv to view, converts the offset time to shop time, links the member", () => {
    const ctx = fakeContext({ shopTimeZone: "Asia/Shanghai" });
    const [out] = shopEvents.map(rec(h, "2024-01-01T02:00:00Z,d-1,tb_li,s-9,pv,600001,配饰,搜索,mobile,/item,"), ctx);
    expect(out).toEqual({
      table: "events",
      row: {
        event_at: at("2024-01-01 10:00:00"), visitor_id: "p:d-1", customer_id: "p:tb_li", session_id: "s-9", event_type: "view",
        product_id: "600001", category: "配饰", traffic_source: "搜索", device: "mobile", page: "/item", element: null
      }
    });
  });
  it("keeps anonymous visitors without a customer, and maps click", () => {
    const [out] = shopEvents.map(rec(h, "2024-01-01T10:00:00+08:00,d-2,,s-1,click,,,,pc,/home,banner-1"), fakeContext());
    expect(out.row).toMatchObject({ customer_id: null, event_type: "click", element: "banner-1" });
  });
  it("quarantines an unknown event type", () => {
    expect(() => shopEvents.map(rec(h, "2024-01-01T10:00:00+08:00,d-2,,s-1,hover,,,,,,"), fakeContext())).toThrow(/hover/);
  });
});

describe("experiment-assignments", () => {
  it("maps an assignment with the visitor pseudonymised", () => {
    const [out] = experimentAssignments.map(rec("experiment_id,visitor_id,variant,assigned_at", "exp-1,d-1,B,2024-01-01 08:00:00"), fakeContext());
    expect(out).toEqual({ table: "experiments", row: { experiment_id: "exp-1", visitor_id: "p:d-1", variant: "B", assigned_at: at("2024-01-01 08:00:00") } });
  });
});
