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
import { f1, f2, f3 } from './hash.js';
import { labelType } from './labels.js';

export const N_STACK = 22;


const TYPE_CODE = { Source: 1, Cue: 2, Content: 3 } as const;
const code = (l: number): number => { const t = labelType(l); return t ? TYPE_CODE[t] : 0; };
const bucket = (d: number): number => (d < 0 ? 0 : d <= 1 ? 1 : d <= 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : d <= 40 ? 6 : 7);

export function stackFeatures(doc: Doc, base: DocFeatures, first: Uint8Array): DocFeatures {
  const n = base.n, W = N_STACK;
  const F = new Int32Array(n * W);
  const L = (i: number): number => (i >= 0 && i < n ? first[i]! : 99);

  // Nearest predicted cue token to the left / right (any sentence), with its word.
  const leftCue = new Int32Array(n).fill(-1), rightCue = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) { leftCue[i] = last; if (code(first[i]!) === 2) last = i; }
  for (let i = n - 1, last = -1; i >= 0; i--) { rightCue[i] = last; if (code(first[i]!) === 2) last = i; }

  // Per sentence: first / last label type and what it contains.
  const S = doc.sentences.length;
  const sFirst = new Int8Array(S), sLast = new Int8Array(S), sMask = new Int8Array(S);
  for (let s = 0; s < S; s++) {
    const sen = doc.sentences[s]!;
    if (sen.endToken <= sen.firstToken) continue;
    sFirst[s] = code(first[sen.firstToken]!);
    let last = sen.endToken - 1;
    if (last > sen.firstToken && doc.tokens[last]!.pos === 'PUNCT') last--;
    sLast[s] = code(first[last]!);
    for (let i = sen.firstToken; i < sen.endToken; i++) sMask[s] |= 1 << code(first[i]!);
  }

  for (let i = 0; i < n; i++) {
    const o = i * W;
    const s = doc.tokens[i]!.sentence;
    const lc = leftCue[i]!, rc = rightCue[i]!;
    const lcSent = lc < 0 ? -1 : s - doc.tokens[lc]!.sentence, rcSent = rc < 0 ? -1 : doc.tokens[rc]!.sentence - s;
    const q = base.quote[i]!;
    let k = 0;
    F[o + k++] = f1(201, L(i));
    F[o + k++] = f1(202, L(i - 1));
    F[o + k++] = f1(203, L(i + 1));
    F[o + k++] = f2(204, L(i - 1), L(i));
    F[o + k++] = f2(205, L(i), L(i + 1));
    F[o + k++] = f3(206, L(i - 1), L(i), L(i + 1));
    F[o + k++] = f2(207, L(i - 2), L(i + 2));
    F[o + k++] = f2(208, L(i), base.lower[i]!);
    F[o + k++] = f2(209, L(i), base.pos[i]!);
    F[o + k++] = f3(210, L(i), L(i + 1), base.pos[i]!);
    F[o + k++] = f3(211, bucket(lc < 0 ? -1 : i - lc), Math.min(lcSent, 3), L(i));
    F[o + k++] = f3(212, bucket(rc < 0 ? -1 : rc - i), Math.min(rcSent, 3), L(i));
    F[o + k++] = f3(213, Math.min(lcSent, 3), Math.min(rcSent, 3), q);
    F[o + k++] = f2(214, rc < 0 ? 0 : base.lower[rc]!, Math.min(rcSent, 3));
    F[o + k++] = f2(215, lc < 0 ? 0 : base.lower[lc]!, Math.min(lcSent, 3));
    F[o + k++] = f3(216, sFirst[s]!, sLast[s]!, L(i));
    F[o + k++] = f2(217, sMask[s]!, q);
    F[o + k++] = f3(218, s > 0 ? sLast[s - 1]! : 9, s < S - 1 ? sFirst[s + 1]! : 9, L(i));
    F[o + k++] = f3(219, s > 0 ? sMask[s - 1]! : 0, s < S - 1 ? sMask[s + 1]! : 0, q);
    F[o + k++] = f3(220, L(i), base.shape[i]!, L(i - 1));
    F[o + k++] = f3(221, bucket(rc < 0 ? -1 : rc - i), L(i), base.pos[i]!);
    F[o + k++] = f3(222, bucket(lc < 0 ? -1 : i - lc), L(i), base.pos[i]!);
  }
  // The first-pass features are used as they are, from `static`.
  return { ...base, extra: F, extraWidth: W };
}
