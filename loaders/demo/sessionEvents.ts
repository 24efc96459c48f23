/**
 * One visit as tracking events: landing page by traffic source, an optional in-shop search, item
 * views, recommendation and coupon clicks, favourites, add-to-cart and, for buying sessions, the
 * cart → checkout → buy path ending exactly at the order's creation time.
 */
import type { Random } from "./random.ts";
import type { Product } from "./buildCatalog.ts";
import type { Order } from "./simulateOrders.ts";
import type { ProductPicker } from "./productPicker.ts";
import type { QueryMaker } from "./searchQueries.ts";
import type { TrafficSource } from "./trafficSources.ts";
import { CATEGORIES } from "./catalogVocab.ts";

export interface SessionPlan {
  readonly start: number;
  readonly source: TrafficSource;
  readonly visitorId: string;
  /** 买家会员名 when logged in, else "". */
  readonly nick: string;
  readonly device: string;
  readonly sessionId: string;
  readonly order: Order | null;
  /** 手淘搜索 sessions: the platform search term that brought the visitor. */
  readonly term: string | null;
  /** The member's phone, which a few type into the search box. */
  readonly phone: string | null;
}

export interface TrackedEvent {
  t: number;
  readonly plan: SessionPlan;
  readonly type: "pv" | "fav" | "cart" | "buy" | "click";
  readonly product: Product | null;
  readonly page: string;
  readonly element: string;
}

export interface TrackedSearch {
  t: number;
  readonly plan: SessionPlan;
  readonly query: string;
  readonly results: number;
  readonly clicked: boolean;
}

export function sessionEvents(rng: Random, plan: SessionPlan, picker: ProductPicker, queries: QueryMaker, personal: (v: string) => void): { events: TrackedEvent[]; searches: TrackedSearch[] } {
  const events: TrackedEvent[] = [];
  const searches: TrackedSearch[] = [];
  let t = plan.start;
  const step = () => (t += 5 + Math.round(rng.exponential(1 / 35)));
  const emit = (type: TrackedEvent["type"], product: Product | null, page: string, element = "") => events.push({ t, plan, type, product, page, element });
  const o = plan.order;
  const category = o ? o.lines[0]!.product.category : picker.pick(rng, t).category;
  const catIndex = CATEGORIES.indexOf(category);

  const landing = plan.source.landing;
  if (landing === "home") {
    emit("pv", null, "home");
    if (rng.chance(0.4)) {
      step();
      emit("click", null, "home", "banner");
    }
  } else if (landing === "category") emit("pv", null, "category");
  if (rng.chance(landing === "home" ? 0.55 : 0.38)) {
    const rounds = rng.chance(0.2) ? 2 : 1;
    for (let i = 0; i < rounds; i++) {
      if (events.length) step();
      const q = queries.siteQuery(rng, category, plan.phone);
      if (q.personal) personal(q.personal);
      emit("pv", null, "search");
      const clicked = q.results > 0 && rng.chance(0.6);
      searches.push({ t, plan, query: q.text, results: q.results, clicked });
    }
  }
  const views = 1 + rng.geometric(o ? 0.5 : 0.45);
  let last: Product | null = null;
  for (let i = 0; i < views; i++) {
    if (events.length) step();
    last = picker.pick(rng, t, rng.chance(0.8) ? catIndex : -1);
    emit("pv", last, "item");
    if (rng.chance(0.12)) {
      step();
      emit("click", last, "item", "recommend_slot");
    } else if (rng.chance(0.04)) emit("click", last, "item", "coupon");
  }
  if (!o) {
    if (last && rng.chance(plan.source.fav)) emit("fav", last, "item");
    if (last && rng.chance(plan.source.cart)) {
      step();
      emit("click", last, "item", "add_to_cart_button");
      emit("cart", last, "item");
      if (rng.chance(0.5)) {
        step();
        emit("pv", null, "cart");
        if (rng.chance(0.2)) {
          step();
          emit("click", null, "cart", "checkout_button");
          emit("pv", null, "checkout");
        }
      }
    }
    return { events, searches };
  }
  for (const line of o.lines) {
    step();
    emit("pv", line.product, "item");
    if (rng.chance(0.1)) emit("fav", line.product, "item");
    step();
    emit("click", line.product, "item", "add_to_cart_button");
    emit("cart", line.product, "item");
  }
  step();
  emit("pv", null, "cart");
  step();
  emit("click", null, "cart", "checkout_button");
  emit("pv", null, "checkout");
  step();
  const shift = o.createdAt - t;
  for (const line of o.lines) emit("buy", line.product, "checkout");
  // Move the whole visit so that the purchase happens when the order was created.
  for (const e of events) e.t += shift;
  for (const s of searches) s.t += shift;
  return { events, searches };
}
