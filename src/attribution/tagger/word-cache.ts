/**
 * Word sums: the first-pass templates that read one token's own attributes
 * (its word, lemma, POS, shape, suffix and cue bucket, at one offset) have
 * the same rows wherever that token type occurs. Their row sums are kept per
 * token type, so a token adds five cached sums (its own, and those its
 * neighbours at −2…+2 contribute) instead of looking up 16 rows in the 4 MB
 * weight table. Why: those lookups are the tagger's main cost (mostly
 * cache misses; see docs/performance.md), and news repeats its words: the
 * sums of frequent types stay in cache.
 *
 * Exact, not approximate: rows are summed as packed 16-bit integer lanes
 * (decode.ts, staticScores) that never carry, so a cached partial sum plus
 * the other rows is bit for bit the same total. test/tagger-word-cache.test.ts
 * checks that against the uncached sums.
 */
import type { PairedWeights } from './model.js';
import { seed } from './hash.js';

/** Token attributes the word templates read, in this order (see features.ts). */
export const LO = 0, LE = 1, PO = 2, SH = 3, SU = 4, CB = 5;
const N_ATTRS = 6;

/**
 * The first-pass templates of features.ts that read one token's attributes
 * only: [template number, offset of the token read, attributes in the order
 * the template mixes them]. Template 1 is the bias (no attribute). This list
 * must match the templates' calls in extractFeatures; the test compares the
 * cached sums with the full ones.
 */
export const WORD_TEMPLATES: ReadonlyArray<readonly [t: number, offset: number, attrs: readonly number[]]> = [
  [1, 0, []], [2, 0, [LO]], [3, -1, [LO]], [4, 1, [LO]], [5, -2, [LO]], [6, 2, [LO]], [7, 0, [LE]],
  [10, 0, [PO]], [11, -1, [PO]], [12, 1, [PO]], [16, 0, [SH]], [17, 0, [SU]],
  [20, 0, [CB]], [21, -1, [CB]], [22, 1, [CB]], [23, 0, [CB, PO]],
];

/** Offsets −2…+2: five groups of 8 lane words (pass 1's four, then pass 2's) per type. */
const GROUPS = 5, LANES = 8, PER_TYPE = GROUPS * LANES;

export class WordCache {
  /** At most this many types; the cache is emptied (between documents) when it would overflow. */
  readonly capacity: number;
  private readonly mask: number;
  /** Open addressing: slot → the type's attributes, and id + 1 (0: empty). */
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;
  /** Per type id: 5 groups × 8 packed lane words (see decode.ts, staticScores). */
  readonly sums: Int32Array;
  private count = 0;

  constructor(readonly P: PairedWeights, bits = 16) {
    this.capacity = 1 << bits;
    this.mask = (1 << (bits + 1)) - 1;
    this.keys = new Int32Array((this.mask + 1) * N_ATTRS);
    this.slots = new Int32Array(this.mask + 1);
    this.sums = new Int32Array(this.capacity * PER_TYPE);
  }

  /** Makes room for `n` new types, emptying the cache if needed; false when a document alone has more tokens than it holds. */
  reserve(n: number): boolean {
    if (n > this.capacity) return false;
    if (this.count + n > this.capacity) { this.slots.fill(0); this.count = 0; }
    return true;
  }

  /** The id of the type with these attributes, its sums computed the first time it is seen. */
  id(lo: number, le: number, po: number, sh: number, su: number, cb: number): number {
    let h = Math.imul(lo ^ Math.imul(le, 0x2c1b3c6d) ^ Math.imul(po ^ (sh << 7), 0x297a2d39) ^ Math.imul(su ^ (cb << 11), 0x68e31da4), -1640531535);
    h = (h ^ (h >>> 15)) & this.mask;
    const keys = this.keys, slots = this.slots;
    for (;; h = (h + 1) & this.mask) {
      const s = slots[h]!;
      if (s === 0) break;
      const k = h * N_ATTRS;
      if (keys[k] === lo && keys[k + 1] === le && keys[k + 2] === po && keys[k + 3] === sh && keys[k + 4] === su && keys[k + 5] === cb) return s - 1;
    }
    const id = this.count++, k = h * N_ATTRS;
    keys[k] = lo; keys[k + 1] = le; keys[k + 2] = po; keys[k + 3] = sh; keys[k + 4] = su; keys[k + 5] = cb;
    slots[h] = id + 1;
    this.fill(id, keys.subarray(k, k + N_ATTRS));
    return id;
  }

  /** Sums the rows of every word template for a token of this type, grouped by the offset they are read from. */
  private fill(id: number, attrs: Int32Array): void {
    const p = this.P.packed, sh = this.P.shift, out = this.sums, base = id * PER_TYPE;
    out.fill(0, base, base + PER_TYPE);
    for (const [t, offset, reads] of WORD_TEMPLATES) {
      // The feature id as hash.ts's f1/f2/f3 make it: seed(t) + a, then mix(·, b) for each further attribute.
      let f = (seed(t) + (reads.length ? attrs[reads[0]!]! : 0)) | 0;
      for (let r = 1; r < reads.length; r++) f = (Math.imul(f ^ (f >>> 15), 0x2c1b3c6d) + attrs[reads[r]!]!) | 0;
      const o = (Math.imul(f, -1640531535) >>> sh) << 2, g = base + (offset + 2) * LANES;
      const x = p[o]!, y = p[o + 1]!, u = p[o + 2]!, v = p[o + 3]!;
      out[g] += x & 0xff00ff; out[g + 1] += (x >>> 8) & 0xff00ff; out[g + 2] += y & 0xff00ff; out[g + 3] += (y >>> 8) & 0xff00ff;
      out[g + 4] += u & 0xff00ff; out[g + 5] += (u >>> 8) & 0xff00ff; out[g + 6] += v & 0xff00ff; out[g + 7] += (v >>> 8) & 0xff00ff;
    }
  }
}

/** Template numbers WORD_TEMPLATES covers, for Cols to skip. */
export const WORD_TEMPLATE_SET: ReadonlySet<number> = new Set(WORD_TEMPLATES.map(([t]) => t));
export const N_WORD_TEMPLATES = WORD_TEMPLATES.length;
