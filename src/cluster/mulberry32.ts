/**
 * Seeded uniform random numbers (Tommy Ettinger's mulberry32, 32-bit state). Math.random cannot be
 * seeded, and reproducible personas need the same input and seed to give the same labels at build
 * time in Node and in the reader's browser. mulberry32 uses only 32-bit integer operations
 * (Math.imul, shifts), which every JavaScript engine evaluates identically, so the stream is the
 * same everywhere. Its 2³² period is ample for drawing initial centroids and a silhouette sample.
 */
import { requireInteger } from "./validate.js";

/**
 * Returns a generator of floats in [0, 1) with 32 random bits each. The seed is taken modulo 2³²
 * (so −1 and 4294967295 give the same stream).
 */
export function mulberry32(seed: number): () => number {
  requireInteger("seed", seed, Number.MIN_SAFE_INTEGER);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
