/**
 * Statistics for A/B-test analysis in plain TypeScript, without dependencies: distribution
 * functions, the two-proportion and Welch tests, the sample-ratio-mismatch check, multiple-testing
 * adjustments and sample-size planning. Every function is pure and throws an Error with an English
 * message on input it cannot answer for. See each module's header for formulas and accuracy.
 */
export { normalCdf, normalQuantile } from "./normal.js";
export { studentTCdf, studentTQuantile, studentTTwoSidedP } from "./studentT.js";
export { chiSquareUpperTail } from "./chiSquare.js";
export { twoProportionTest, type TwoProportionResult } from "./twoProportionTest.js";
export { summarizeSample, welchTest, type SampleSummary, type WelchResult } from "./welchTest.js";
export { sampleRatioMismatch, type SampleRatioMismatchOptions, type SampleRatioMismatchResult } from "./sampleRatioMismatch.js";
export { benjaminiHochbergAdjust, holmAdjust } from "./multipleTesting.js";
export { achievedPower, minimumDetectableEffect, sampleSizePerArm } from "./power.js";
