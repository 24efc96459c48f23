/**
 * Shop tracking log → events. member_nick (the 买家会员名 of a logged-in visitor) is pseudonymised
 * with the same key as the order reports, so events link to orders.
 */
import { eventTimeAndType, eventType } from "./eventType.ts";
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["event_time", "visitor_id", "event_type"];
const OPTIONAL = ["member_nick", "session_id", "item_id", "category", "traffic_source", "device", "page", "element"];

function mapShopEvent(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const { eventAt, type } = eventTimeAndType(r);
  const nick = r.text("member_nick");
  if (nick) ctx.rememberPersonal(nick);
  return [
    tableRow("events", {
      event_at: eventAt,
      visitor_id: ctx.pseudonymize(r.required("visitor_id")),
      customer_id: nick ? ctx.pseudonymize(nick) : null,
      session_id: r.text("session_id"),
      event_type: type,
      product_id: r.text("item_id"),
      category: r.text("category"),
      traffic_source: r.text("traffic_source"),
      device: r.text("device"),
      page: r.text("page"),
      element: r.text("element")
    })
  ];
}

export const shopEvents: Preset = {
  id: "shop-events",
  label: { en: "Shop tracking log", zh: "店铺行为埋点日志" },
  tables: ["events"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapShopEvent,
  // The same mapping as mapShopEvent, column by column, for clean logs read inside DuckDB.
  fastPath: {
    table: "events",
    required: REQUIRED,
    text: {
      session_id: "session_id",
      product_id: "item_id",
      category: "category",
      traffic_source: "traffic_source",
      device: "device",
      page: "page",
      element: "element"
    },
    isoInstant: { event_at: "event_time" },
    lookup: { event_type: { from: "event_type", map: eventType } },
    pseudonym: { visitor_id: "visitor_id", customer_id: "member_nick" },
    personal: ["member_nick"]
  }
};
