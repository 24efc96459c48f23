/** Behaviour names used by trackers and public logs → the canonical event vocabulary; null if unknown. */
import type { EventType } from "../../src/schema.ts";
import { RowError } from "./preset.ts";
import type { RecordReader } from "./recordReader.ts";

const NAMES: Record<string, EventType> = {
  pv: "view",
  view: "view",
  page_view: "view",
  pageview: "view",
  fav: "fav",
  favorite: "fav",
  favourite: "fav",
  collect: "fav",
  cart: "cart",
  add_to_cart: "cart",
  remove_from_cart: "remove_from_cart",
  buy: "buy",
  purchase: "buy",
  order: "buy",
  search: "search",
  click: "click"
};

export function eventType(name: string): EventType | null {
  return NAMES[name.trim().toLowerCase()] ?? null;
}

/** The time and canonical type of one log record, or RowError naming what is missing or unknown. */
export function eventTimeAndType(r: RecordReader, timeColumn = "event_time", typeColumn = "event_type"): { eventAt: number; type: EventType } {
  const eventAt = r.time(timeColumn);
  if (eventAt === null) throw new RowError("missing_value", `${timeColumn} is empty`);
  const typeText = r.required(typeColumn);
  const type = eventType(typeText);
  if (type === null) throw new RowError("unknown_event_type", `${typeColumn} not recognised: "${typeText}"`);
  return { eventAt, type };
}
