/**
 * REES46 multi-category store event log → events. Times are UTC (`2019-10-01 00:00:00 UTC`) and
 * are shown in the shop's zone. brand and price have no place in events and are dropped.
 */
import { eventTimeAndType } from "./eventType.ts";
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["event_time", "event_type", "product_id", "user_id", "user_session"];
const OPTIONAL = ["category_id", "category_code", "brand", "price"];

function mapRees46(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const { eventAt, type } = eventTimeAndType(r);
  // user_id is REES46's permanent user id: the visitor and, as the only person key, the customer.
  const person = ctx.pseudonymize(r.required("user_id"));
  return [
    tableRow("events", {
      event_at: eventAt,
      visitor_id: person,
      customer_id: person,
      session_id: r.text("user_session"),
      event_type: type,
      product_id: r.text("product_id"),
      category: r.text("category_code") ?? r.text("category_id")
    })
  ];
}

export const rees46Events: Preset = {
  id: "rees46-events",
  label: { en: "REES46 store event log", zh: "REES46 电商行为日志" },
  tables: ["events"],
  hasHeader: true,
  defaultTimeZone: "UTC",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapRees46
};
