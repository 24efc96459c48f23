/**
 * A/B assignments (AB分组). Every visitor with a session in an experiment's window is assigned at
 * their first session there. `checkout_button_2025` has a real effect: variant B's visitor
 * conversion is 10% higher (relative) than A's, with a near 50/50 split; `homepage_banner_2024`
 * is an A/A-like test with no effect, so the analysis can show a null result too.
 */
import type { Random } from "./random.ts";
import type { SessionPlan, TrackedEvent } from "./sessionEvents.ts";
import { CsvSink } from "./csvSink.ts";
import { DAY, dayOf, formatDateTime } from "./shopTime.ts";

export const EXPERIMENT_HEADER = ["experiment_id", "visitor_id", "variant", "assigned_at"];

export interface ExperimentSpec {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  /** Relative lift of B's conversion over A's. */
  readonly lift: number;
}

export const EXPERIMENTS: readonly ExperimentSpec[] = [
  { id: "homepage_banner_2024", from: dayOf(2024, 9, 1) * DAY, to: dayOf(2024, 10, 1) * DAY, lift: 0 },
  { id: "checkout_button_2025", from: dayOf(2025, 3, 1) * DAY, to: dayOf(2025, 5, 1) * DAY, lift: 0.1 }
];

interface Exposure {
  readonly visitorId: string;
  readonly assignedAt: number;
  converted: boolean;
}

/**
 * How many of `nc` converters go to B so that conv_B / conv_A = 1 + lift when half of the `nn`
 * non-converters go to B: bisection on the converters' count, which is monotone in the ratio.
 */
function convertersInB(nc: number, nn: number, lift: number): number {
  const nnB = Math.floor(nn / 2);
  const nnA = nn - nnB;
  let lo = 0;
  let hi = nc;
  while (lo < hi) {
    const x = (lo + hi) >> 1;
    const ratio = x / (x + nnB) / ((nc - x) / (nc - x + nnA) || 1e-9);
    if (ratio < 1 + lift) lo = x + 1;
    else hi = x;
  }
  return lo;
}

export class ExperimentLog {
  private readonly exposures = EXPERIMENTS.map(() => new Map<string, Exposure>());

  observe(plan: SessionPlan, events: readonly TrackedEvent[]): void {
    EXPERIMENTS.forEach((x, i) => {
      if (plan.start < x.from || plan.start >= x.to) return;
      const seen = this.exposures[i]!;
      let e = seen.get(plan.visitorId);
      if (!e) seen.set(plan.visitorId, (e = { visitorId: plan.visitorId, assignedAt: plan.start, converted: false }));
      if (events.some((ev) => ev.type === "buy")) e.converted = true;
    });
  }

  write(path: string, rng: Random): { rows: number; summary: Record<string, { A: number; B: number; convA: number; convB: number }> } {
    const rows: { t: number; cells: string[] }[] = [];
    const summary: Record<string, { A: number; B: number; convA: number; convB: number }> = {};
    EXPERIMENTS.forEach((x, i) => {
      const all = [...this.exposures[i]!.values()];
      const converters = rng.shuffle(all.filter((e) => e.converted));
      const others = rng.shuffle(all.filter((e) => !e.converted));
      const cB = convertersInB(converters.length, others.length, x.lift);
      const s = { A: 0, B: 0, convA: 0, convB: 0 };
      const add = (e: Exposure, variant: "A" | "B") => {
        rows.push({ t: e.assignedAt, cells: [x.id, e.visitorId, variant, formatDateTime(e.assignedAt)] });
        s[variant]++;
        if (e.converted) s[variant === "A" ? "convA" : "convB"]++;
      };
      converters.forEach((e, j) => add(e, j < cB ? "B" : "A"));
      others.forEach((e, j) => add(e, j < Math.floor(others.length / 2) ? "B" : "A"));
      summary[x.id] = s;
    });
    rows.sort((a, b) => a.t - b.t || (a.cells[0]! < b.cells[0]! ? -1 : a.cells[0]! > b.cells[0]! ? 1 : 0) || (a.cells[1]! < b.cells[1]! ? -1 : 1));
    const sink = new CsvSink(path);
    sink.row(EXPERIMENT_HEADER);
    for (const r of rows) sink.row(r.cells);
    sink.close();
    return { rows: rows.length, summary };
  }
}
