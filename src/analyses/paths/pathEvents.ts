/**
 * The events path analysis walks, as SQL clauses to paste after `WITH`: `pe` holds the range's
 * events (shop-local dates $1…$2) split into sessions at gaps longer than $3 seconds, labelled
 * by event type or by type and page element ($4 'type' | 'typePage'), with consecutive repeats of
 * a label collapsed when $5 is true (ten item views in a row read as one step), numbered `pos`
 * within the session.
 *
 * Events in the same second are taken in the natural shopping order of their types (TIE_ORDER):
 * exports often stamp a click and the add-to-cart it caused with the same second.
 */
import { oneOf, type Param } from "../../query.js";
import { checkDateRange } from "../dateRange.js";
import { sessionBreak, sessionNumber } from "../sessionSplit.js";

export const PATH_LABELS = ["type", "typePage"] as const;
export type PathLabel = (typeof PATH_LABELS)[number];

/** Same-second order: a search leads to views, a click to the favourite, cart or purchase it triggers. */
export const TIE_ORDER = ["search", "view", "click", "fav", "cart", "remove_from_cart", "buy"] as const;

export const END = "(end)";
export const OTHER = "(other)";

export interface PathBaseOptions {
  from: string;
  to: string;
  gapMinutes: number;
  label: PathLabel;
  collapse: boolean;
}

const TYPE_ORDER = `list_position([${TIE_ORDER.map((t) => `'${t}'`).join(", ")}], event_type)`;
const ORDER = `ORDER BY t, ${TYPE_ORDER}`;

export const PATH_EVENTS_CTE = `
pe_raw AS (
  SELECT visitor_id, epoch_ms(event_at) AS t, event_type,
    CASE WHEN $4 = 'typePage' THEN event_type || coalesce(' · ' || coalesce(element, page), '') ELSE event_type END AS label
  FROM events WHERE event_at >= $1::DATE AND event_at < $2::DATE + INTERVAL 1 DAY
), pe_brk AS (
  SELECT *, ${sessionBreak("$3", ORDER)} AS brk FROM pe_raw
), pe_sess AS (
  SELECT *, ${sessionNumber(ORDER)} AS sess FROM pe_brk
), pe_kept AS (
  SELECT * FROM (SELECT *, lag(label) OVER (PARTITION BY visitor_id, sess ${ORDER}) AS prev FROM pe_sess)
  WHERE NOT $5::BOOLEAN OR prev IS NULL OR prev <> label
), pe AS (
  SELECT visitor_id, sess, t, event_type, label, row_number() OVER (PARTITION BY visitor_id, sess ${ORDER}) AS pos FROM pe_kept
)`;

export function pathBaseParams(o: PathBaseOptions): Param[] {
  checkDateRange(o.from, o.to);
  if (!Number.isInteger(o.gapMinutes) || o.gapMinutes < 1) throw new Error(`invalid gapMinutes: ${o.gapMinutes}`);
  return [o.from, o.to, o.gapMinutes * 60, oneOf("label", o.label, PATH_LABELS), Boolean(o.collapse)];
}

export function checkInt(name: string, v: number, lo: number, hi: number): number {
  if (!Number.isInteger(v) || v < lo || v > hi) throw new Error(`invalid ${name}: ${v} (expected ${lo}…${hi})`);
  return v;
}
