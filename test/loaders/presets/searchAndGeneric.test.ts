import { describe, expect, it } from "vitest";
import { genericPreset } from "../../../loaders/presets/genericPreset.ts";
import { RowError } from "../../../loaders/presets/preset.ts";
import { searchLogGeneric } from "../../../loaders/presets/searchLogGeneric.ts";
import { at, fakeContext } from "./fakeContext.ts";

describe("search-log-generic", () => {
  it("maps a WANDS-style query without time (searched_at null: open schema question)", () => {
    const [out] = searchLogGeneric.map({ query_id: "0", query: "salon chair", query_class: "Massage Chairs" }, fakeContext());
    expect(out).toEqual({
      table: "searches",
      row: { searched_at: null, visitor_id: null, session_id: null, query: "salon chair", results_count: null, clicked: null }
    });
  });
  it("uses optional columns by their usual names, in any case", () => {
    const ctx = fakeContext({ sourceTimeZone: "UTC", shopTimeZone: "UTC" });
    const [out] = searchLogGeneric.map({ Query: "sofa", Timestamp: "2024-01-01 10:00:00", User_ID: "u9", results: "0", clicked: "false" }, ctx);
    expect(out.row).toEqual({ searched_at: at("2024-01-01 10:00:00"), visitor_id: "p:u9", session_id: null, query: "sofa", results_count: 0, clicked: false });
    expect(() => searchLogGeneric.map({ query: "" }, ctx)).toThrow(RowError);
  });
});

describe("genericPreset", () => {
  const preset = genericPreset({
    table: "orders",
    columns: { order_id: "No", customer_id: "Buyer", ordered_at: "Date", status: "State", amount_paid: "Paid" },
    timeZone: "Europe/Berlin",
    currency: "EUR"
  });

  it("parses mapped columns by schema type, pseudonymises keys and fills currency", () => {
    const ctx = fakeContext({ sourceTimeZone: "Europe/Berlin", shopTimeZone: "Europe/Berlin" });
    const [out] = preset.map({ No: "A-1", Buyer: "alice", Date: "2024-03-01 12:00", State: "paid", Paid: "12.50" }, ctx);
    expect(out.table).toBe("orders");
    expect(out.row).toMatchObject({ order_id: "A-1", customer_id: "p:alice", ordered_at: at("2024-03-01 12:00:00"), status: "paid", amount_paid: 12.5, currency: "EUR", paid_at: null });
    expect(Object.keys(out.row)).toHaveLength(17);
    expect(preset.defaultTimeZone).toBe("Europe/Berlin");
  });

  it("detects its own header and quarantines rows missing a required value", () => {
    expect(preset.detect({ fileName: "x.csv", header: ["No", "Buyer", "Date", "State", "Paid", "Extra"] })).toBeGreaterThan(0.5);
    expect(preset.detect({ fileName: "x.csv", header: ["No", "Date"] })).toBeLessThan(0.5);
    expect(() => preset.map({ No: "A-2", Buyer: "", Date: "", State: "paid", Paid: "1" }, fakeContext())).toThrow(/ordered_at/);
  });

  it("masks free text and rejects unknown columns", () => {
    const fb = genericPreset({ table: "feedback", columns: { feedback_id: "id", kind: "k", text: "t" } });
    const ctx = fakeContext();
    ctx.rememberPersonal("Alice");
    expect(fb.map({ id: "1", k: "review", t: "Alice loved it" }, ctx)[0].row.text).toBe("*** loved it");
    expect(() => genericPreset({ table: "orders", columns: { nope: "x" } })).toThrow(/no column "nope"/);
  });
});
