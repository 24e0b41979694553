/**
 * Greedy left-to-right decoding with features on the labels already chosen
 * (previous two labels, whether a cue was predicted earlier in the sentence,
 * the label the previous sentence ended with). Greedy decoding with rich
 * history features is as accurate as Viterbi for perceptron taggers
 * (Ratinov & Roth 2009; Honnibal's averaged-perceptron POS tagger) and costs
 * one pass; here it also lets a content span run on across sentences.
 */
import type { DocFeatures } from './features.js';
import { f1, f2, f3 } from './hash.js';
import { N_LABELS, allowed, labelType } from './labels.js';
import { ROW, type HashedWeights, type PairedWeights, type QuantizedWeights } from './model.js';

export const N_DYNAMIC = 14;

const bucket = (d: number): number => (d < 0 ? 0 : d === 0 ? 1 : d <= 2 ? 2 : d <= 5 ? 3 : d <= 10 ? 4 : 5);

/** Fills `out` with the label-dependent features of token i. */
export function dynamicFeatures(df: DocFeatures, i: number, p1: number, p2: number, st: DecodeState, out: Int32Array): void {
  const q = df.quote[i]!;
  let k = 0;
  out[k++] = f1(101, p1);
  out[k++] = f2(102, p1, p2);
  out[k++] = f2(103, p1, df.lower[i]!);
  out[k++] = f2(104, p1, df.pos[i]!);
  out[k++] = f2(105, p1, q);
  out[k++] = f2(106, p1, df.leftCue[i]!);
  out[k++] = f2(107, p1, df.cueBucket[i]!);
  out[k++] = f3(108, df.sentStart[i]!, st.prevSentLast, q);
  out[k++] = f3(109, st.prevSentCue, st.prevSentContent, df.sentQuoted[i]!);
  out[k++] = f2(110, p1, df.shape[i]!);
  out[k++] = f3(111, p1, df.sentStart[i]!, df.sentQuoted[i]!);
  out[k++] = f3(112, st.sentCueAt < 0 ? 0 : 1, q, df.pos[i]!);
  out[k++] = f2(113, bucket(st.sentCueAt < 0 ? -1 : i - st.sentCueAt), p1);
  out[k++] = f3(114, st.sentContent, st.sentCueAt < 0 ? 0 : 1, df.sentStart[i]!);
}

/** Label history carried along a document. */
export interface DecodeState {
  prevSentLast: number;
  prevSentCue: number;
  prevSentContent: number;
  sentCueAt: number;
  sentContent: number;
}

export function newState(): DecodeState {
  return { prevSentLast: 0, prevSentCue: 0, prevSentContent: 0, sentCueAt: -1, sentContent: 0 };
}

/** Updates the history after token i got label l (and before token i+1). */
export function advance(df: DocFeatures, i: number, l: number, st: DecodeState): void {
  const t = labelType(l);
  if (t === 'Cue') st.sentCueAt = i;
  if (t === 'Content') st.sentContent = 1;
  if (i + 1 < df.n && df.sentStart[i + 1]) {
    st.prevSentLast = l;
    st.prevSentCue = st.sentCueAt >= 0 ? 1 : 0;
    st.prevSentContent = st.sentContent;
    st.sentCueAt = -1;
    st.sentContent = 0;
  }
}

/** Adds the weights of features `feats[from, to)` into `scores` (the hot loop: plain locals, one row read per feature). */
export function addScores(W: HashedWeights, feats: Int32Array, from: number, to: number, scores: Float64Array): void {
  const w = W.w, sh = W.shift;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
  for (let j = from; j < to; j++) {
    const o = (Math.imul(feats[j]!, -1640531535) >>> sh) << 3; // × ROW; int32 ops only
    s0 += w[o]!; s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!; s5 += w[o + 5]!; s6 += w[o + 6]!;
  }
  scores[0] += s0; scores[1] += s1; scores[2] += s2; scores[3] += s3; scores[4] += s4; scores[5] += s5; scores[6] += s6;
}

/** The same over int8 weights, packed two to an int32 (QuantizedWeights.packed): integer sums, unpacked and scaled once. */
export function addScoresQ(W: QuantizedWeights, feats: Int32Array, from: number, to: number, scores: Float64Array): void {
  const p = W.packed, sh = W.shift, k = W.scale;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let j = from; j < to; j++) {
    const o = (Math.imul(feats[j]!, -1640531535) >>> sh) << 2;
    s0 += p[o]!; s1 += p[o + 1]!; s2 += p[o + 2]!; s3 += p[o + 3]!;
  }
  const bias = 128 * (to - from);
  scores[0] += ((s0 & 0xffff) - bias) * k; scores[1] += ((s0 >>> 16) - bias) * k;
  scores[2] += ((s1 & 0xffff) - bias) * k; scores[3] += ((s1 >>> 16) - bias) * k;
  scores[4] += ((s2 & 0xffff) - bias) * k; scores[5] += ((s2 >>> 16) - bias) * k;
  scores[6] += ((s3 & 0xffff) - bias) * k;
}

export function bestAllowed(scores: Float64Array, prev: number): number {
  let best = 0, bs = -Infinity;
  for (let l = 0; l < N_LABELS; l++) {
    if (!allowed(prev, l)) continue;
    if (scores[l]! > bs) { bs = scores[l]!; best = l; }
  }
  return best;
}

const dyn = new Int32Array(N_DYNAMIC);
const scores = new Float64Array(N_LABELS);

/**
 * Labels a document's tokens. With `base` (n × 7 scores for the first-pass
 * features, computed by decodeFirstOfTwo) the `static` features are not
 * looked up again.
 */
export function decode(W: QuantizedWeights, df: DocFeatures, base?: Float64Array): Uint8Array {
  const out = new Uint8Array(df.n);
  const st = newState();
  let p1 = 0, p2 = 0;
  for (let i = 0; i < df.n; i++) {
    if (base) for (let l = 0; l < N_LABELS; l++) scores[l] = base[i * N_LABELS + l]!;
    else { scores.fill(0); addScoresQ(W, df.static, i * df.width, (i + 1) * df.width, scores); }
    if (df.extra) addScoresQ(W, df.extra, i * df.extraWidth, (i + 1) * df.extraWidth, scores);
    dynamicFeatures(df, i, p1, p2, st, dyn);
    addScoresQ(W, dyn, 0, N_DYNAMIC, scores);
    const l = bestAllowed(scores, p1);
    out[i] = l;
    advance(df, i, l, st);
    p2 = p1; p1 = l;
  }
  return out;
}

/**
 * The first pass of a two-pass model. The second pass uses the first pass's
 * features too, and both tables hash a feature to the same row, so one lookup
 * in the paired table (PairedWeights) reads both rows: the second pass's sums
 * go to `base2` and it never looks those features up again. This saves a
 * third of the lookups, the tagger's main cost.
 */
export function decodeFirstOfTwo(P: PairedWeights, W1: QuantizedWeights, df: DocFeatures, base2: Float64Array): Uint8Array {
  const out = new Uint8Array(df.n);
  const st = newState();
  const p = P.packed, sh = P.shift, k1 = P.scale1, k2 = P.scale2, F = df.static, width = df.width;
  const bias = 128 * width;
  let p1 = 0, p2 = 0;
  for (let i = 0; i < df.n; i++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
    for (let j = i * width, end = j + width; j < end; j++) {
      const o = (Math.imul(F[j]!, -1640531535) >>> sh) << 3; // × 8 int32: both passes' packed rows
      a0 += p[o]!; a1 += p[o + 1]!; a2 += p[o + 2]!; a3 += p[o + 3]!;
      b0 += p[o + 4]!; b1 += p[o + 5]!; b2 += p[o + 6]!; b3 += p[o + 7]!;
    }
    const b = i * N_LABELS;
    base2[b] = ((b0 & 0xffff) - bias) * k2; base2[b + 1] = ((b0 >>> 16) - bias) * k2;
    base2[b + 2] = ((b1 & 0xffff) - bias) * k2; base2[b + 3] = ((b1 >>> 16) - bias) * k2;
    base2[b + 4] = ((b2 & 0xffff) - bias) * k2; base2[b + 5] = ((b2 >>> 16) - bias) * k2;
    base2[b + 6] = ((b3 & 0xffff) - bias) * k2;
    scores[0] = ((a0 & 0xffff) - bias) * k1; scores[1] = ((a0 >>> 16) - bias) * k1;
    scores[2] = ((a1 & 0xffff) - bias) * k1; scores[3] = ((a1 >>> 16) - bias) * k1;
    scores[4] = ((a2 & 0xffff) - bias) * k1; scores[5] = ((a2 >>> 16) - bias) * k1;
    scores[6] = ((a3 & 0xffff) - bias) * k1;
    dynamicFeatures(df, i, p1, p2, st, dyn);
    addScoresQ(W1, dyn, 0, N_DYNAMIC, scores);
    const l = bestAllowed(scores, p1);
    out[i] = l;
    advance(df, i, l, st);
    p2 = p1; p1 = l;
  }
  return out;
}
