/**
 * DOM pieces and wording of the Funnels & paths page: step and event names, the window choices,
 * the funnel table and summary sentence, the conventions list, and the steps' URL binding.
 */
import type { Lang } from "../lib/i18n/lang.js";
import { t, tMaybe } from "../lib/i18n/t.js";
import { formatNumber, formatPercent } from "../lib/i18n/format.js";
import type { FunnelCountRow } from "../lib/analyses/funnels/funnelCounts.js";
import type { FunnelMode, FunnelSteps, FunnelUnit } from "../lib/analyses/funnels/funnelOptions.js";
import { encodeSteps } from "../lib/analyses/funnels/funnelOptions.js";
import { OTHER, UNKNOWN } from "../lib/analyses/funnels/funnelBreakdown.js";
import { END, OTHER as PATH_OTHER } from "../lib/analyses/paths/pathEvents.js";
import { plainTable } from "./plainTable.js";
import { setUrlParams } from "./urlState.js";

export const eventName = (type: string, lang: Lang): string => tMaybe(lang, `event.${type}`, type);

/** "Favourite / Add to cart" for a step of several events. */
export const stepName = (steps: FunnelSteps, step: number, lang: Lang): string =>
  `${step}. ${(steps[step - 1] ?? []).map((e) => eventName(e, lang)).join(" / ")}`;

/** Path node labels: "view · item" → "浏览 · item"; grouped and end nodes translated. */
export function pathNodeName(label: string, lang: Lang): string {
  if (label === END) return t(lang, "fn.end");
  if (label === PATH_OTHER || label === OTHER) return t(lang, "fn.other");
  if (label === UNKNOWN) return t(lang, "fn.unknown");
  const [type, rest] = label.split(" · ");
  return rest ? `${eventName(type!, lang)} · ${rest}` : eventName(type!, lang);
}

/** Conversion windows offered, in seconds. */
export const WINDOWS = [600, 1800, 3600, 6 * 3600, 86_400, 3 * 86_400, 7 * 86_400, 14 * 86_400, 30 * 86_400] as const;

export function durationName(seconds: number, lang: Lang): string {
  const zh = lang === "zh";
  if (seconds < 3600) return zh ? `${seconds / 60} 分钟` : `${seconds / 60} min`;
  if (seconds < 86_400) return zh ? `${seconds / 3600} 小时` : `${seconds / 3600} h`;
  const d = seconds / 86_400;
  return zh ? `${d} 天` : `${d} day${d === 1 ? "" : "s"}`;
}

/** A time to convert in seconds, read at a glance: "42 秒", "3.5 min", "2.1 h", "1.5 days". */
export function shortDuration(seconds: number | null, lang: Lang): string {
  if (seconds === null || seconds === undefined) return "–";
  const zh = lang === "zh";
  const n = (v: number) => formatNumber(v, lang, { digits: v < 10 ? 1 : 0 });
  if (seconds < 60) return zh ? `${n(seconds)} 秒` : `${n(seconds)} s`;
  if (seconds < 3600) return zh ? `${n(seconds / 60)} 分钟` : `${n(seconds / 60)} min`;
  if (seconds < 86_400) return zh ? `${n(seconds / 3600)} 小时` : `${n(seconds / 3600)} h`;
  return zh ? `${n(seconds / 86_400)} 天` : `${n(seconds / 86_400)} days`;
}

export function funnelTable(rows: readonly FunnelCountRow[], steps: FunnelSteps, lang: Lang): HTMLElement {
  const el = plainTable(
    ["", t(lang, "fn.reached"), t(lang, "fn.ofFirst"), t(lang, "fn.ofPrev"), t(lang, "fn.p25"), t(lang, "fn.median"), t(lang, "fn.p75"), t(lang, "fn.p90")],
    rows.map((r) => [
      stepName(steps, r.step, lang),
      formatNumber(r.units, lang),
      formatPercent(r.pct_first, lang),
      r.step === 1 ? "–" : formatPercent(r.pct_prev, lang),
      shortDuration(r.p25_s, lang),
      shortDuration(r.median_s, lang),
      shortDuration(r.p75_s, lang),
      shortDuration(r.p90_s, lang)
    ])
  );
  el.classList.add("sl-funnel");
  el.querySelectorAll("tbody tr").forEach((tr, i) => {
    (tr as HTMLElement).dataset.units = String(rows[i]!.units);
  });
  return el;
}

/** The one-sentence reading of the funnel: how many entered, completed, and the worst step. */
export function funnelSummary(rows: readonly FunnelCountRow[], unit: FunnelUnit, lang: Lang): string {
  const unitName = t(lang, `fn.units.${unit}`);
  const first = rows[0];
  if (!first || first.units === 0) return t(lang, "fn.noEntry", { unit: unitName });
  const last = rows[rows.length - 1]!;
  let worst = rows[1]!;
  for (const r of rows.slice(1)) if ((r.pct_prev ?? 1) < (worst.pct_prev ?? 1)) worst = r;
  if (unit === "total") {
    return t(lang, "fn.summaryTotal", {
      entered: formatNumber(first.units, lang),
      done: formatNumber(last.units, lang),
      rate: formatPercent(last.pct_first, lang),
      worst: worst.step,
      lost: formatPercent(1 - (worst.pct_prev ?? 0), lang)
    });
  }
  return t(lang, "fn.summary", {
    all: formatNumber(first.all_units, lang),
    unit: unitName,
    entered: formatNumber(first.units, lang),
    done: formatNumber(last.units, lang),
    rate: formatPercent(last.pct_first, lang),
    worst: worst.step,
    lost: formatPercent(1 - (worst.pct_prev ?? 0), lang)
  });
}

/** The conventions in force, as a list the page prints under the settings. */
export function conventionsList(o: { windowSeconds: number; mode: FunnelMode; unit: FunnelUnit; gapMinutes: number }, lang: Lang): HTMLElement {
  const ul = document.createElement("ul");
  ul.className = "sl-conventions";
  const items = [
    t(lang, "fn.conv.window", { window: durationName(o.windowSeconds, lang) }),
    t(lang, `fn.conv.${o.mode}`),
    t(lang, `fn.conv.${o.unit}`, { gap: o.gapMinutes }),
    t(lang, "fn.conv.ties")
  ];
  for (const text of items) {
    const li = document.createElement("li");
    li.textContent = text;
    ul.append(li);
  }
  return ul;
}

/** Mirrors the step checkboxes into ?steps=view|fav,cart|buy (empty steps kept as empty). */
export function bindStepsToUrl<T extends HTMLElement & { value: string[][] }>(form: T): T {
  form.addEventListener("input", () => {
    try {
      setUrlParams({ steps: encodeSteps(form.value) });
    } catch {
      // An incomplete funnel (a step with nothing ticked) is not worth a link.
    }
  });
  return form;
}
