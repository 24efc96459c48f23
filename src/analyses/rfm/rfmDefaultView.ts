/**
 * Everything the RFM page shows at its default settings, computed by the page's own queries. The
 * build writes it to rfm_default.json: the public build (which publishes no customer rows) shows
 * it as is, and the internal build paints it before the engine has loaded the orders.
 */
import type { Db } from "../../query.js";
import { rfmBins } from "./rfmBins.js";
import { rfmConcentration } from "./rfmConcentration.js";
import { rfmCounts } from "./rfmCounts.js";
import { rfmDistribution } from "./rfmDistribution.js";
import { rfmGrid } from "./rfmGrid.js";
import { rfmLorenz } from "./rfmLorenz.js";
import { rfmMigration } from "./rfmMigration.js";
import { rfmSegments } from "./rfmSegments.js";
import { rfmSummary } from "./rfmSummary.js";
import { rfmTiers } from "./rfmTiers.js";
import { withDefaults, type RfmOptions } from "./rfmScoring.js";

/** Days before an ISO date, as an ISO date (the default migration start is 90 days earlier). */
export function isoDaysBefore(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** True when two option sets score identically (defaults filled in, key order irrelevant). */
export function sameRfmOptions(a: RfmOptions, b: RfmOptions): boolean {
  const norm = (o: RfmOptions) => {
    const d = withDefaults(o);
    return JSON.stringify([d.asOf, d.currency, d.scoring, d.scoring === "cuts" ? d.cuts : d.bins, d.frequency, d.monetary, d.basis, d.weights]);
  };
  return norm(a) === norm(b);
}

export async function rfmDefaultView(db: Db, { asOf, currency, currencies }: { asOf: string; currency: string; currencies: string[] }) {
  const options = withDefaults({ asOf, currency });
  const migrationFrom = isoDaysBefore(asOf, 90);
  const value = { asOf, currency };
  return {
    currencies,
    options,
    migrationFrom,
    counts: (await rfmCounts.run(db, value))[0],
    summary: (await rfmSummary.run(db, options))[0],
    segments: {
      named: await rfmSegments.run(db, { ...options, scheme: "named" }),
      eight: await rfmSegments.run(db, { ...options, scheme: "eight" })
    },
    grid: await rfmGrid.run(db, options),
    bins: await rfmBins.run(db, options),
    distribution: await rfmDistribution.run(db, options),
    concentration: (await rfmConcentration.run(db, value))[0],
    lorenz: await rfmLorenz.run(db, value),
    tiers: await rfmTiers.run(db, value),
    migration: {
      named: await rfmMigration.run(db, { ...options, fromAsOf: migrationFrom, scheme: "named" }),
      eight: await rfmMigration.run(db, { ...options, fromAsOf: migrationFrom, scheme: "eight" })
    }
  };
}

export type RfmDefaultView = Awaited<ReturnType<typeof rfmDefaultView>>;
