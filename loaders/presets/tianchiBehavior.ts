/**
 * Alibaba Tianchi "UserBehavior" log (no header): user_id,item_id,category_id,behavior_type,timestamp.
 * Unix seconds, China time. The dataset declares a window of 2017-11-25 00:00:00 … 2017-12-03
 * 23:59:59 (China time); the public file has events outside it, which are excluded and counted
 * rather than loaded or silently dropped.
 */
import { instantToLocal } from "../clean/parseDateTime.ts";
import { eventType } from "./eventType.ts";
import { RowError, RowExcluded, type DetectInput, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { tableRow } from "./tableRow.ts";

const COLUMNS = ["user_id", "item_id", "category_id", "behavior_type", "timestamp"] as const;
const BEHAVIORS = new Set(["pv", "fav", "cart", "buy"]);
// The window in instants (China is UTC+8 all year), so it holds whatever the shop's zone is.
const WINDOW_FROM = Date.parse("2017-11-25T00:00:00+08:00");
const WINDOW_TO = Date.parse("2017-12-03T23:59:59+08:00");
const DIGITS = /^\d+$/;

function detectTianchi({ header }: DetectInput): number {
  if (header.length !== 5) return 0;
  const [user, item, category, behavior, ts] = header.map((h) => h.trim());
  let score = 0;
  if (DIGITS.test(user) && DIGITS.test(item) && DIGITS.test(category)) score += 0.4;
  if (BEHAVIORS.has(behavior)) score += 0.35;
  if (/^\d{10}$/.test(ts)) score += 0.25;
  return score;
}

function mapTianchi(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const fields = COLUMNS.map((c) => record[c]?.trim() ?? "");
  const [user, item, category, behavior, ts] = fields;
  // The public file is the head of a larger one and ends mid-record.
  if (fields.some((f) => f === "")) throw new RowError("truncated_record", "record has empty or missing fields");
  if (!DIGITS.test(user)) throw new RowError("bad_value", `user_id not a number: "${user}"`);
  const type = BEHAVIORS.has(behavior) ? eventType(behavior) : null;
  if (type === null) throw new RowError("unknown_event_type", `behavior_type not pv/fav/cart/buy: "${behavior}"`);
  // Unix seconds have 10 digits from 2001 to 2286; fewer means a cut-off value, not an early event.
  if (!/^\d{10}$/.test(ts)) throw new RowError("bad_timestamp", `timestamp not 10-digit Unix seconds: "${ts}"`);
  const instant = Number(ts) * 1000;
  if (instant < WINDOW_FROM || instant > WINDOW_TO) {
    throw new RowExcluded("out_of_window", `event at ${new Date(instant).toISOString()} is outside 2017-11-25 … 2017-12-03 (China time)`);
  }
  const person = ctx.pseudonymize(user);
  return [
    tableRow("events", {
      event_at: instantToLocal(instant, ctx.shopTimeZone),
      visitor_id: person,
      customer_id: person,
      event_type: type,
      product_id: item,
      category
    })
  ];
}

export const tianchiBehavior: Preset = {
  id: "tianchi-behavior",
  label: { en: "Tianchi UserBehavior log", zh: "天池 用户行为日志" },
  tables: ["events"],
  hasHeader: false,
  columns: COLUMNS,
  delimiter: ",",
  defaultTimeZone: "Asia/Shanghai",
  detect: detectTianchi,
  map: mapTianchi,
  window: { from: "2017-11-25T00:00:00+08:00", to: "2017-12-03T23:59:59+08:00", column: "event_at" }
};
