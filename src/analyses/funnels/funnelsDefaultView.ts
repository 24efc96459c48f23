/**
 * The Funnels & paths page at its default settings, computed at build time by the same queries
 * the page runs (funnels_default.json): aggregates only — never a visitor id — so a public build
 * can show it. The default range is the last 30 days of the behaviour log.
 */
import type { Db } from "../../query.js";
import { dataSpan, lastDaysOf } from "../dateRange.js";
import { DEFAULT_GAP_MINUTES, DEFAULT_STEPS, type FunnelSteps, type FunnelMode, type FunnelUnit } from "./funnelOptions.js";
import { funnelView, type FunnelView } from "./funnelView.js";
import { funnelBreakdown, type FunnelBreakdownRow, type BreakdownDim, type Touch } from "./funnelBreakdown.js";
import type { TrendGrain } from "./funnelTrend.js";
import { pathTransitions, type PathTransitionRow } from "../paths/pathTransitions.js";
import { pathLengths, pathsToPurchase, type PathLengthRow, type PurchasePathRow } from "../paths/pathsToPurchase.js";
import type { PathLabel } from "../paths/pathEvents.js";

export interface FunnelSettings {
  from: string;
  to: string;
  steps: FunnelSteps;
  windowSeconds: number;
  mode: FunnelMode;
  unit: FunnelUnit;
  gapMinutes: number;
  grain: TrendGrain;
  dim: BreakdownDim;
  touch: Touch;
  top: number;
}

export interface PathSettings {
  from: string;
  to: string;
  gapMinutes: number;
  start: string;
  depth: number;
  top: number;
  label: PathLabel;
  collapse: boolean;
  purchaseSteps: number;
}

export const DEFAULT_WINDOW_SECONDS = 86_400;


export function defaultFunnelSettings(range: { from: string; to: string }): FunnelSettings {
  return { ...range, steps: DEFAULT_STEPS, windowSeconds: DEFAULT_WINDOW_SECONDS, mode: "sequential", unit: "visitor", gapMinutes: DEFAULT_GAP_MINUTES, grain: "day", dim: "source", touch: "first", top: 8 };
}

export function defaultPathSettings(range: { from: string; to: string }): PathSettings {
  return { ...range, gapMinutes: DEFAULT_GAP_MINUTES, start: "view", depth: 4, top: 5, label: "typePage", collapse: true, purchaseSteps: 5 };
}

export interface FunnelsDefaultView {
  eventTypes: string[];
  events: { from: string; to: string };
  funnel: FunnelSettings;
  view: FunnelView;
  breakdown: FunnelBreakdownRow[];
  paths: PathSettings;
  transitions: PathTransitionRow[];
  purchasePaths: PurchasePathRow[];
  lengths: PathLengthRow[];
}

/** The event types present and the log's first and last day, or null when there is no log. */
export async function eventSpan(db: Db): Promise<{ types: string[]; from: string; to: string } | null> {
  const span = await dataSpan(db, "events", "event_at");
  if (!span) return null;
  const types = (await db.query<{ t: string }>("SELECT DISTINCT event_type AS t FROM events ORDER BY 1")).map((r) => r.t);
  return { types, ...span };
}

export async function funnelsDefaultView(db: Db): Promise<FunnelsDefaultView | null> {
  const span = await eventSpan(db);
  if (!span) return null;
  const range = lastDaysOf(span.from, span.to);
  const funnel = defaultFunnelSettings(range);
  const paths = defaultPathSettings(range);
  return {
    eventTypes: span.types,
    events: { from: span.from, to: span.to },
    funnel,
    view: await funnelView(db, funnel),
    breakdown: await funnelBreakdown.run(db, funnel),
    paths,
    transitions: await pathTransitions.run(db, paths),
    purchasePaths: await pathsToPurchase.run(db, { ...paths, steps: paths.purchaseSteps, top: 15 }),
    lengths: await pathLengths.run(db, paths)
  };
}
