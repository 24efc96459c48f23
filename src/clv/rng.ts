/**
 * Small seeded random number generator for simulations (tests, benchmarks, what-if pages):
 * xoshiro128** (Blackman & Vigna) seeded through splitmix32, plus the variates the CLV models
 * need. Math.random cannot be seeded, and a recovery test that cannot be replayed proves nothing.
 */
export interface Rng {
  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number;
  /** Standard normal (Marsaglia's polar method). */
  normal(): number;
  /** Exponential with the given rate. */
  exponential(rate: number): number;
  /** Gamma with shape k and RATE θ (mean k/θ). */
  gamma(shape: number, rate: number): number;
  /** Beta(a, b). */
  beta(a: number, b: number): number;
  /** Whole number uniform on [lo, hi] (inclusive). */
  integer(lo: number, hi: number): number;
}

export function createRng(seed: number): Rng {
  // splitmix32 to spread the seed over the 128-bit state (never all zero).
  let sm = seed >>> 0;
  const next32 = () => {
    sm = (sm + 0x9e3779b9) >>> 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next32(), b = next32(), c = next32(), d = next32();
  if ((a | b | c | d) === 0) a = 1;
  const u32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const uniform = () => ((u32() >>> 5) * 67108864 + (u32() >>> 6)) / 9007199254740992;
  let spare = NaN;
  const normal = () => {
    if (!Number.isNaN(spare)) {
      const v = spare;
      spare = NaN;
      return v;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * m;
    return u * m;
  };
  const exponential = (rate: number) => -Math.log1p(-uniform()) / rate;
  // Marsaglia & Tsang (2000); shape < 1 via Gamma(k+1)·U^(1/k).
  const gamma = (shape: number, rate: number): number => {
    if (shape < 1) {
      const g = gamma(shape + 1, 1);
      return (g * Math.pow(1 - uniform(), 1 / shape)) / rate;
    }
    const dd = shape - 1 / 3, cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number, v: number;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return (dd * v) / rate;
    }
  };
  const beta = (p: number, q: number) => {
    const x = gamma(p, 1), y = gamma(q, 1);
    return x / (x + y);
  };
  const integer = (lo: number, hi: number) => lo + Math.floor(uniform() * (hi - lo + 1));
  return { uniform, normal, exponential, gamma, beta, integer };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
