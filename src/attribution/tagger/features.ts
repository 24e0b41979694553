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
import { Recorder, hashString, padded } from './hash.js';
import { int32s, int8s, uint8s } from './scratch.js';

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
  /** Lower-cased word, POS, quote state and cue bucket hashes padded by two on each side (see Cols), for boundary.ts. */
  padded: { LO: Int32Array; PO: Int32Array; Q: Int32Array; CB: Int32Array };
  /**
   * Lazy extraction (extractFeatures(…, true)): `static` is empty and these
   * are its templates' recorded calls, which the fused kernel sums without
   * writing the ids (simd.ts); staticIds writes them when a JS path needs them.
   */
  staticT?: Recorder | null;
  /** The same for `extra` (stackFeatures(…, true)); see extraIds. */
  extraT?: Recorder | null;
}

/** df.static, written from the recorded templates first if extraction was lazy. */
export function staticIds(df: DocFeatures): Int32Array {
  if (df.staticT) { df.static = df.staticT.replay(); df.staticT = null; }
  return df.static;
}

/** df.extra, likewise. */
export function extraIds(df: DocFeatures): Int32Array | null {
  if (df.extraT) { df.extra = df.extraT.replay(); df.extraT = null; }
  return df.extra;
}

const OPEN = 1, CLOSE = 2, STRAIGHT = 3;
/**
 * Which quotation mark a token is: opening (“ « „), closing (” »), straight
 * (" and the `` '' pairs) or none (0). Char codes, not Set lookups: this runs
 * for every token, and hashing each token's string was a measurable share of
 * feature extraction.
 */
function quoteMark(tx: string): number {
  const c = tx.charCodeAt(0);
  if (tx.length === 1) return c === 0x201c || c === 0xab || c === 0x201e ? OPEN : c === 0x201d || c === 0xbb ? CLOSE : c === 0x22 ? STRAIGHT : 0;
  return tx.length === 2 && (c === 0x60 || c === 0x27) && tx.charCodeAt(1) === c ? STRAIGHT : 0;
}

/** Hashes of the POS tags, a dozen strings: looked up instead of hashed again at every token. */
const posHashes = new Map<string, number>();
export const posHash = (tag: string): number => {
  let v = posHashes.get(tag);
  if (v === undefined) posHashes.set(tag, (v = hashString(tag)));
  return v;
};

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

/**
 * The cue lexicon as an open-addressing table keyed by the lemma's FNV hash
 * (which extraction computes anyway), so that a lookup hashes no string: a
 * Map lookup by the token's lemma string was ~20 % of extraction. Exact: a
 * slot whose hash matches is taken only if its lemma is the same string.
 * Built once per lexicon (lexicons are not changed once built).
 */
class LexTable {
  readonly keys: Int32Array;
  /** Entry index + 1 per slot, 0 when empty. */
  readonly slot: Int32Array;
  readonly lemmas: string[] = [];
  readonly buckets: number[] = [];
  readonly mask: number;
  constructor(lex: CueLexicon) {
    let size = 16;
    while (size < lex.size * 4) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.slot = new Int32Array(size);
    for (const [lemma, b] of lex) {
      const x = hashString(lemma);
      let j = Math.imul(x, -1640531535) >>> 0 & this.mask;
      while (this.slot[j]) j = (j + 1) & this.mask;
      this.keys[j] = x;
      this.lemmas.push(lemma);
      this.buckets.push(b);
      this.slot[j] = this.lemmas.length;
    }
  }
  /** lex.get(lemma) ?? 0, given x = hashString(lemma). */
  get(lemma: string, x: number): number {
    const keys = this.keys, slot = this.slot, mask = this.mask;
    for (let j = Math.imul(x, -1640531535) >>> 0 & mask; ; j = (j + 1) & mask) {
      const e = slot[j]!;
      if (e === 0) return 0;
      if (keys[j] === x && this.lemmas[e - 1] === lemma) return this.buckets[e - 1]!;
    }
  }
}

const lexTables = new WeakMap<CueLexicon, LexTable>();
function lexTable(lex: CueLexicon): LexTable {
  let t = lexTables.get(lex);
  if (!t || t.lemmas.length !== lex.size) lexTables.set(lex, (t = new LexTable(lex)));
  return t;
}

/**
 * The features of a document. With `lazy`, the template ids are not written:
 * `static` is empty and `staticT` holds the recorded template calls (for the
 * fused kernel; staticIds writes the same ids). Training takes the ids.
 */
export function extractFeatures(doc: Doc, lex: CueLexicon, lazy = false): DocFeatures {
  const toks = doc.tokens;
  const n = toks.length;
  const lower = int32s(n), lemma = int32s(n), pos = int32s(n), shape = int32s(n), suf = int32s(n);
  const quote = int8s(n), cueBucket = int8s(n), leftCue = int8s(n), rightCue = int8s(n);
  const leftCueLemma = int32s(n), rightCueLemma = int32s(n);
  const sentStart = uint8s(n), sentQuoted = uint8s(n);

  // Token attributes and quote state. Quote state resets at each paragraph:
  // a quotation running over paragraphs reopens with “ at each one.
  let inQuote = false, lastPara = -1, lastSent = NaN, para = 0;
  const lt = lexTable(lex);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const le = h(t.lemma);
    lower[i] = h(t.lower); lemma[i] = le; pos[i] = posHash(t.pos); shape[i] = shapeHash(t.text);
    suf[i] = suffixHash(t.lower);
    cueBucket[i] = lt.get(t.lemma, le);
    // The sentence's paragraph, looked up again only when the sentence changes.
    if (t.sentence !== lastSent) { lastSent = t.sentence; para = doc.sentences[lastSent]?.paragraph ?? 0; }
    if (para !== lastPara) { inQuote = false; lastPara = para; }
    const mark = quoteMark(t.text);
    if (mark === OPEN || (mark === STRAIGHT && !inQuote)) { quote[i] = 2; inQuote = true; }
    else if (mark === CLOSE || (mark === STRAIGHT && inQuote)) { quote[i] = 3; inQuote = false; }
    else quote[i] = inQuote ? 1 : 0;
  }

  // Sentence-level facts.
  const S = doc.sentences.length;
  const sentHasCue = uint8s(S), sentHasQuote = uint8s(S);
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

  // Per-token values for the templates, in arrays padded by two on each side
  // (see Cols) so that neighbours need no bounds checks.
  const P = (a: ArrayLike<number>, pad: number): Int32Array => padded(a, n, pad);
  const sentPos = int32s(n), endPos = int32s(n), paraFirst = int32s(n), paraLast = int32s(n);
  const prevCue = int32s(n), nextCue = int32s(n), hasCue = int32s(n), hasQuote = int32s(n);
  for (let s = 0; s < S; s++) {
    const sen = doc.sentences[s]!;
    const pf = s === 0 || doc.sentences[s - 1]!.paragraph !== sen.paragraph ? 1 : 0;
    const pl = s === S - 1 || doc.sentences[s + 1]!.paragraph !== sen.paragraph ? 1 : 0;
    const pc = s > 0 ? sentHasCue[s - 1]! : 2, nc = s < S - 1 ? sentHasCue[s + 1]! : 2;
    for (let i = sen.firstToken; i < sen.endToken; i++) {
      const inSent = i - sen.firstToken, toEnd = sen.endToken - 1 - i;
      sentPos[i] = inSent === 0 ? 0 : inSent === 1 ? 1 : inSent <= 3 ? 2 : 3;
      endPos[i] = toEnd === 0 ? 0 : toEnd === 1 ? 1 : toEnd <= 3 ? 2 : 3;
      paraFirst[i] = pf; paraLast[i] = pl; prevCue[i] = pc; nextCue[i] = nc;
      hasCue[i] = sentHasCue[s]!; hasQuote[i] = sentHasQuote[s]!;
    }
  }
  const LO = P(lower, PAD), LE = P(lemma, PAD), PO = P(pos, PAD), SH = P(shape, PAD), SU = P(suf, PAD);
  const Q = P(quote, 0), CB = P(cueBucket, 9), LC = P(leftCue, 0), RC = P(rightCue, 0);
  const LCL = P(leftCueLemma, 0), RCL = P(rightCueLemma, 0), SP = P(sentPos, 0), EP = P(endPos, 0);
  const PF = P(paraFirst, 0), PL = P(paraLast, 0), PC = P(prevCue, 0), NC = P(nextCue, 0);
  const HC = P(hasCue, 0), HQ = P(hasQuote, 0), SQ = P(sentQuoted, 0), ZERO = P([], 0);

  const T = new Recorder(n, N_STATIC);
  staticTemplates(T, { LO, LE, PO, SH, SU, Q, CB, LC, RC, LCL, RCL, SP, EP, PF, PL, PC, NC, HC, HQ, SQ, ZERO });
  if (T.k !== N_STATIC) throw new Error(`feature templates: ${T.k}, expected ${N_STATIC}`);
  return {
    n, width: N_STATIC, static: lazy ? EMPTY : T.replay(), extra: null, extraWidth: 0, lower, pos, shape, quote, leftCue, cueBucket, sentStart, sentQuoted,
    padded: { LO, PO, Q, CB }, staticT: lazy ? T : null,
  };
}

const EMPTY = new Int32Array(0);

/** The per-token values the templates read, padded by two on each side (see Cols). */
interface Values {
  LO: Int32Array; LE: Int32Array; PO: Int32Array; SH: Int32Array; SU: Int32Array; Q: Int32Array; CB: Int32Array;
  LC: Int32Array; RC: Int32Array; LCL: Int32Array; RCL: Int32Array; SP: Int32Array; EP: Int32Array; PF: Int32Array;
  PL: Int32Array; PC: Int32Array; NC: Int32Array; HC: Int32Array; HQ: Int32Array; SQ: Int32Array; ZERO: Int32Array;
}

/** The first pass's templates, in column order: the one list, for the ids (Recorder.replay) and the fused kernel alike. */
function staticTemplates(c: Recorder, V: Values): void {
  const { LO, LE, PO, SH, SU, Q, CB, LC, RC, LCL, RCL, SP, EP, PF, PL, PC, NC, HC, HQ, SQ, ZERO } = V;
  c.f1(1, ZERO, 0);
  c.f1(2, LO, 0);
  c.f1(3, LO, -1);
  c.f1(4, LO, 1);
  c.f1(5, LO, -2);
  c.f1(6, LO, 2);
  c.f1(7, LE, 0);
  c.f2(8, LE, -1, LE, 0);
  c.f2(9, LE, 0, LE, 1);
  c.f1(10, PO, 0);
  c.f1(11, PO, -1);
  c.f1(12, PO, 1);
  c.f2(13, PO, -1, PO, 0);
  c.f2(14, PO, 0, PO, 1);
  c.f3(15, PO, -2, PO, -1, PO, 0);
  c.f1(16, SH, 0);
  c.f1(17, SU, 0);
  c.f1(18, Q, 0);
  c.f2(19, Q, 0, PO, 0);
  c.f1(20, CB, 0);
  c.f1(21, CB, -1);
  c.f1(22, CB, 1);
  c.f2(23, CB, 0, PO, 0);
  c.f1(24, LC, 0);
  c.f1(25, RC, 0);
  c.f2(26, LC, 0, RC, 0);
  c.f2(27, LC, 0, PO, 0);
  c.f2(28, RC, 0, PO, 0);
  c.f2(29, LC, 0, LCL, 0);
  c.f2(30, RC, 0, RCL, 0);
  c.f2(31, SP, 0, EP, 0);
  c.f3(32, SP, 0, PF, 0, Q, 0);
  c.f2(33, PF, 0, PL, 0);
  c.f3(34, HC, 0, HQ, 0, Q, 0);
  c.f3(35, PC, 0, NC, 0, Q, 0);
  c.f2(36, PC, 0, HC, 0);
  c.f2(37, NC, 0, HC, 0);
  c.f2(38, LO, 0, Q, 0);
  c.f2(39, LO, -1, LO, 0);
  c.f2(40, LO, 0, LO, 1);
  c.f3(41, LC, 0, RC, 0, Q, 0);
  c.f2(42, SQ, 0, Q, 0);
  c.f3(43, RC, 0, RCL, 0, PO, 0);
  c.f3(44, LC, 0, LCL, 0, PO, 0);
  c.f2(45, SH, -1, SH, 0);
  c.f2(46, SH, 0, SH, 1);
  c.f2(47, PO, 1, PO, 2);
  c.f2(48, LE, 1, LE, 2);
  c.f2(49, LE, -2, LE, -1);
  c.f3(50, CB, 0, CB, 1, PO, 0);
  c.f2(51, SP, 0, PO, 0);
  c.f2(52, EP, 0, PO, 0);
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
