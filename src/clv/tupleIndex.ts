/**
 * Dense ids for tuples of 1–3 numbers (distinct (x, t_x, T) patterns, distinct (x, τ) pairs,
 * distinct values). An open-addressing hash table over the raw float bits: a JS Map would need
 * string keys for tuples, which costs about ten times more on a million customers.
 *
 * Keys compare by exact bit pattern after normalising −0 to 0 (NaN is rejected by callers).
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function mixDouble(h: number, v: number): number {
  f64[0] = v === 0 ? 0 : v;
  h = Math.imul(h ^ u32[0], 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ u32[1], 0x85ebca77);
  return h ^ (h >>> 13);
}

export class TupleIndex {
  readonly arity: number;
  /** Stored keys, `arity` numbers per id, in order of first appearance. */
  private keys: Float64Array;
  private table: Int32Array;
  private mask: number;
  size = 0;

  constructor(arity: 1 | 2 | 3, expected = 16) {
    this.arity = arity;
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.table = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.keys = new Float64Array(Math.max(16, expected) * arity);
  }

  /** Id of the tuple (a, b, c), adding it when new (unused components are ignored). */
  id(a: number, b = 0, c = 0): number {
    const k = this.arity;
    let h = mixDouble(0x12345, a);
    if (k > 1) h = mixDouble(h, b);
    if (k > 2) h = mixDouble(h, c);
    let slot = h & this.mask;
    const keys = this.keys;
    for (;;) {
      const e = this.table[slot];
      if (e < 0) break;
      const o = e * k;
      if (keys[o] === a && (k < 2 || keys[o + 1] === b) && (k < 3 || keys[o + 2] === c)) return e;
      slot = (slot + 1) & this.mask;
    }
    const id = this.size++;
    if ((id + 1) * k > this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    const o = id * k;
    this.keys[o] = a;
    if (k > 1) this.keys[o + 1] = b;
    if (k > 2) this.keys[o + 2] = c;
    this.table[slot] = id;
    if (this.size * 2 > this.table.length) this.rehash();
    return id;
  }

  /** Component j of tuple `id`. */
  key(id: number, j = 0): number {
    return this.keys[id * this.arity + j];
  }

  /** Component j of every tuple, by id. */
  column(j = 0): Float64Array {
    const out = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.keys[i * this.arity + j];
    return out;
  }

  private rehash(): void {
    const cap = this.table.length * 2;
    const table = new Int32Array(cap).fill(-1);
    const mask = cap - 1;
    const k = this.arity;
    for (let id = 0; id < this.size; id++) {
      const o = id * k;
      let h = mixDouble(0x12345, this.keys[o]);
      if (k > 1) h = mixDouble(h, this.keys[o + 1]);
      if (k > 2) h = mixDouble(h, this.keys[o + 2]);
      let slot = h & mask;
      while (table[slot] >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
    this.mask = mask;
  }
}
