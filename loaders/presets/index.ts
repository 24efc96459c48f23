/**
 * Every built-in preset, detection by header, and lookup by id. The generic preset is not listed:
 * it exists only with a mapping from the config (see genericPreset.ts).
 */
import { cdnowMaster } from "./cdnowMaster.ts";
import { cdnowSample } from "./cdnowSample.ts";
import { experimentAssignments } from "./experimentAssignments.ts";
import { olistCategoryTranslation } from "./olistCategoryTranslation.ts";
import { olistCustomers } from "./olistCustomers.ts";
import { olistItems } from "./olistItems.ts";
import { olistOrders } from "./olistOrders.ts";
import { olistProducts } from "./olistProducts.ts";
import type { DetectInput, Preset } from "./preset.ts";
import { rees46Events } from "./rees46Events.ts";
import { reviewsKaggleClothing } from "./reviewsKaggleClothing.ts";
import { reviewsLabelled } from "./reviewsLabelled.ts";
import { searchLogGeneric } from "./searchLogGeneric.ts";
import { shopComplaints } from "./shopComplaints.ts";
import { shopEvents } from "./shopEvents.ts";
import { shopifyOrders } from "./shopifyOrders.ts";
import { shopMembers } from "./shopMembers.ts";
import { shopNps } from "./shopNps.ts";
import { shopProducts } from "./shopProducts.ts";
import { shopSearchLog } from "./shopSearchLog.ts";
import { sycmItems } from "./sycmItems.ts";
import { sycmSearchTerms } from "./sycmSearchTerms.ts";
import { sycmTraffic } from "./sycmTraffic.ts";
import { taobaoItems } from "./taobaoItems.ts";
import { taobaoOrders } from "./taobaoOrders.ts";
import { taobaoReviews } from "./taobaoReviews.ts";
import { tianchiBehavior } from "./tianchiBehavior.ts";
import { uciOnlineRetail } from "./uciOnlineRetail.ts";

export const PRESETS: readonly Preset[] = [
  taobaoOrders,
  taobaoItems,
  sycmTraffic,
  sycmItems,
  sycmSearchTerms,
  shopMembers,
  shopProducts,
  taobaoReviews,
  shopComplaints,
  shopNps,
  shopSearchLog,
  shopEvents,
  experimentAssignments,
  tianchiBehavior,
  rees46Events,
  uciOnlineRetail,
  olistOrders,
  olistItems,
  olistCustomers,
  olistProducts,
  olistCategoryTranslation,
  shopifyOrders,
  cdnowMaster,
  cdnowSample,
  reviewsLabelled,
  reviewsKaggleClothing,
  searchLogGeneric
];

/** Detection below this score is "not recognised": better no preset than the wrong one. */
const MIN_SCORE = 0.5;

export interface Detection {
  preset: Preset;
  score: number;
  runnerUp?: { preset: Preset; score: number };
}

export function detectPreset(input: DetectInput, presets: readonly Preset[] = PRESETS): Detection | null {
  const scored = presets
    .map((preset) => ({ preset, score: preset.detect(input) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < MIN_SCORE) return null;
  return second && second.score > 0 ? { ...best, runnerUp: second } : { ...best };
}

export function presetById(id: string, presets: readonly Preset[] = PRESETS): Preset {
  const preset = presets.find((p) => p.id === id);
  if (!preset) throw new Error(`unknown preset "${id}"; known presets: ${presets.map((p) => p.id).join(", ")}`);
  return preset;
}
