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
import { funnelCounts } from "./funnels/funnelCounts.js";
import { funnelTimes } from "./funnels/funnelTimes.js";
import { funnelTrend } from "./funnels/funnelTrend.js";
import { funnelBreakdown } from "./funnels/funnelBreakdown.js";
import { funnelDropped } from "./funnels/funnelDropped.js";
import { funnelTotalsEvents } from "./funnels/funnelTotals.js";
import { pathTransitions } from "./paths/pathTransitions.js";
import { pathLengths, pathsToPurchase } from "./paths/pathsToPurchase.js";
import { trafficSources } from "./traffic/trafficSources.js";
import { trafficTotals } from "./traffic/trafficTotals.js";
import { punchCard } from "./traffic/punchCard.js";
import { pageClicks } from "./traffic/pageClicks.js";
import { trafficDaily } from "./traffic/trafficDaily.js";
import { abExperiments } from "./abtests/abExperiments.js";
import { abVariants } from "./abtests/abVariants.js";
import { searchQueries } from "./search/searchQueries.js";
import { searchTerms } from "./search/searchTerms.js";
import { searchTrend } from "./search/searchTrend.js";
import { risingTerms } from "./search/risingTerms.js";
import { longTailCurve } from "./search/longTailCurve.js";
import { longTailShares } from "./search/longTailShares.js";
import { queryLengths } from "./search/queryLengths.js";
import { coTerms } from "./search/coTerms.js";
import { intentMix } from "./search/intentMix.js";
import { zeroResults } from "./search/zeroResults.js";
import { lowConversion } from "./search/lowConversion.js";
import { searchTermsDaily } from "./search/searchTermsDaily.js";
import { searchTotals } from "./search/searchTotals.js";
import { feedbackTrend } from "./feedback/feedbackTrend.js";
import { aspectSentiment } from "./feedback/aspectSentiment.js";
import { aspectsByGroup } from "./feedback/aspectsByGroup.js";
import { emergingAspects } from "./feedback/emergingAspects.js";
import { npsSummary } from "./feedback/npsSummary.js";
import { npsTrend } from "./feedback/npsTrend.js";
import { complaintRate } from "./feedback/complaintRate.js";
import { complaintTrend } from "./feedback/complaintTrend.js";
import { feedbackQuotes } from "./feedback/feedbackQuotes.js";
import { feedbackItems } from "./feedback/feedbackItems.js";
import { feedbackTopicsTable } from "./feedback/feedbackTopicsTable.js";
import { feedbackModelTable } from "./feedback/feedbackModelTable.js";
import { opinionPairsTable } from "./feedback/opinionPairsTable.js";
import type { Query } from "../query.js";
import { personaCustomers } from "./personas/personaCustomers.js";
import { tagCounts } from "./personas/tagCounts.js";
import { behaviourGroups, behaviourMembers } from "./personas/behaviourGroups.js";
import { productTable } from "./products/productTable.js";
import { sellThrough } from "./products/sellThrough.js";
import { productDailyTable } from "./products/productDailyTable.js";
import { basketTransactions } from "./products/basketTransactions.js";

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
  categoryCycles,
  funnelCounts,
  funnelTimes,
  funnelTrend,
  funnelBreakdown,
  funnelDropped,
  funnelTotalsEvents,
  pathTransitions,
  pathsToPurchase,
  pathLengths,
  trafficSources,
  trafficTotals,
  punchCard,
  pageClicks,
  trafficDaily,
  abExperiments,
  abVariants,
  searchQueries,
  searchTerms,
  searchTrend,
  risingTerms,
  longTailCurve,
  longTailShares,
  queryLengths,
  coTerms,
  intentMix,
  zeroResults,
  lowConversion,
  searchTermsDaily,
  searchTotals,
  feedbackTrend,
  aspectSentiment,
  aspectsByGroup,
  emergingAspects,
  npsSummary,
  npsTrend,
  complaintRate,
  complaintTrend,
  feedbackQuotes,
  feedbackItems,
  feedbackTopicsTable,
  feedbackModelTable,
  opinionPairsTable,
  personaCustomers,
  tagCounts,
  behaviourGroups,
  behaviourMembers,
  productTable,
  sellThrough,
  productDailyTable,
  basketTransactions
] as unknown as Query<never, unknown>[];
