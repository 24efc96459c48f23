/** Options shared by the persona queries: the base they read (see personaBase). */
import type { PersonaBaseOptions } from "./personaBase.js";

export type PersonaOptions = PersonaBaseOptions;

/** What tag counts can be broken down by. */
export const TAG_BREAKDOWNS = ["none", "rfm_segment", "value_tier"] as const;
export type TagBreakdown = (typeof TAG_BREAKDOWNS)[number];
