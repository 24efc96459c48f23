/**
 * What a funnel is asked: its steps (each an OR of event types), the order mode, the counting
 * unit, the session gap and the date range of the events it reads. The conventions in force are
 * written once in FUNNEL_CONVENTIONS (docs/funnels) and shown on the page.
 *
 * Steps travel to SQL as one delimited string (`view|fav,cart|buy`): DuckDB-WASM cannot bind
 * arrays, and event types are never pasted into SQL text.
 */
import { EVENT_TYPES } from "../../schema.js";
import { oneOf } from "../../query.js";
import { checkDateRange } from "../dateRange.js";

export const FUNNEL_MODES = ["sequential", "strict", "any"] as const;
export type FunnelMode = (typeof FUNNEL_MODES)[number];

export const FUNNEL_UNITS = ["visitor", "session", "total"] as const;
export type FunnelUnit = (typeof FUNNEL_UNITS)[number];

export const MAX_FUNNEL_STEPS = 6;

export type FunnelSteps = readonly (readonly string[])[];

export const DEFAULT_STEPS: FunnelSteps = [["view"], ["fav", "cart"], ["buy"]];
export const DEFAULT_GAP_MINUTES = 30;

export interface FunnelBaseOptions {
  steps: FunnelSteps;
  mode: FunnelMode;
  /** visitor or session: the materialised base; "total" reads the visitor base. */
  unit: FunnelUnit;
  gapMinutes: number;
  /** Shop-local dates, inclusive: the events the funnel reads. */
  from: string;
  to: string;
}

/** Checks the steps: 2…6 steps, each a non-empty set of known event types. */
export function validateSteps(steps: FunnelSteps): FunnelSteps {
  if (steps.length < 2 || steps.length > MAX_FUNNEL_STEPS) {
    throw new Error(`invalid steps: a funnel has 2 to ${MAX_FUNNEL_STEPS} steps, got ${steps.length}`);
  }
  steps.forEach((step, i) => {
    if (step.length === 0) throw new Error(`invalid steps: step ${i + 1} has no event type`);
    for (const type of step) {
      if (!(EVENT_TYPES as readonly string[]).includes(type)) {
        throw new Error(`invalid steps: step ${i + 1} has unknown event type "${type}" (expected ${EVENT_TYPES.join(", ")})`);
      }
    }
  });
  return steps;
}

/** `[["view"],["fav","cart"],["buy"]]` → `view|fav,cart|buy`. */
export function encodeSteps(steps: FunnelSteps): string {
  return validateSteps(steps).map((s) => [...new Set(s)].join(",")).join("|");
}

/** The inverse of encodeSteps, for URL state; throws on unknown types. */
export function decodeSteps(text: string): FunnelSteps {
  return validateSteps(text.split("|").map((s) => s.split(",").map((x) => x.trim()).filter(Boolean)));
}

/** Validated options with the date range checked (from ≤ to) and a whole-minute session gap ≥ 1. */
export function checkBaseOptions(o: FunnelBaseOptions): FunnelBaseOptions {
  validateSteps(o.steps);
  oneOf("mode", o.mode, FUNNEL_MODES);
  oneOf("unit", o.unit, FUNNEL_UNITS);
  checkDateRange(o.from, o.to);
  if (!Number.isInteger(o.gapMinutes) || o.gapMinutes < 1) throw new Error(`invalid gapMinutes: ${o.gapMinutes}`);
  return o;
}

/** A conversion window in seconds: a whole number ≥ 0. */
export function checkWindow(windowSeconds: number): number {
  if (!Number.isInteger(windowSeconds) || windowSeconds < 0) throw new Error(`invalid window: ${windowSeconds}`);
  return windowSeconds;
}
