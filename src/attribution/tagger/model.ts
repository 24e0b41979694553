/**
 * The trained tagger: a cue lexicon and one weight table per pass (the
 * first pass, and the stacked second pass of stack.ts), and their file format.
 *
 * File layout (little-endian): "HSAT" magic, u32 header length, a JSON header
 * ({version, labels, lexicon, passes: [{rows, scale}]}), padding to 4 bytes,
 * then per pass rows × i32 feature hashes and rows × labels × i16 weights
 * (quantised by the pass's `scale`). Binary because a JSON list of numbers
 * this size would be several times larger and slower to parse; int16 because
 * averaged perceptron weights need no more precision (dev F1 unchanged).
 *
 * In memory each table is an open-addressing hash table (Int32Array keys,
 * linear probing), so a feature lookup costs a multiply and a probe or two.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CueLexicon } from './features.js';
import { LABELS, N_LABELS } from './labels.js';
import type { Weights } from './decode.js';

export const MODEL_VERSION = 2;

/** Floats per hash-table slot: the key, 7 label weights. */
const SLOT = 8;
const FILTER_BITS = 21;

export class WeightTable implements Weights {
  /** Slots of 8 × 4 bytes: the key (as int32) then the 7 label weights, so one probe touches one cache line. */
  readonly w: Float32Array;
  private readonly keys: Int32Array;
  private readonly mask: number;
  private readonly sh: number;
  /**
   * A one-hash Bloom filter in front of the table. Most features of a token
   * (rare words and word pairs) are not in the model; without the filter each
   * of them costs a cache miss in a table of megabytes, which made lookups
   * the tagger's main cost. The filter is 256 KB and stays in cache.
   */
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));

  constructor(readonly featureKeys: Int32Array, readonly rowWeights: Float32Array) {
    let cap = 1;
    while (cap < featureKeys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.sh = 32 - Math.log2(cap);
    const buf = new ArrayBuffer(cap * SLOT * 4);
    this.keys = new Int32Array(buf);
    this.w = new Float32Array(buf);
    for (let r = 0; r < featureKeys.length; r++) {
      const k = featureKeys[r]!;
      let s = (Math.imul(k, 0x9e3779b1) >>> this.sh) & this.mask;
      while (this.keys[s * SLOT] !== 0) s = (s + 1) & this.mask;
      this.keys[s * SLOT] = k;
      const b = Math.imul(k, 0x85ebca6b) >>> (32 - FILTER_BITS);
      this.filter[b >>> 5] |= 1 << (b & 31);
      for (let l = 0; l < N_LABELS; l++) this.w[s * SLOT + 1 + l] = rowWeights[r * N_LABELS + l]!;
    }
  }

  offsetOf(key: number): number {
    const b = Math.imul(key, 0x85ebca6b) >>> (32 - FILTER_BITS);
    if ((this.filter[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const mask = this.mask, keys = this.keys;
    // The high bits of a multiplicative hash are the well-mixed ones.
    let s = (Math.imul(key, 0x9e3779b1) >>> this.sh) & mask;
    for (;;) {
      const k = keys[s * SLOT]!;
      if (k === key) return s * SLOT + 1;
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }
}

export class TaggerModel {
  constructor(readonly lexicon: CueLexicon, readonly passes: WeightTable[]) {}
}

export function saveModel(path: string, model: TaggerModel): number {
  const passes = model.passes.map((p) => {
    let maxAbs = 0;
    for (const v of p.rowWeights) maxAbs = Math.max(maxAbs, Math.abs(v));
    return { rows: p.featureKeys.length, scale: maxAbs > 0 ? maxAbs / 32767 : 1 };
  });
  const header = Buffer.from(JSON.stringify({
    version: MODEL_VERSION, labels: LABELS, passes,
    lexicon: [...model.lexicon].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  }), 'utf8');
  const headLen = 8 + header.length;
  const pad = (4 - (headLen % 4)) % 4;
  const body = passes.reduce((n, p) => n + p.rows * 4 + p.rows * N_LABELS * 2, 0);
  const buf = Buffer.alloc(headLen + pad + body);
  buf.write('HSAT', 0, 'latin1');
  buf.writeUInt32LE(header.length, 4);
  header.copy(buf, 8);
  let o = headLen + pad;
  model.passes.forEach((p, k) => {
    for (const key of p.featureKeys) { buf.writeInt32LE(key, o); o += 4; }
    for (const v of p.rowWeights) { buf.writeInt16LE(Math.round(v / passes[k]!.scale), o); o += 2; }
  });
  writeFileSync(path, buf);
  return buf.length;
}

export function loadModel(path: string): TaggerModel {
  const buf = readFileSync(path);
  if (buf.toString('latin1', 0, 4) !== 'HSAT') throw new Error(`${path} is not a hearsay attribution model`);
  const hl = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + hl)) as {
    version: number; labels: string[]; passes: Array<{ rows: number; scale: number }>; lexicon: Array<[string, number]>;
  };
  if (header.version !== MODEL_VERSION || header.labels.length !== N_LABELS) {
    throw new Error(`${path}: model version ${header.version} does not match this code (${MODEL_VERSION}); run npm run train`);
  }
  let o = 8 + hl;
  o += (4 - (o % 4)) % 4;
  const passes = header.passes.map(({ rows, scale }) => {
    const keys = new Int32Array(rows);
    for (let r = 0; r < rows; r++) { keys[r] = buf.readInt32LE(o); o += 4; }
    const w = new Float32Array(rows * N_LABELS);
    for (let j = 0; j < w.length; j++) { w[j] = buf.readInt16LE(o) * scale; o += 2; }
    return new WeightTable(keys, w);
  });
  return new TaggerModel(new Map(header.lexicon), passes);
}
