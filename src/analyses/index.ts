/**
 * Every shared analysis query. The parity suite runs each of them in DuckDB-WASM and in Node
 * DuckDB and compares; a new analysis is added here and given example options there.
 */
import { clvTransactions } from "./clv/clvTransactions.js";
import { overviewKpis } from "./overviewKpis.js";
import { cohortRetention } from "./lifecycle/cohortRetention.js";
import { lifecycleGrowth } from "./lifecycle/lifecycleGrowth.js";
import { repurchaseGaps } from "./lifecycle/repurchaseGaps.js";
import { timeToRepurchase } from "./lifecycle/timeToRepurchase.js";
import { lifecycleDefaults } from "./lifecycle/lifecycleDefaults.js";
import { categoryCycles } from "./lifecycle/categoryCycles.js";
import { lifecycleStageSummary, lifecycleStageCustomers, lifecycleTransitions, lifecycleStageSizes } from "./lifecycle/lifecycleStages.js";
import { overviewSeries } from "./overviewSeries.js";
import { rfmBins } from "./rfm/rfmBins.js";
import { rfmConcentration } from "./rfm/rfmConcentration.js";
import { rfmCounts } from "./rfm/rfmCounts.js";
import { rfmCustomers } from "./rfm/rfmCustomers.js";
import { rfmDistribution } from "./rfm/rfmDistribution.js";
import { rfmGrid } from "./rfm/rfmGrid.js";
import { rfmLorenz } from "./rfm/rfmLorenz.js";
import { rfmMigration } from "./rfm/rfmMigration.js";
import { rfmSegments } from "./rfm/rfmSegments.js";
import { rfmSummary } from "./rfm/rfmSummary.js";
import { rfmTiers } from "./rfm/rfmTiers.js";
import type { Query } from "../query.js";

export const SHARED_QUERIES: readonly Query<never, unknown>[] = [
  overviewKpis,
  overviewSeries,
  rfmCounts,
  rfmSummary,
  rfmBins,
  rfmGrid,
  rfmSegments,
  rfmDistribution,
  rfmConcentration,
  rfmLorenz,
  rfmTiers,
  rfmCustomers,
  rfmMigration,
  clvTransactions,
  cohortRetention,
  lifecycleGrowth,
  repurchaseGaps,
  timeToRepurchase,
  lifecycleDefaults,
  lifecycleStageSummary,
  lifecycleStageCustomers,
  lifecycleTransitions,
  lifecycleStageSizes,
  categoryCycles
] as unknown as Query<never, unknown>[];
