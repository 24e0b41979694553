/**
 * The trained tagger: a cue lexicon and one weight table per pass (the first
 * pass, and the stacked second pass of stack.ts), and their file format.
 *
 * Weights are a hashed table (the "hashing trick", Weinberger et al. 2009):
 * a feature's hash picks a row of 2^bits rows directly, with no keys and no
 * probing; features that share a row share its weights, in training as at
 * run time, so the model learns around the collisions. Why: with a keyed
 * table of a million features, each lookup was a cache miss and the tagger
 * cost ~6 ms per article; a table of 2^17 rows stays in cache.
 *
 * File layout (little-endian): "HSAT" magic, u32 header length, a JSON header
 * ({version, labels, lexicon, passes: [{bits, scale}]}), then per pass
 * 2^bits × 7 int8 weights (quantised by `scale`), from which the rows that
 * decoding reads are packed at load time (QuantizedWeights.packed, PairedWeights).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BoundaryModel } from './boundary.js';
import type { CueLexicon } from './features.js';
import { LABELS, N_LABELS } from './labels.js';
import { simdSums, type SimdSums } from './simd.js';

export const MODEL_VERSION = 4;

/** Floats per row: 7 label weights and one of padding, so a row never straddles two cache lines. */
export const ROW = 8;

export class HashedWeights {
  readonly w: Float32Array;
  readonly shift: number;
  constructor(readonly bits: number, w?: Float32Array) {
    this.w = w ?? new Float32Array((1 << bits) * ROW);
    this.shift = 32 - bits;
  }

  /** Offset in `w` of the row of feature `key`. */
  offsetOf(key: number): number {
    return (Math.imul(key, -1640531535) >>> this.shift) << 3; // × ROW, same hash as decode.ts
  }
}

/**
 * Run-time weights: int8 rows of 8 (8 bytes), so a 2^18-row table is 2 MB
 * and mostly stays in cache (measured: 15.6 ns a lookup at 4 MB, 6.7 at 2 MB);
 * scores are summed as integers and scaled once per token. 8 bits lose
 * nothing on dev against float weights (F1 within ±0.3).
 */
export class QuantizedWeights {
  readonly shift: number;
  private _q?: Int8Array;
  /**
   * @param stored the rows as the model file holds them (N_LABELS bytes a row, no pad): packed
   * straight from there at load time; `q`, the padded rows, is then made only if asked for.
   */
  constructor(readonly bits: number, readonly scale: number, q?: Int8Array, private readonly stored?: Int8Array) {
    this._q = q;
    this.shift = 32 - bits;
  }

  /** The weights, ROW int8 a row (the last one a zero pad). */
  get q(): Int8Array {
    if (!this._q) {
      const q = new Int8Array((1 << this.bits) * ROW), src = this.stored;
      if (src) for (let r = 0, from = 0; r < 1 << this.bits; r++, from += N_LABELS) for (let l = 0; l < N_LABELS; l++) q[r * ROW + l] = src[from + l]!;
      this._q = q;
    }
    return this._q;
  }

  /** The rows and their stride, wherever they are: in the file as loaded, or in `q`. */
  source(): { src: Int8Array; stride: number } {
    return this.stored && !this._q ? { src: this.stored, stride: N_LABELS } : { src: this.q, stride: ROW };
  }

  /**
   * The rows packed for summing (SWAR): a row is 8 bytes (the 7 weights as
   * weight + 128, and a pad byte), read as two int32. Masking a word with
   * 0x00ff00ff (and its >>> 8 likewise) spreads two weights into 16-bit
   * lanes, so one integer add sums two labels and a row is 4 adds. A lane
   * holds 255 × 257 before it could carry, far more than the features of one
   * token. Why bytes and not 16-bit lanes in memory (as before): half the
   * bytes per row, so half the table to keep in cache (measured: tagging
   * ~13 % faster, labels identical).
   */
  get packed(): Int32Array {
    return (this._packed ??= packRows(this, 0, 1));
  }
  private _packed?: Int32Array;

  /** This table's packed rows, as decoding reads them. */
  get rows(): PackedRows {
    return (this._rows ??= { p: this.packed, shift: this.shift, strideShift: 1, slot: 0, scale: this.scale });
  }
  private _rows?: PackedRows;

  static from(w: HashedWeights): QuantizedWeights {
    let maxAbs = 0;
    for (const v of w.w) maxAbs = Math.max(maxAbs, Math.abs(v));
    const qw = new QuantizedWeights(w.bits, maxAbs > 0 ? maxAbs / 127 : 1);
    for (let j = 0; j < w.w.length; j++) qw.q[j] = Math.round(w.w[j]! / qw.scale);
    return qw;
  }
}

export type Weights = HashedWeights | QuantizedWeights;

/**
 * Where decoding reads a pass's packed rows: the int32 array, the hash shift,
 * log2 of int32 per row (2 alone, 4 paired) and the pass's first int32 in a
 * row (0, or 2 for the second of a pair).
 */
export interface PackedRows { p: Int32Array; shift: number; strideShift: number; slot: number; scale: number; simd?: SimdSums | null }

/**
 * Packs a pass's int8 rows as unsigned bytes (weight + 128; the pad byte 128,
 * a zero weight) into slot `slot` of `slots` per row of `out` (2 int32 per
 * slot; little-endian, as on every platform Node runs on).
 */
function packRows(w: QuantizedWeights, slot: number, slots: number, out?: Int32Array): Int32Array {
  if (N_LABELS !== 7) throw new Error(`packRows packs rows of 7 labels, not ${N_LABELS}`);
  const rows = 1 << w.bits, { src, stride } = w.source();
  const table = out ?? new Int32Array(rows * 2 * slots);
  // Two int32 a row, built from the row's bytes: (x + 128) & 255 is the byte of x xor 0x80, and
  // the pad byte (0) becomes 128. Word by word: this runs once per process over 4 M bytes.
  const u = new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  for (let r = 0, from = 0, to = slot * 2; r < rows; r++, from += stride, to += slots * 2) {
    table[to] = (u[from]! | (u[from + 1]! << 8) | (u[from + 2]! << 16) | (u[from + 3]! << 24)) ^ 0x80808080;
    table[to + 1] = (u[from + 4]! | (u[from + 5]! << 8) | (u[from + 6]! << 16)) ^ 0x80808080;
  }
  return table;
}

/** Two passes' packed rows side by side, 16 bytes a row (see decodeFirstOfTwo). */
export class PairedWeights {
  readonly packed: Int32Array;
  /** The WebAssembly SIMD kernel over `packed` (simd.ts); null without Wasm SIMD. */
  readonly simd: SimdSums | null;
  readonly shift: number;
  readonly scale1: number;
  readonly scale2: number;
  constructor(a: QuantizedWeights, b: QuantizedWeights) {
    if (a.bits !== b.bits) throw new Error('paired weight tables need the same number of rows');
    this.shift = a.shift;
    this.scale1 = a.scale;
    this.scale2 = b.scale;
    // Rows of 4 int32: pass 1's packed row, then pass 2's (see QuantizedWeights.packed).
    // With WebAssembly SIMD the table lives in the kernel's memory (simd.ts), and the JS loops read the same bytes.
    this.simd = simdSums((1 << a.bits) * 4, this.shift);
    this.packed = packRows(a, 0, 2, this.simd?.table);
    packRows(b, 1, 2, this.packed);
    this.rows1 = { p: this.packed, shift: this.shift, strideShift: 2, slot: 0, scale: a.scale, simd: this.simd };
    this.rows2 = { p: this.packed, shift: this.shift, strideShift: 2, slot: 2, scale: b.scale, simd: this.simd };
  }

  /**
   * Each pass's rows within the pair. Both passes read only the paired table
   * (also for the label-history features), so the run-time working set is
   * this one table and not also the two tables it was built from.
   */
  readonly rows1: PackedRows;
  readonly rows2: PackedRows;
}

export class TaggerModel {
  readonly passes: QuantizedWeights[];
  /** The first two passes paired, when they have the same size. */
  readonly paired: PairedWeights | null;
  /** Content boundary re-ranker (boundary.ts), stored in its own file; none: the tagger's boundaries stand. */
  boundary: BoundaryModel | null = null;
  constructor(readonly lexicon: CueLexicon, passes: Weights[]) {
    this.passes = passes.map((p) => (p instanceof QuantizedWeights ? p : QuantizedWeights.from(p)));
    const [a, b] = this.passes;
    this.paired = a && b && a.bits === b.bits ? new PairedWeights(a, b) : null;
  }
}

export function saveModel(path: string, model: TaggerModel): number {
  const passes = model.passes.map((p) => ({ bits: p.bits, scale: p.scale }));
  const header = Buffer.from(JSON.stringify({
    version: MODEL_VERSION, labels: LABELS, passes,
    lexicon: [...model.lexicon].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  }), 'utf8');
  const body = passes.reduce((n, p) => n + (1 << p.bits) * N_LABELS, 0);
  const buf = Buffer.alloc(8 + header.length + body);
  buf.write('HSAT', 0, 'latin1');
  buf.writeUInt32LE(header.length, 4);
  header.copy(buf, 8);
  let o = 8 + header.length;
  for (const p of model.passes) {
    for (let r = 0; r < 1 << p.bits; r++) {
      for (let l = 0; l < N_LABELS; l++) buf.writeInt8(p.q[r * ROW + l]!, o++);
    }
  }
  writeFileSync(path, buf);
  return buf.length;
}

export function loadModel(path: string): TaggerModel {
  const buf = readFileSync(path);
  if (buf.toString('latin1', 0, 4) !== 'HSAT') throw new Error(`${path} is not a hearsay attribution model`);
  const hl = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + hl)) as {
    version: number; labels: string[]; passes: Array<{ bits: number; scale: number }>; lexicon: Array<[string, number]>;
  };
  if (header.version !== MODEL_VERSION || header.labels.length !== N_LABELS) {
    throw new Error(`${path}: model version ${header.version} does not match this code (${MODEL_VERSION}); run npm run train`);
  }
  let o = 8 + hl;
  const passes = header.passes.map(({ bits, scale }) => {
    // A typed view over the file: the rows are packed for decoding straight from it (PairedWeights).
    const rows = 1 << bits;
    if (buf.length < o + rows * N_LABELS) throw new Error(`${path} is truncated; run npm run train`);
    const stored = new Int8Array(buf.buffer, buf.byteOffset + o, rows * N_LABELS);
    o += rows * N_LABELS;
    return new QuantizedWeights(bits, scale, undefined, stored);
  });
  return new TaggerModel(new Map(header.lexicon), passes);
}
