/**
 * Where visitors come from and how well each source converts. The tracking log, the order
 * attribution and the 生意参谋 traffic report all use these numbers, so they agree.
 */

export interface TrafficSource {
  readonly name: string;
  /** Share of sessions. */
  readonly share: number;
  /** Probability that a session ends in a purchase. */
  readonly conversion: number;
  /** Probability that a non-buying session adds to cart / favourites. */
  readonly cart: number;
  readonly fav: number;
  /** First page of a session from this source. */
  readonly landing: "home" | "search" | "item" | "category";
}

export const TRAFFIC_SOURCES: readonly TrafficSource[] = [
  { name: "手淘搜索", share: 30, conversion: 0.11, cart: 0.22, fav: 0.1, landing: "search" },
  { name: "直通车", share: 12, conversion: 0.14, cart: 0.25, fav: 0.1, landing: "item" },
  { name: "猜你喜欢", share: 18, conversion: 0.06, cart: 0.14, fav: 0.12, landing: "item" },
  { name: "淘宝客", share: 7, conversion: 0.09, cart: 0.18, fav: 0.06, landing: "item" },
  { name: "抖音", share: 13, conversion: 0.03, cart: 0.08, fav: 0.05, landing: "item" },
  { name: "小红书", share: 9, conversion: 0.05, cart: 0.12, fav: 0.15, landing: "category" },
  { name: "直接访问", share: 11, conversion: 0.16, cart: 0.28, fav: 0.08, landing: "home" }
];

/** Mean conversion over sessions: Σ share·conversion / Σ share. */
export const MEAN_CONVERSION =
  TRAFFIC_SOURCES.reduce((s, t) => s + t.share * t.conversion, 0) / TRAFFIC_SOURCES.reduce((s, t) => s + t.share, 0);

/** Source of a purchase: buying sessions come from a source in proportion to share × conversion. */
export const BUYER_SOURCE_WEIGHTS = TRAFFIC_SOURCES.map((t) => t.share * t.conversion);

export const DEVICES = ["app", "mobile", "pc"] as const;
export const DEVICE_WEIGHTS = [60, 25, 15];
