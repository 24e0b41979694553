/**
 * Second-pass (stacked) features. A greedy left-to-right tagger cannot see
 * the labels to its right: it must decide that "senior" starts a source
 * before it knows "have reportedly argued" follows, and that a quotation is
 * content before it reaches the "he said" at its end. The second pass sees the
 * whole first-pass labelling: the labels around each token, the nearest
 * predicted cue on either side (also across sentences), and how the
 * neighbouring sentences were labelled. It is trained on first-pass output
 * produced by models that did not see the document (2-fold jackknife), so it
 * learns how far to trust the first pass on unseen text (Wolpert's stacking;
 * Nivre & McDonald 2008 use it for the same reason in parsing).
 */
import type { Doc } from '../../doc/doc.js';
import type { DocFeatures } from './features.js';
import { Recorder, padded } from './hash.js';
import { typeCode as code } from './labels.js';
import { int32s, int8s } from './scratch.js';

export const N_STACK = 22;


const bucket = (d: number): number => (d < 0 ? 0 : d <= 1 ? 1 : d <= 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : d <= 40 ? 6 : 7);

/**
 * The stacked pass's features (`extra`) from the first pass's labels. With
 * `lazy`, `extra` is not written: `extraT` holds the recorded template calls
 * for the fused kernel (extraIds writes the same ids).
 */
export function stackFeatures(doc: Doc, base: DocFeatures, first: Uint8Array, lazy = false): DocFeatures {
  const n = base.n, W = N_STACK;

  // Nearest predicted cue token to the left / right (any sentence), with its word.
  const leftCue = int32s(n).fill(-1), rightCue = int32s(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) { leftCue[i] = last; if (code(first[i]!) === 2) last = i; }
  for (let i = n - 1, last = -1; i >= 0; i--) { rightCue[i] = last; if (code(first[i]!) === 2) last = i; }

  // Per sentence: first / last label type and what it contains.
  const S = doc.sentences.length;
  const sFirst = int8s(S), sLast = int8s(S), sMask = int8s(S);
  for (let s = 0; s < S; s++) {
    const sen = doc.sentences[s]!;
    if (sen.endToken <= sen.firstToken) continue;
    sFirst[s] = code(first[sen.firstToken]!);
    let last = sen.endToken - 1;
    if (last > sen.firstToken && doc.tokens[last]!.pos === 'PUNCT') last--;
    sLast[s] = code(first[last]!);
    for (let i = sen.firstToken; i < sen.endToken; i++) sMask[s] |= 1 << code(first[i]!);
  }

  // Per-token values (see Cols for the padding), then one template at a time.
  const lcB = int32s(n), rcB = int32s(n), lcS = int32s(n), rcS = int32s(n);
  const lcW = int32s(n), rcW = int32s(n), first_ = int32s(n), last_ = int32s(n), mask = int32s(n);
  const prevLast = int32s(n), nextFirst = int32s(n), prevMask = int32s(n), nextMask = int32s(n);
  for (let i = 0; i < n; i++) {
    const s = doc.tokens[i]!.sentence;
    const lc = leftCue[i]!, rc = rightCue[i]!;
    const lcSent = lc < 0 ? -1 : s - doc.tokens[lc]!.sentence, rcSent = rc < 0 ? -1 : doc.tokens[rc]!.sentence - s;
    lcB[i] = bucket(lc < 0 ? -1 : i - lc); rcB[i] = bucket(rc < 0 ? -1 : rc - i);
    lcS[i] = Math.min(lcSent, 3); rcS[i] = Math.min(rcSent, 3);
    lcW[i] = lc < 0 ? 0 : base.lower[lc]!; rcW[i] = rc < 0 ? 0 : base.lower[rc]!;
    first_[i] = sFirst[s]!; last_[i] = sLast[s]!; mask[i] = sMask[s]!;
    prevLast[i] = s > 0 ? sLast[s - 1]! : 9; nextFirst[i] = s < S - 1 ? sFirst[s + 1]! : 9;
    prevMask[i] = s > 0 ? sMask[s - 1]! : 0; nextMask[i] = s < S - 1 ? sMask[s + 1]! : 0;
  }
  const P = (a: ArrayLike<number>, pad = 0): Int32Array => padded(a, n, pad);
  const L = P(first, 99), Q = P(base.quote), LO = P(base.lower), PO = P(base.pos), SH = P(base.shape);
  const LB = P(lcB), RB = P(rcB), LS = P(lcS), RS = P(rcS), LW = P(lcW), RW = P(rcW);
  const SF = P(first_), SL = P(last_), SM = P(mask), PLa = P(prevLast), NF = P(nextFirst), PM = P(prevMask), NM = P(nextMask);
  const T = new Recorder(n, W);
  stackTemplates(T, { L, Q, LO, PO, SH, LB, RB, LS, RS, LW, RW, SF, SL, SM, PLa, NF, PM, NM });
  if (T.k !== W) throw new Error(`stack templates: ${T.k}, expected ${W}`);
  // The first-pass features are used as they are, from `static`.
  return { ...base, extra: lazy ? null : T.replay(), extraT: lazy ? T : null, extraWidth: W };
}

interface Values {
  L: Int32Array; Q: Int32Array; LO: Int32Array; PO: Int32Array; SH: Int32Array; LB: Int32Array; RB: Int32Array; LS: Int32Array; RS: Int32Array;
  LW: Int32Array; RW: Int32Array; SF: Int32Array; SL: Int32Array; SM: Int32Array; PLa: Int32Array; NF: Int32Array; PM: Int32Array; NM: Int32Array;
}

/** The stacked pass's templates, in column order (for the ids and the fused kernel alike). */
function stackTemplates(c: Recorder, V: Values): void {
  const { L, Q, LO, PO, SH, LB, RB, LS, RS, LW, RW, SF, SL, SM, PLa, NF, PM, NM } = V;
  c.f1(201, L, 0);
  c.f1(202, L, -1);
  c.f1(203, L, 1);
  c.f2(204, L, -1, L, 0);
  c.f2(205, L, 0, L, 1);
  c.f3(206, L, -1, L, 0, L, 1);
  c.f2(207, L, -2, L, 2);
  c.f2(208, L, 0, LO, 0);
  c.f2(209, L, 0, PO, 0);
  c.f3(210, L, 0, L, 1, PO, 0);
  c.f3(211, LB, 0, LS, 0, L, 0);
  c.f3(212, RB, 0, RS, 0, L, 0);
  c.f3(213, LS, 0, RS, 0, Q, 0);
  c.f2(214, RW, 0, RS, 0);
  c.f2(215, LW, 0, LS, 0);
  c.f3(216, SF, 0, SL, 0, L, 0);
  c.f2(217, SM, 0, Q, 0);
  c.f3(218, PLa, 0, NF, 0, L, 0);
  c.f3(219, PM, 0, NM, 0, Q, 0);
  c.f3(220, L, 0, SH, 0, L, -1);
  c.f3(221, RB, 0, L, 0, PO, 0);
  c.f3(222, LB, 0, L, 0, PO, 0);
}
