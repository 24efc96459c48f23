/** Masks free text for the feedback table and labels its language; empty text → nulls. */
import { detectLang } from "./detectLang.ts";
import type { PresetContext } from "./preset.ts";

export function feedbackText(text: string | null, ctx: Pick<PresetContext, "mask">): { text: string | null; lang: "zh" | "en" | null } {
  if (text === null || text.trim() === "") return { text: null, lang: null };
  // Language is read from the original: masking replaces names with placeholders of one script.
  return { text: ctx.mask(text), lang: detectLang(text) };
}
