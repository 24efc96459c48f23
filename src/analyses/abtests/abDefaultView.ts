/**
 * The A/B tests page at its default settings (abtests_default.json): the experiment list and the
 * most recent experiment read with its alphabetically first variant (or one named control/A) as
 * control, α = 0.05, Holm correction, the window to the experiment's end. Aggregates only.
 */
import type { Db } from "../../query.js";
import { abExperiments, type AbExperimentRow } from "./abExperiments.js";
import { abVariants, type AbVariantOptions, type AbVariantRow } from "./abVariants.js";
import type { AbReadOptions } from "./abResults.js";

export interface AbDefaultView {
  experiments: AbExperimentRow[];
  options: AbVariantOptions;
  read: AbReadOptions;
  variants: AbVariantRow[];
}

/** The variant a reader would call the control: "control", "A" or "a", else the first. */
export function defaultControl(variants: readonly string[]): string {
  return variants.find((v) => /^(control|ctrl|a|对照组?)$/i.test(v)) ?? [...variants].sort()[0]!;
}

export async function abDefaultView(db: Db, currency: string): Promise<AbDefaultView | null> {
  const experiments = await abExperiments.run(db, {});
  const latest = experiments[0];
  if (!latest) return null;
  const options: AbVariantOptions = { experiment: latest.experiment_id, days: 0, currency };
  return {
    experiments,
    options,
    read: { control: defaultControl(latest.variants.split(",")), alpha: 0.05, correction: "holm", plannedPerArm: 0 },
    variants: await abVariants.run(db, options)
  };
}
