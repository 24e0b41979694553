/**
 * 32-bit hashing for feature ids. Features are never built as strings at run
 * time: each token's attributes are hashed once per document and feature ids
 * are integer mixes of a template number and those hashes, so extracting a
 * feature allocates nothing (the speed budget is well under 1 ms per article).
 */
import { int32s } from './scratch.js';

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Combines two hashes: a multiply-add step of a polynomial hash. Cheap on
 * purpose (it runs ~250 times per token); the weight table mixes the final
 * value once more (a multiplicative hash taking the top bits), and the
 * inputs are already FNV hashes or small codes.
 */
export function mix(a: number, b: number): number {
  return (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + b) | 0;
}

/** The first step of mix for a constant template number: mix(t, a) === (seed(t) + a) | 0. */
export const seed = (t: number): number => Math.imul(t ^ (t >>> 15), 0x2c1b3c6d);

export const f1 = (t: number, a: number): number => mix(t, a);
export const f2 = (t: number, a: number, b: number): number => mix(mix(t, a), b);
export const f3 = (t: number, a: number, b: number, c: number): number => mix(mix(mix(t, a), b), c);

/** a[0, n) with two `pad` values on each side (the value arrays of Cols); a = [] gives zeros. */
export function padded(a: ArrayLike<number>, n: number, pad: number): Int32Array {
  const out = int32s(n + 4);
  out[0] = out[1] = out[n + 2] = out[n + 3] = pad;
  if (a.length === n) out.set(a, 2); // native copy (a loop over the several array types here was ~3 % of tagging)
  else if (a.length) throw new Error(`padded: ${a.length} values for ${n} tokens`); // [] gives zeros
  return out;
}

/**
 * Writes one template's feature ids for all tokens, as column `k` of F
 * (n × width); columns are taken in call order. Value arrays are padded by
 * two on each side: token i's neighbour at offset d is A[i + 2 + d]. The ids
 * equal f1/f2/f3 of hash.ts (mix(t, a) is seed(t) + a).
 */
export class Cols {
  k = 0;
  constructor(readonly F: Int32Array, readonly n: number, readonly width: number) {}

  f1(t: number, A: Int32Array, da: number): void {
    const F = this.F, W = this.width, n = this.n, s = seed(t), ia = 2 + da;
    for (let i = 0, o = this.k++; i < n; i++, o += W) F[o] = (s + A[i + ia]!) | 0;
  }

  f2(t: number, A: Int32Array, da: number, B: Int32Array, db: number): void {
    const F = this.F, W = this.width, n = this.n, s = seed(t), ia = 2 + da, ib = 2 + db;
    for (let i = 0, o = this.k++; i < n; i++, o += W) {
      const x = (s + A[i + ia]!) | 0;
      F[o] = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + B[i + ib]!) | 0;
    }
  }

  f3(t: number, A: Int32Array, da: number, B: Int32Array, db: number, C: Int32Array, dc: number): void {
    const F = this.F, W = this.width, n = this.n, s = seed(t), ia = 2 + da, ib = 2 + db, ic = 2 + dc;
    for (let i = 0, o = this.k++; i < n; i++, o += W) {
      const x = (s + A[i + ia]!) | 0;
      const y = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + B[i + ib]!) | 0;
      F[o] = (Math.imul(y ^ (y >>> 15), 0x2c1b3c6d) + C[i + ic]!) | 0;
    }
  }
}

/** One recorded template call: arity 1–3, the template number, and (array, offset) per operand. */
export interface Call { arity: number; t: number; A: Int32Array; da: number; B: Int32Array; db: number; C: Int32Array; dc: number }

/**
 * Records a template list's calls: the fused kernel (simd.ts, fused) computes
 * the ids from them and sums their rows without writing F; `replay` writes F
 * with Cols, one template at a time over all tokens: each loop is small
 * enough for the JIT to inline the hash mixing (one function with all
 * templates per token was not: mix/f2/f3 were ~12 % of the tagger's time as
 * calls).
 */
export class Recorder {
  readonly calls: Call[] = [];
  constructor(readonly n: number, readonly width: number) {}
  get k(): number { return this.calls.length; }
  f1(t: number, A: Int32Array, da: number): void {
    this.calls.push({ arity: 1, t, A, da, B: A, db: da, C: A, dc: da });
  }
  f2(t: number, A: Int32Array, da: number, B: Int32Array, db: number): void {
    this.calls.push({ arity: 2, t, A, da, B, db, C: B, dc: db });
  }
  f3(t: number, A: Int32Array, da: number, B: Int32Array, db: number, C: Int32Array, dc: number): void {
    this.calls.push({ arity: 3, t, A, da, B, db, C, dc });
  }
  /** The n × width feature ids, as Cols writes them for the same calls. */
  replay(): Int32Array {
    const F = int32s(this.n * this.width), c = new Cols(F, this.n, this.width);
    for (const x of this.calls) {
      if (x.arity === 1) c.f1(x.t, x.A, x.da);
      else if (x.arity === 2) c.f2(x.t, x.A, x.da, x.B, x.db);
      else c.f3(x.t, x.A, x.da, x.B, x.db, x.C, x.dc);
    }
    return F;
  }
}
