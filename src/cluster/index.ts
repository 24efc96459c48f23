/**
 * k-means clustering for customer personas in plain TypeScript, without dependencies: a flat
 * row-major Matrix, z-score standardization, seeded k-means++ / Lloyd (Hamerly-accelerated) with
 * restarts, the silhouette score and a silhouette-based choice of k. Everything runs unchanged in
 * Node and in the browser, is reproducible from a seed, and throws an Error with an English
 * message on input it cannot answer for. See each module's header for the method.
 */
export { matrixFromRows, type Matrix } from "./matrix.js";
export { standardize, standardizeWith, type StandardizeResult } from "./standardize.js";
export { mulberry32 } from "./mulberry32.js";
export { sampleWithoutReplacement } from "./sampleWithoutReplacement.js";
export { kmeans, type KMeansOptions, type KMeansResult } from "./kmeans.js";
export { assignToCentroids } from "./assignToCentroids.js";
export { silhouette, type SilhouetteOptions } from "./silhouette.js";
export { chooseK, type ChooseKOptions, type ChooseKResult, type KScore } from "./chooseK.js";
