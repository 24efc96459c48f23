/** Behaviour names used by trackers and public logs → the canonical event vocabulary; null if unknown. */
import type { EventType } from "../../src/schema.ts";

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
