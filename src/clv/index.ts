/**
 * Customer-lifetime-value models in plain TypeScript (browser and Node): summaries from
 * transactions, BG/NBD, Pareto/NBD and Gamma-Gamma fitted by maximum likelihood, predictions,
 * CLV and diagnostics. See each module's header for conventions and formulas.
 */
export { ClvError, ClvInputError, type ClvErrorCode } from "./errors.js";
export { dayNumber, isoDate } from "./dayNumber.js";
export {
  summarizeColumns,
  summarizeTransactions,
  unitDays,
  type CustomerSummary,
  type SummaryOptions,
  type TimeUnit,
  type Transaction,
  type TransactionColumns
} from "./summarize.js";
export { compressPatterns, expandToCustomers, validateRfm, type Patterns, type RfmInput } from "./patterns.js";
export type { TransactionModel } from "./transactionModel.js";
export type { FitOptions, MlFit } from "./fitMaximumLikelihood.js";
export {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdModel,
  bgNbdProbabilityAlive,
  fitBgNbd,
  type BgNbdFit,
  type BgNbdFitOptions,
  type BgNbdParams
} from "./bgnbd.js";
export {
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdModel,
  paretoNbdProbabilityAlive,
  type ParetoNbdFit,
  type ParetoNbdFitOptions,
  type ParetoNbdParams
} from "./paretoNbd.js";
export {
  fitGammaGamma,
  gammaGammaExpectedSpend,
  gammaGammaLogLikelihood,
  type GammaGammaFit,
  type GammaGammaFitOptions,
  type GammaGammaParams,
  type SpendInput
} from "./gammaGamma.js";
export { conditionalExpectedPurchasesMany, probabilityAliveMany } from "./predictMany.js";
export { customerLifetimeValue, DAYS_PER_MONTH, type ClvCustomers, type ClvOptions, type ClvResult } from "./clv.js";
export {
  calibrationVsHoldout,
  compareModels,
  cumulativeTracking,
  type CalibrationHoldoutRow,
  type ComparedModel,
  type ModelComparisonRow,
  type TrackingPoint
} from "./diagnostics.js";
export { createRng, type Rng } from "./rng.js";
export { simulateBgNbd, simulateGammaGammaSpend, simulateParetoNbd, simulateTransactions, type SimulatedRfm, type SimulatedTransactions } from "./simulate.js";
export { minimizeBfgs, minimizeNelderMead, type MinimizeResult } from "./optimize.js";
