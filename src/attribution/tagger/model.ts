/**
 * The trained tagger's weights and cue lexicon, and their file format.
 *
 * File layout (little-endian): "HSAT" magic, u32 header length, a JSON header
 * ({version, labels, lexicon, rows, scale}), padding to 4 bytes, rows × i32
 * feature hashes, rows × labels × i16 weights (quantised by `scale`). Binary
 * because a JSON number list of this size would be several times larger and
 * slower to parse; int16 because the averaged weights need no more precision.
 *
 * In memory the features sit in an open-addressing hash table (Int32Array
 * keys, linear probing) so a lookup costs a multiply and one or two probes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CueLexicon } from './features.js';
import { LABELS, N_LABELS } from './labels.js';
import type { Weights } from './decode.js';

export const MODEL_VERSION = 1;

export class TaggerModel implements Weights {
  readonly w: Float32Array;
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly lexicon: CueLexicon, featureKeys: Int32Array, weights: Float32Array) {
    this.w = weights;
    let cap = 1;
    while (cap < featureKeys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.slots = new Int32Array(cap);
    for (let r = 0; r < featureKeys.length; r++) {
      const k = featureKeys[r]!;
      let s = Math.imul(k, 0x9e3779b1) & this.mask;
      while (this.keys[s] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = k;
      this.slots[s] = r;
    }
  }

  rowOf(key: number): number {
    let s = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const k = this.keys[s]!;
      if (k === key) return this.slots[s]!;
      if (k === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }
}

export function saveModel(path: string, lexicon: CueLexicon, keys: Int32Array, weights: Float32Array): number {
  let maxAbs = 0;
  for (const v of weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const header = Buffer.from(JSON.stringify({
    version: MODEL_VERSION, labels: LABELS, rows: keys.length, scale,
    lexicon: [...lexicon].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  }), 'utf8');
  const headLen = 8 + header.length;
  const pad = (4 - (headLen % 4)) % 4;
  const buf = Buffer.alloc(headLen + pad + keys.length * 4 + weights.length * 2);
  buf.write('HSAT', 0, 'latin1');
  buf.writeUInt32LE(header.length, 4);
  header.copy(buf, 8);
  let o = headLen + pad;
  for (const k of keys) { buf.writeInt32LE(k, o); o += 4; }
  for (const v of weights) { buf.writeInt16LE(Math.round(v / scale), o); o += 2; }
  writeFileSync(path, buf);
  return buf.length;
}

export function loadModel(path: string): TaggerModel {
  const buf = readFileSync(path);
  if (buf.toString('latin1', 0, 4) !== 'HSAT') throw new Error(`${path} is not a hearsay attribution model`);
  const hl = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + hl)) as { version: number; labels: string[]; rows: number; scale: number; lexicon: Array<[string, number]> };
  if (header.version !== MODEL_VERSION || header.labels.length !== N_LABELS) throw new Error(`${path}: model version ${header.version} does not match this code (${MODEL_VERSION}); run npm run train`);
  let o = 8 + hl;
  o += (4 - (o % 4)) % 4;
  const keys = new Int32Array(header.rows);
  for (let r = 0; r < header.rows; r++) { keys[r] = buf.readInt32LE(o); o += 4; }
  const weights = new Float32Array(header.rows * N_LABELS);
  for (let j = 0; j < weights.length; j++) { weights[j] = buf.readInt16LE(o) * header.scale; o += 2; }
  return new TaggerModel(new Map(header.lexicon), keys, weights);
}
