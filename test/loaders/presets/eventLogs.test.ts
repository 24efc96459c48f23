import { describe, expect, it } from "vitest";
import { RowError, RowExcluded } from "../../../loaders/presets/preset.ts";
import { rees46Events } from "../../../loaders/presets/rees46Events.ts";
import { tianchiBehavior } from "../../../loaders/presets/tianchiBehavior.ts";
import { at, fakeContext } from "./fakeContext.ts";

const tianchi = (line: string) => Object.fromEntries(tianchiBehavior.columns!.map((c, i) => [c, line.split(",")[i]]).filter(([, v]) => v !== undefined));

describe("tianchi-behavior", () => {
  it("maps an event: Unix seconds → China wall time, user is visitor and customer", () => {
    // 1511544070 = 2017-11-24T17:21:10Z = 2017-11-25 01:21:10 in China
    const [out] = tianchiBehavior.map(tianchi("1,2268318,2520377,pv,1511544070"), fakeContext());
    expect(out).toEqual({
      table: "events",
      row: {
        event_at: at("2017-11-25 01:21:10"), visitor_id: "p:1", customer_id: "p:1", session_id: null, event_type: "view",
        product_id: "2268318", category: "2520377", traffic_source: null, device: null, page: null, element: null
      }
    });
  });

  it("shows times in the shop's zone when it is not China", () => {
    const [out] = tianchiBehavior.map(tianchi("1,2,3,buy,1511544070"), fakeContext({ shopTimeZone: "UTC" }));
    expect(out.row).toMatchObject({ event_at: at("2017-11-24 17:21:10"), event_type: "buy" });
  });

  it("excludes events outside 2017-11-25 00:00:00 … 2017-12-03 23:59:59 China time, boundaries included", () => {
    const first = Date.parse("2017-11-25T00:00:00+08:00") / 1000;
    const last = Date.parse("2017-12-03T23:59:59+08:00") / 1000;
    expect(tianchiBehavior.map(tianchi(`1,2,3,fav,${first}`), fakeContext())).toHaveLength(1);
    expect(tianchiBehavior.map(tianchi(`1,2,3,cart,${last}`), fakeContext())).toHaveLength(1);
    expect(() => tianchiBehavior.map(tianchi(`1,2,3,pv,${first - 1}`), fakeContext())).toThrow(RowExcluded);
    expect(() => tianchiBehavior.map(tianchi(`1,2,3,pv,${last + 1}`), fakeContext())).toThrow(RowExcluded);
  });

  it("quarantines a cut-off last line, an unknown behaviour and a bad timestamp", () => {
    expect(() => tianchiBehavior.map(tianchi("1,2268318,25"), fakeContext())).toThrow(RowError);
    expect(() => tianchiBehavior.map(tianchi("1,2,3,like,1511544070"), fakeContext())).toThrow(/like/);
    expect(() => tianchiBehavior.map(tianchi("1,2,3,pv,15115x4070"), fakeContext())).toThrow(RowError);
  });
});

describe("rees46-events", () => {
  const rec = (type: string, code: string) => ({
    event_time: "2019-10-01 00:00:05 UTC", event_type: type, product_id: "44600062", category_id: "2103807459595387724",
    category_code: code, brand: "shiseido", price: "35.79", user_id: "541312140", user_session: "72d76fde-8bb3"
  });
  it("converts UTC to shop time, purchase → buy, category_code preferred over category_id", () => {
    const [out] = rees46Events.map(rec("purchase", "appliances.kitchen"), fakeContext({ sourceTimeZone: "UTC", shopTimeZone: "Europe/Moscow" }));
    expect(out.row).toEqual({
      event_at: at("2019-10-01 03:00:05"), visitor_id: "p:541312140", customer_id: "p:541312140", session_id: "72d76fde-8bb3",
      event_type: "buy", product_id: "44600062", category: "appliances.kitchen", traffic_source: null, device: null, page: null, element: null
    });
  });
  it("keeps remove_from_cart and falls back to category_id", () => {
    const [out] = rees46Events.map(rec("remove_from_cart", ""), fakeContext({ sourceTimeZone: "UTC", shopTimeZone: "UTC" }));
    expect(out.row).toMatchObject({ event_type: "remove_from_cart", category: "2103807459595387724", event_at: at("2019-10-01 00:00:05") });
  });
});
