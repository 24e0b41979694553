/**
 * Greedy left-to-right decoding with features on the labels already chosen
 * (previous two labels, whether a cue was predicted earlier in the sentence,
 * the label the previous sentence ended with). Greedy decoding with rich
 * history features is as accurate as Viterbi for perceptron taggers
 * (Ratinov & Roth 2009; Honnibal's averaged-perceptron POS tagger) and costs
 * one pass; here it also lets a content span run on across sentences.
 */
import { extraIds, staticIds, type DocFeatures } from './features.js';
import { seed } from './hash.js';
import { CONTENT_CODE, CUE_CODE, N_LABELS, allowed, typeCode } from './labels.js';
import { QuantizedWeights, type HashedWeights, type PackedRows, type PairedWeights } from './model.js';
import { float64s, uint8s } from './scratch.js';

export const N_DYNAMIC = 14;

const bucket = (d: number): number => (d < 0 ? 0 : d === 0 ? 1 : d <= 2 ? 2 : d <= 5 ? 3 : d <= 10 ? 4 : 5);

const S101 = seed(101), S102 = seed(102), S103 = seed(103), S104 = seed(104), S105 = seed(105), S106 = seed(106), S107 = seed(107);
const S108 = seed(108), S109 = seed(109), S110 = seed(110), S111 = seed(111), S112 = seed(112), S113 = seed(113), S114 = seed(114);
/** mix of hash.ts, written here so that the JIT inlines it (as calls, the hash helpers were ~5 % of tagging time). */
const mx = (a: number, b: number): number => (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + b) | 0;

/** Fills `out` with the label-dependent features of token i (the ids of f1/f2/f3 of hash.ts: f1(t, a) = seed(t) + a). */
export function dynamicFeatures(df: DocFeatures, i: number, p1: number, p2: number, st: DecodeState, out: Int32Array): void {
  const q = df.quote[i]!, pos = df.pos[i]!, start = df.sentStart[i]!, quoted = df.sentQuoted[i]!, cue = st.sentCueAt < 0 ? 0 : 1;
  out[0] = (S101 + p1) | 0;
  out[1] = mx((S102 + p1) | 0, p2);
  out[2] = mx((S104 + p1) | 0, pos);
  out[3] = mx((S105 + p1) | 0, q);
  out[4] = mx((S106 + p1) | 0, df.leftCue[i]!);
  out[5] = mx((S107 + p1) | 0, df.cueBucket[i]!);
  out[6] = mx(mx((S108 + start) | 0, st.prevSentLast), q);
  out[7] = mx(mx((S109 + st.prevSentCue) | 0, st.prevSentContent), quoted);
  out[8] = mx((S110 + p1) | 0, df.shape[i]!);
  out[9] = mx(mx((S111 + p1) | 0, start), quoted);
  out[10] = mx(mx((S112 + cue) | 0, q), pos);
  out[11] = mx((S113 + bucket(st.sentCueAt < 0 ? -1 : i - st.sentCueAt)) | 0, p1);
  out[12] = mx(mx((S114 + st.sentContent) | 0, cue), start);
  out[13] = mx((S103 + p1) | 0, df.lower[i]!);
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
  const t = typeCode(l);
  if (t === CUE_CODE) st.sentCueAt = i;
  if (t === CONTENT_CODE) st.sentContent = 1;
  if (i + 1 < df.n && df.sentStart[i + 1]) {
    st.prevSentLast = l;
    st.prevSentCue = st.sentCueAt >= 0 ? 1 : 0;
    st.prevSentContent = st.sentContent;
    st.sentCueAt = -1;
    st.sentContent = 0;
  }
}

/** Adds the weights of features `feats[from, to)` into `scores` (float weights, for training). */
export function addScores(W: HashedWeights, feats: Int32Array, from: number, to: number, scores: Float64Array): void {
  const w = W.w, sh = W.shift;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
  for (let j = from; j < to; j++) {
    const o = (Math.imul(feats[j]!, -1640531535) >>> sh) << 3; // × ROW; int32 ops only
    s0 += w[o]!; s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!; s5 += w[o + 5]!; s6 += w[o + 6]!;
  }
  scores[0] += s0; scores[1] += s1; scores[2] += s2; scores[3] += s3; scores[4] += s4; scores[5] += s5; scores[6] += s6;
}

/**
 * The same over int8 weights (QuantizedWeights.packed: a row is two int32 of
 * four biased bytes): each word is split into two words of two 16-bit lanes
 * and summed as integers; unpacked and scaled once.
 */
export function addScoresQ(R: PackedRows, feats: Int32Array, from: number, to: number, scores: Float64Array): void {
  const p = R.p, sh = R.shift, ss = R.strideShift, slot = R.slot;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let j = from; j < to; j++) {
    const o = ((Math.imul(feats[j]!, -1640531535) >>> sh) << ss) + slot;
    const x = p[o]!, y = p[o + 1]!;
    s0 += x & 0xff00ff; s1 += (x >>> 8) & 0xff00ff; s2 += y & 0xff00ff; s3 += (y >>> 8) & 0xff00ff;
  }
  addUnpacked(s0, s1, s2, s3, 128 * (to - from), R.scale, scores, 0);
}

/** Adds the label sums of lane words s0..s3 (see addScoresQ), less `bias`, times `k`, into out[at..at+7). */
function addUnpacked(s0: number, s1: number, s2: number, s3: number, bias: number, k: number, out: Float64Array, at: number): void {
  out[at] += ((s0 & 0xffff) - bias) * k; out[at + 2] += ((s0 >>> 16) - bias) * k;
  out[at + 1] += ((s1 & 0xffff) - bias) * k; out[at + 3] += ((s1 >>> 16) - bias) * k;
  out[at + 4] += ((s2 & 0xffff) - bias) * k; out[at + 6] += ((s2 >>> 16) - bias) * k;
  out[at + 5] += ((s3 & 0xffff) - bias) * k;
}

/**
 * Token i's confidences for the boundary re-ranker: `margin`, the best content
 * label's score less the best other label's; `sure`, the chosen label's
 * score less the best label of another span type (B- and I- of a type count as one).
 */
function confidence(s: Float64Array, l: number, i: number, margin: Float32Array, sure: Float32Array): void {
  const o = s[0]!, src = Math.max(s[1]!, s[2]!), cue = Math.max(s[3]!, s[4]!), con = Math.max(s[5]!, s[6]!);
  margin[i] = con - Math.max(o, src, cue);
  const t = typeCode(l);
  sure[i] = s[l]! - (t === 0 ? Math.max(src, cue, con) : t === 1 ? Math.max(o, cue, con) : t === 2 ? Math.max(o, src, con) : Math.max(o, src, cue));
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
/** When set, decode sums the label-history rows in JS even where the kernel is (the test compares the two). */
export let noSimdDecode = false;
export const setNoSimdDecode = (b: boolean): void => { noSimdDecode = b; };
const scores = new Float64Array(N_LABELS);

/**
 * Labels a document's tokens. With `base` (n × 7 scores for the first-pass
 * features, computed by decodeFirstOfTwo) the `static` features are not
 * looked up again. With `margin` and `sure` (n each), each token's
 * confidences go there (see `confidence`): the boundary re-ranker
 * (boundary.ts) reads them.
 */
export function decode(W: QuantizedWeights | PackedRows, df: DocFeatures, base?: Float64Array, margin?: Float32Array, sure?: Float32Array): Uint8Array {
  const R = W instanceof QuantizedWeights ? W.rows : W;
  const out = uint8s(df.n);
  const st = newState();
  // The SIMD kernel reads paired rows (16 bytes); `lane`: this pass's first lane among its 16 sums.
  const S = R.simd && R.strideShift === 2 && !noSimdDecode ? R.simd : null, lane = R.slot * 4;
  let p1 = 0, p2 = 0;
  // Lazy extraction (features.ts): the ids are written here if this loop needs them.
  const F = base ? null : staticIds(df), extra = extraIds(df);
  for (let i = 0; i < df.n; i++) {
    if (base) for (let l = 0; l < N_LABELS; l++) scores[l] = base[i * N_LABELS + l]!;
    else { scores.fill(0); addScoresQ(R, F!, i * df.width, (i + 1) * df.width, scores); }
    if (extra) addScoresQ(R, extra, i * df.extraWidth, (i + 1) * df.extraWidth, scores);
    if (S) {
      // The label-history rows summed by the SIMD kernel (simd.ts): the same sums, scaled as addUnpacked does.
      dynamicFeatures(df, i, p1, p2, st, S.one32);
      S.one(N_DYNAMIC);
      addLanes(S.u16, S.oneAt + lane, 128 * N_DYNAMIC, R.scale, scores, 0);
    } else {
      dynamicFeatures(df, i, p1, p2, st, dyn);
      addScoresQ(R, dyn, 0, N_DYNAMIC, scores);
    }
    const l = bestAllowed(scores, p1);
    if (margin) confidence(scores, l, i, margin, sure!);
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
 * go to `base2` (zeroed by the caller) and it never looks those features up
 * again. This saves a third of the lookups, the tagger's main cost.
 */
export function decodeFirstOfTwo(P: PairedWeights, df: DocFeatures, base2: Float64Array): Uint8Array {
  const base1 = float64s(df.n * N_LABELS);
  staticScores(P, df, base1, base2);
  return decode(P.rows1, df, base1);
}

/**
 * Both passes' sums over the label-independent features of every token, into
 * base1 / base2 (n × 7, zeroed). Why all tokens up front rather than token by
 * token inside the greedy decoding: nothing here waits on a label, so the
 * CPU keeps many row reads (mostly cache misses) in flight at once, with no
 * mispredicted branches of the decoding in between.
 */
export function staticScores(P: PairedWeights, df: DocFeatures, base1: Float64Array, base2: Float64Array): void {
  if (df.staticT && P.simd?.fused(df.staticT)) scaleStatic(P, df, base1, base2);
  else if (P.simd?.fits(df.n, df.width)) staticScoresSimd(P, df, base1, base2);
  else staticScoresJS(P, df, base1, base2);
}

/**
 * staticScores with the row sums in WebAssembly SIMD (simd.ts): the same
 * integer lane sums (labels 0…6 of pass 1, then of pass 2, in order),
 * scaled by the same expression as addUnpacked, so the scores are bit for
 * bit the JS path's.
 */
export function staticScoresSimd(P: PairedWeights, df: DocFeatures, base1: Float64Array, base2: Float64Array): void {
  P.simd!.run(staticIds(df), 0, df.n, df.width);
  scaleStatic(P, df, base1, base2);
}

/** Adds the kernel's last lane sums (of df's first-pass features, by run or fused) into base1 / base2. */
function scaleStatic(P: PairedWeights, df: DocFeatures, base1: Float64Array, base2: Float64Array): void {
  const S = P.simd!, bias = 128 * df.width;
  for (let i = 0, o = S.outAt, b = 0; i < df.n; i++, o += 16, b += N_LABELS) {
    addLanes(S.u16, o, bias, P.scale1, base1, b);
    addLanes(S.u16, o + 8, bias, P.scale2, base2, b);
  }
}

/**
 * Adds one pass's 7 kernel lane sums u[o…o+7), less `bias`, times `k`, into
 * out[at…at+7): the same value per label as addUnpacked adds (each label gets
 * one addition, so the scores are bit for bit the JS path's).
 */
function addLanes(u: Uint16Array, o: number, bias: number, k: number, out: Float64Array, at: number): void {
  for (let l = 0; l < N_LABELS; l++) out[at + l] += (u[o + l]! - bias) * k;
}

/**
 * Adds the stacked pass's features (df.extra) of every token into `base`
 * (pass R's scores, n × 7), as decode would add them token by token: the
 * same value is added in the same order (base, then these, then the label
 * history), so the scores are bit for bit the same; returns df without
 * `extra`, for decode. Up front for the same reason as staticScores.
 */
export function addExtraScores(R: PackedRows, df: DocFeatures, base: Float64Array): DocFeatures {
  const S = R.simd, w = df.extraWidth;
  if (!S || R.strideShift !== 2) return df;
  // Lazy stacked features (stack.ts): the fused kernel computes the ids; else they are written and summed as before.
  if (!(df.extraT && S.fused(df.extraT))) {
    const extra = extraIds(df);
    if (!extra || !S.fits(df.n, w)) return df;
    S.run(extra, 0, df.n, w);
  }
  for (let i = 0, o = S.outAt + R.slot * 4, b = 0; i < df.n; i++, o += 16, b += N_LABELS) addLanes(S.u16, o, 128 * w, R.scale, base, b);
  return { ...df, extra: null, extraT: null, extraWidth: 0 };
}

/** staticScores in JS (SWAR), where WebAssembly SIMD is unavailable. */
export function staticScoresJS(P: PairedWeights, df: DocFeatures, base1: Float64Array, base2: Float64Array): void {
  const p = P.packed, sh = P.shift, k1 = P.scale1, k2 = P.scale2;
  const F = staticIds(df), width = df.width, bias = 128 * width;
  for (let i = 0; i < df.n; i++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
    for (let j = i * width, end = j + width; j < end; j++) {
      const o = (Math.imul(F[j]!, -1640531535) >>> sh) << 2; // × 4 int32: both passes' packed rows
      const x = p[o]!, y = p[o + 1]!, u = p[o + 2]!, v = p[o + 3]!;
      a0 += x & 0xff00ff; a1 += (x >>> 8) & 0xff00ff; a2 += y & 0xff00ff; a3 += (y >>> 8) & 0xff00ff;
      b0 += u & 0xff00ff; b1 += (u >>> 8) & 0xff00ff; b2 += v & 0xff00ff; b3 += (v >>> 8) & 0xff00ff;
    }
    const b = i * N_LABELS;
    addUnpacked(a0, a1, a2, a3, bias, k1, base1, b);
    addUnpacked(b0, b1, b2, b3, bias, k2, base2, b);
  }
}
