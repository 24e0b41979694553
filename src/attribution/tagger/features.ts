/**
 * Feature extraction for the attribution tagger. Everything that does not
 * depend on the labels already predicted is computed once per document into
 * a flat Int32Array of hashed feature ids (`staticFeatures`); the few features
 * on the previous labels are mixed in during decoding (see decode.ts).
 *
 * What the features capture, and why:
 * - words, lemmas, POS and word shape in a ±2 window: cue verbs, pronoun and
 *   title sources, the "said"/"according to" frames;
 * - a cue lexicon learned from train (how often a lemma is a cue): generalises
 *   to cue verbs seen rarely as a given surface form;
 * - distance and direction to the nearest likely cue in the sentence, and
 *   that cue's lemma: sources sit next to cues, content runs away from them;
 * - quote state (inside “…” or "…", incl. quotes opened at each paragraph of a
 *   multi-paragraph quotation): direct quotes are content;
 * - sentence and paragraph position, whether this, the previous and the next
 *   sentence hold a likely cue or a quotation: PolNeAR content often spans
 *   several sentences and precedes its cue ("…," a source said).
 */
import type { Doc } from '../../doc/doc.js';
import { hashString, f1, f2, f3 } from './hash.js';

/** Lemma -> cue-likelihood bucket (1: seen as a cue sometimes, 2: often, 3: mostly). */
export type CueLexicon = Map<string, number>;

export const N_STATIC = 52;

/** Per-token values the label-dependent features need at decode time. */
export interface DocFeatures {
  n: number;
  /** Features per token in `static`. */
  width: number;
  /** n × width feature hashes. */
  static: Int32Array;
  /** More features per token (n × extraWidth): the stacked pass's, used alongside `static`. */
  extra: Int32Array | null;
  extraWidth: number;
  lower: Int32Array;
  pos: Int32Array;
  shape: Int32Array;
  quote: Int8Array;
  leftCue: Int8Array;
  cueBucket: Int8Array;
  sentStart: Uint8Array;
  /** Token's sentence starts inside a quotation or with a quote mark. */
  sentQuoted: Uint8Array;
}

const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);
const STRAIGHT = new Set(['"', '``', "''"]);

/** Word shape, as in Collins' taggers: letters→X/x, digits→d, runs squeezed, capped at 4 chars. */
export function wordShape(w: string): string {
  let out = '', last = '';
  for (let i = 0; i < w.length && out.length < 4; i++) {
    const c = w.charCodeAt(i);
    const k = charClass(c, w[i]!);
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function charClass(c: number, ch: string): string {
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return ch;
  return ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
}

const bucketDist = (d: number): number => (d <= 0 ? 0 : d === 1 ? 1 : d === 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : 6);

/** FNV-1a hash of wordShape(w), computed without building the string. */
export function shapeHash(w: string): number {
  let x = 0x811c9dc5, len = 0, last = -1;
  for (let i = 0; i < w.length && len < 4; i++) {
    const c = w.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c < 128 ? c : charClass(c, w[i]!).charCodeAt(0);
    if (k !== last) { x = Math.imul(x ^ k, 0x01000193); len++; }
    last = k;
  }
  return x | 0;
}

const h = hashString;

/** Hash of the last three code units, without slicing a new string. */
function suffixHash(w: string): number {
  let x = 0x811c9dc5;
  for (let i = Math.max(0, w.length - 3); i < w.length; i++) x = Math.imul(x ^ w.charCodeAt(i), 0x01000193);
  return x | 0;
}

const PAD = hashString('<pad>');

export function extractFeatures(doc: Doc, lex: CueLexicon): DocFeatures {
  const toks = doc.tokens;
  const n = toks.length;
  const lower = new Int32Array(n), lemma = new Int32Array(n), pos = new Int32Array(n), shape = new Int32Array(n), suf = new Int32Array(n);
  const quote = new Int8Array(n), cueBucket = new Int8Array(n), leftCue = new Int8Array(n), rightCue = new Int8Array(n);
  const leftCueLemma = new Int32Array(n), rightCueLemma = new Int32Array(n);
  const sentStart = new Uint8Array(n), sentQuoted = new Uint8Array(n);

  // Token attributes and quote state. Quote state resets at each paragraph:
  // a quotation running over paragraphs reopens with “ at each one.
  let inQuote = false, lastPara = -1;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    lower[i] = h(t.lower); lemma[i] = h(t.lemma); pos[i] = h(t.pos); shape[i] = shapeHash(t.text);
    suf[i] = suffixHash(t.lower);
    cueBucket[i] = lex.get(t.lemma) ?? 0;
    const para = doc.sentences[t.sentence]?.paragraph ?? 0;
    if (para !== lastPara) { inQuote = false; lastPara = para; }
    const tx = t.text;
    if (OPEN_QUOTES.has(tx) || (STRAIGHT.has(tx) && !inQuote)) { quote[i] = 2; inQuote = true; }
    else if (CLOSE_QUOTES.has(tx) || (STRAIGHT.has(tx) && inQuote)) { quote[i] = 3; inQuote = false; }
    else quote[i] = inQuote ? 1 : 0;
  }

  // Sentence-level facts.
  const S = doc.sentences.length;
  const sentHasCue = new Uint8Array(S), sentHasQuote = new Uint8Array(S);
  for (let s = 0; s < S; s++) {
    const sen = doc.sentences[s]!;
    for (let i = sen.firstToken; i < sen.endToken; i++) {
      if (cueBucket[i]! >= 2) sentHasCue[s] = 1;
      if (quote[i]! > 0) sentHasQuote[s] = 1;
    }
    // Nearest likely cue to the left and right within the sentence.
    let last = -1, lastLemma = PAD;
    for (let i = sen.firstToken; i < sen.endToken; i++) {
      leftCue[i] = last < 0 ? 0 : bucketDist(i - last);
      leftCueLemma[i] = lastLemma;
      if (cueBucket[i]! >= 2) { last = i; lastLemma = lemma[i]!; }
    }
    last = -1; lastLemma = PAD;
    for (let i = sen.endToken - 1; i >= sen.firstToken; i--) {
      rightCue[i] = last < 0 ? 0 : bucketDist(last - i);
      rightCueLemma[i] = lastLemma;
      if (cueBucket[i]! >= 2) { last = i; lastLemma = lemma[i]!; }
    }
    if (sen.endToken > sen.firstToken) {
      sentStart[sen.firstToken] = 1;
      const q = quote[sen.firstToken]!;
      for (let i = sen.firstToken; i < sen.endToken; i++) sentQuoted[i] = q === 1 || q === 2 ? 1 : 0;
    }
  }

  const F = new Int32Array(n * N_STATIC);
  const at = (a: Int32Array, i: number): number => (i >= 0 && i < n ? a[i]! : PAD);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const s = t.sentence, sen = doc.sentences[s]!;
    const inSent = i - sen.firstToken, toEnd = sen.endToken - 1 - i;
    const sentPos = inSent === 0 ? 0 : inSent === 1 ? 1 : inSent <= 3 ? 2 : 3;
    const endPos = toEnd === 0 ? 0 : toEnd === 1 ? 1 : toEnd <= 3 ? 2 : 3;
    const paraFirst = s === 0 || doc.sentences[s - 1]!.paragraph !== sen.paragraph ? 1 : 0;
    const paraLast = s === S - 1 || doc.sentences[s + 1]!.paragraph !== sen.paragraph ? 1 : 0;
    const prevCue = s > 0 ? sentHasCue[s - 1]! : 2, nextCue = s < S - 1 ? sentHasCue[s + 1]! : 2;
    const q = quote[i]!, cb = cueBucket[i]!, lc = leftCue[i]!, rc = rightCue[i]!;
    const o = i * N_STATIC;
    let k = 0;
    F[o + k++] = f1(1, 0);
    F[o + k++] = f1(2, lower[i]!);
    F[o + k++] = f1(3, at(lower, i - 1));
    F[o + k++] = f1(4, at(lower, i + 1));
    F[o + k++] = f1(5, at(lower, i - 2));
    F[o + k++] = f1(6, at(lower, i + 2));
    F[o + k++] = f1(7, lemma[i]!);
    F[o + k++] = f2(8, at(lemma, i - 1), lemma[i]!);
    F[o + k++] = f2(9, lemma[i]!, at(lemma, i + 1));
    F[o + k++] = f1(10, pos[i]!);
    F[o + k++] = f1(11, at(pos, i - 1));
    F[o + k++] = f1(12, at(pos, i + 1));
    F[o + k++] = f2(13, at(pos, i - 1), pos[i]!);
    F[o + k++] = f2(14, pos[i]!, at(pos, i + 1));
    F[o + k++] = f3(15, at(pos, i - 2), at(pos, i - 1), pos[i]!);
    F[o + k++] = f1(16, shape[i]!);
    F[o + k++] = f1(17, suf[i]!);
    F[o + k++] = f1(18, q);
    F[o + k++] = f2(19, q, pos[i]!);
    F[o + k++] = f1(20, cb);
    F[o + k++] = f1(21, i > 0 ? cueBucket[i - 1]! : 9);
    F[o + k++] = f1(22, i < n - 1 ? cueBucket[i + 1]! : 9);
    F[o + k++] = f2(23, cb, pos[i]!);
    F[o + k++] = f1(24, lc);
    F[o + k++] = f1(25, rc);
    F[o + k++] = f2(26, lc, rc);
    F[o + k++] = f2(27, lc, pos[i]!);
    F[o + k++] = f2(28, rc, pos[i]!);
    F[o + k++] = f2(29, lc, leftCueLemma[i]!);
    F[o + k++] = f2(30, rc, rightCueLemma[i]!);
    F[o + k++] = f2(31, sentPos, endPos);
    F[o + k++] = f3(32, sentPos, paraFirst, q);
    F[o + k++] = f2(33, paraFirst, paraLast);
    F[o + k++] = f3(34, sentHasCue[s]!, sentHasQuote[s]!, q);
    F[o + k++] = f3(35, prevCue, nextCue, q);
    F[o + k++] = f2(36, prevCue, sentHasCue[s]!);
    F[o + k++] = f2(37, nextCue, sentHasCue[s]!);
    F[o + k++] = f2(38, lower[i]!, q);
    F[o + k++] = f2(39, at(lower, i - 1), lower[i]!);
    F[o + k++] = f2(40, lower[i]!, at(lower, i + 1));
    F[o + k++] = f3(41, lc, rc, q);
    F[o + k++] = f2(42, sentQuoted[i]!, q);
    F[o + k++] = f3(43, rc, rightCueLemma[i]!, pos[i]!);
    F[o + k++] = f3(44, lc, leftCueLemma[i]!, pos[i]!);
    F[o + k++] = f2(45, at(shape, i - 1), shape[i]!);
    F[o + k++] = f2(46, shape[i]!, at(shape, i + 1));
    F[o + k++] = f2(47, at(pos, i + 1), at(pos, i + 2));
    F[o + k++] = f2(48, at(lemma, i + 1), at(lemma, i + 2));
    F[o + k++] = f2(49, at(lemma, i - 2), at(lemma, i - 1));
    F[o + k++] = f3(50, cb, i < n - 1 ? cueBucket[i + 1]! : 9, pos[i]!);
    F[o + k++] = f2(51, sentPos, pos[i]!);
    F[o + k++] = f2(52, endPos, pos[i]!);
  }
  return { n, width: N_STATIC, static: F, extra: null, extraWidth: 0, lower, pos, shape, quote, leftCue, cueBucket, sentStart, sentQuoted };
}

/** Builds the cue lexicon from gold-labelled documents: lemma -> bucket of P(cue | lemma). */
export function buildCueLexicon(docs: Array<{ doc: Doc; labels: Uint8Array }>, isCue: (l: number) => boolean): CueLexicon {
  const total = new Map<string, number>(), cue = new Map<string, number>();
  for (const { doc, labels } of docs) {
    doc.tokens.forEach((t, i) => {
      total.set(t.lemma, (total.get(t.lemma) ?? 0) + 1);
      if (isCue(labels[i]!)) cue.set(t.lemma, (cue.get(t.lemma) ?? 0) + 1);
    });
  }
  const lex: CueLexicon = new Map();
  for (const [lemma, c] of cue) {
    const tot = total.get(lemma)!;
    if (c < 2) continue;
    const p = c / tot;
    const b = p >= 0.5 ? 3 : p >= 0.2 ? 2 : p >= 0.05 ? 1 : 0;
    if (b) lex.set(lemma, b);
  }
  return lex;
}
