/**
 * Span boundary re-ranking. The tagger labels tokens one at a time and is
 * scored on whole spans: its content runs overlap the gold content well
 * (token F1 ~85) but start or end at the wrong token about a third of the
 * time ("…in 2012[, but still lost the election]", "[the health of Donald
 * Trump][, who is 70]", a run that starts at the sentence instead of after
 * "pointing out"); cue and source runs likewise ("continued[:]", "said
 * [Friday]"). Whether a span boundary is right is a question about the whole
 * span — what lies between the candidate and the tagger's boundary, the
 * clause structure there, where the cue is — which token features cannot ask.
 *
 * So for each tagged run, every token position near its start (and near its
 * end) in the same sentence is a candidate boundary, scored by a linear model
 * over boundary features; the best candidate wins (the tagger's own boundary
 * is one of them, marked by offset 0). The model is a ranking perceptron
 * (Collins & Duffy 2002), averaged, trained on the tagger's jackknifed output
 * on train (what it will see on unseen text), with the gold boundary as the
 * target when it is among the candidates. Sides the tagger was sure of are
 * not scored (`settled`), which keeps the cost near 0.1 ms per article.
 *
 * Cue and source runs never grow into another run. Content may: over other
 * content (the runs become one) or over a cue and its source (a nested
 * attribution; see `free`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Doc } from '../../doc/doc.js';
import type { DocFeatures } from './features.js';
import { hashString, seed } from './hash.js';
import { rng, shuffle } from './perceptron.js';
import { tokenRun, type TokenRun } from './spans.js';

/**
 * How far candidates lie from the tagger's boundary, outward (the span grows)
 * and inward (it shrinks), per span type and side. Content boundaries are
 * off by more tokens than cue and source ones. Inward moves of more than a
 * few tokens, and of cue and source starts, were rarely chosen on dev, so
 * they are not offered (each candidate costs time). Wider reaches (content
 * 12, 20, 40) found a few more gold boundaries but chose no better.
 */
const REACH = {
  Content: { startOut: 8, startIn: 4, endOut: 8, endIn: 3 },
  Cue: { startOut: 3, startIn: 0, endOut: 3, endIn: 3 },
  Source: { startOut: 4, startIn: 0, endOut: 4, endIn: 3 },
} as const;
/** Feature ids per candidate. */
export const N_FEATS = 15;

const mx = (a: number, b: number): number => (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + b) | 0;
/** Template seeds, 20 for each span type (content, cue, source) and side: each has its own weights. */
const SEEDS = Int32Array.from({ length: 120 }, (_, t) => seed(300 + t));
const TYPE_BASE = { Content: 0, Cue: 40, Source: 80 } as const;

/** Signed offset bucket: 0 for the tagger's boundary, 1..5 outward (span grows), 7..11 inward. */
const offBucket = (d: number): number => {
  const a = d < 0 ? -d : d;
  const b = a === 0 ? 0 : a === 1 ? 1 : a === 2 ? 2 : a <= 4 ? 3 : a <= 8 ? 4 : 5;
  return d < 0 ? b + 6 : b;
};

/**
 * What the boundary features read about a document, built once per document.
 * Arrays named in capitals are padded by two on each side (token i at i + 2):
 * LO / PO / Q / CB are the tagger's own (DocFeatures.padded).
 */
export interface BoundaryInput {
  doc: Doc;
  n: number;
  /** Span type code per token from the runs (0 O, 1 source, 2 cue, 3 content; 9 padding). */
  TY: Int32Array;
  LO: Int32Array;
  PO: Int32Array;
  Q: Int32Array;
  CB: Int32Array;
  /** Distance to the nearest cue token before / after, in the sentence (bucketed; 0 none). */
  cueBefore: Int8Array;
  cueAfter: Int8Array;
  /** Per token, how much the tagger preferred content over any other label (decode's `margin`). */
  margin: Float32Array;
  /** Per token, how far its label's span type won over the others (decode's `sure`). */
  sure: Float32Array;
  /** Token starts a sentence (DocFeatures.sentStart). */
  sentStart: Uint8Array;
}

/** Sign and rough size of a content margin (the scores run to about ±300). */
export const confBucket = (m: number): number => {
  const a = m < 0 ? -m : m;
  const b = a < 10 ? 0 : a < 30 ? 1 : a < 60 ? 2 : a < 100 ? 3 : a < 160 ? 4 : 5;
  return m < 0 ? b + 6 : b;
};

const TYPE_CODE = { Source: 1, Cue: 2, Content: 3 } as const;
const distBucket = (d: number): number => (d <= 0 ? 0 : d === 1 ? 1 : d === 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : 5);
const H_VERB = hashString('VERB'), H_AUX = hashString('AUX');
const H_COMMA = hashString(','), H_SEMI = hashString(';'), H_COLON = hashString(':'), H_EM = hashString('—'), H_EN = hashString('–'), H_DASH = hashString('-');
const H_THAT = hashString('that');

/** Per-document arrays, reused from one document to the next (fresh typed arrays for every document cost more than the work on them). */
let tyBuf = new Int32Array(0), beforeBuf = new Int8Array(0), afterBuf = new Int8Array(0);

/** The BoundaryInput of a document; its arrays are valid until the next call. */
export function boundaryInput(doc: Doc, df: DocFeatures, runs: TokenRun[], margin: Float32Array, sure: Float32Array): BoundaryInput {
  const n = df.n;
  if (tyBuf.length < n + 4) { tyBuf = new Int32Array(2 * n + 4); beforeBuf = new Int8Array(2 * n); afterBuf = new Int8Array(2 * n); }
  const TY = tyBuf, cueBefore = beforeBuf, cueAfter = afterBuf;
  TY.fill(0, 0, n + 4);
  TY[0] = TY[1] = TY[n + 2] = TY[n + 3] = 9;
  for (const r of runs) { const c = TYPE_CODE[r.type]; for (let i = r.first + 2; i <= r.last + 2; i++) TY[i] = c; }
  // Nearest cue before / after within the sentence, in one pass each way (sentences from DocFeatures.sentStart).
  const sentStart = df.sentStart;
  for (let i = 0, last = -1; i < n; i++) {
    if (sentStart[i]) last = -1;
    cueBefore[i] = last < 0 ? 0 : distBucket(i - last);
    if (TY[i + 2] === 2) last = i;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    cueAfter[i] = last < 0 ? 0 : distBucket(last - i);
    if (TY[i + 2] === 2) last = i;
    if (sentStart[i]) last = -1;
  }
  const { LO, PO, Q, CB } = df.padded;
  return { doc, n, TY, LO, PO, Q, CB, cueBefore, cueAfter, margin, sure, sentStart: df.sentStart };
}

/** What token i adds to `seg`: bit 0 cue, 1 verb, 2 comma-like, 3 quotation mark, 4 source, 5 content (of another run). */
function segBits(x: BoundaryInput, i: number): number {
  const t = x.TY[i + 2]!, p = x.PO[i + 2]!, l = x.LO[i + 2]!;
  return (t === 2 ? 1 : 0) | (p === H_VERB || p === H_AUX ? 2 : 0) |
    (l === H_COMMA || l === H_SEMI || l === H_COLON || l === H_EM || l === H_EN || l === H_DASH ? 4 : 0) |
    (x.Q[i + 2]! >= 2 ? 8 : 0) | (t === 1 ? 16 : 0) | (t === 3 ? 32 : 0);
}

/** confBucket of token i's margin; 12 outside the document. */
const conf = (x: BoundaryInput, i: number): number => (i >= 0 && i < x.n ? confBucket(x.margin[i]!) : 12);

/**
 * Whether run r may grow over token i: a token outside any run, or for
 * content also another run: over content, the two become one ("in favor |
 * of Hillary Clinton"); over a cue (and its source), the content nests an
 * attribution of its own ("[Secret Service protocol called for the nominee
 * to be taken …], sources said", where "called for" keeps its own content).
 */
const free = (x: BoundaryInput, r: TokenRun, i: number): boolean => x.TY[i + 2] === 0 || r.type === 'Content';

/** The candidate range [lo, hi] for one side of run `r`: within its sentence, REACH tokens, never into another run (but see `free`). */
export function candidateRange(x: BoundaryInput, r: TokenRun, side: 'start' | 'end'): [number, number] {
  const reach = REACH[r.type], ss = x.sentStart, n = x.n;
  const at = side === 'start' ? r.first : r.last;
  // Within the sentence: lo never steps back over a sentence start, hi never onto the next one.
  let lo = at, hi = at;
  if (side === 'start') {
    while (!ss[lo] && lo > 0 && at - (lo - 1) <= reach.startOut && free(x, r, lo - 1)) lo--;
    while (hi + 1 <= r.last && hi + 1 < n && !ss[hi + 1] && hi + 1 - at <= reach.startIn) hi++;
  } else {
    while (hi + 1 < n && !ss[hi + 1] && hi + 1 - at <= reach.endOut && free(x, r, hi + 1)) hi++;
    while (lo - 1 >= r.first && !ss[lo] && lo > 0 && at - (lo - 1) <= reach.endIn) lo--;
  }
  return [lo, hi];
}

/**
 * Feature ids of candidate `b` for the start (the span begins at token b) or
 * the end (the span ends with token b) of run `r`, into out[o, o + N_FEATS).
 * `seg` is the OR of segBits of the tokens between the tagger's boundary and
 * b (added or removed), `segConf` the bucketed margin of the least
 * content-like token added or the most content-like one removed. The 15
 * templates are what was left of 30 after dropping those that did not help
 * on dev (docs/accuracy-attribution.md).
 */
export function candidateFeatures(x: BoundaryInput, r: TokenRun, start: boolean, b: number, seg: number, segConf: number, out: Int32Array, o: number): void {
  const S = start ? TYPE_BASE[r.type] : TYPE_BASE[r.type] + 20;
  const { LO, PO, TY, Q, CB } = x;
  // Padded indices: the candidate's own token (inside the span), its neighbour outside, and the one beyond that.
  const inner = b + 2, outer = start ? b + 1 : b + 3, beyond = start ? b : b + 4;
  const ob = offBucket(start ? r.first - b : b - r.last);
  const sentEdge = start ? (b === 0 || x.sentStart[b] ? 1 : 0) : (b + 1 >= x.n || x.sentStart[b + 1] ? 1 : 0);
  const cfIn = conf(x, b), cfOut = conf(x, outer - 2);
  const lo = LO[outer]!;
  const word = lo === H_COMMA ? 1 : lo === H_THAT ? 2 : 0;
  const grown = start ? b < r.first : b > r.last;
  out[o] = (SEEDS[S]! + ob) | 0;
  out[o + 1] = (SEEDS[S + 1]! + LO[inner]!) | 0;
  out[o + 2] = mx(mx((SEEDS[S + 2]! + ob) | 0, TY[outer]!), sentEdge);
  out[o + 3] = start ? mx(mx((SEEDS[S + 3]! + ob) | 0, Q[outer]!), Q[inner]!) : mx(mx((SEEDS[S + 3]! + ob) | 0, Q[inner]!), Q[outer]!);
  out[o + 4] = start ? mx((SEEDS[S + 4]! + CB[outer]!) | 0, LO[inner]!) : mx((SEEDS[S + 4]! + lo) | 0, LO[beyond]!);
  out[o + 5] = mx(mx((SEEDS[S + 5]! + sentEdge) | 0, PO[inner]!), ob);
  out[o + 6] = mx(mx((SEEDS[S + 6]! + (start ? x.cueBefore[b]! : x.cueAfter[b]!)) | 0, lo), PO[inner]!);
  out[o + 7] = mx((SEEDS[S + 7]! + seg) | 0, grown ? LO[inner]! : lo);
  out[o + 8] = mx(mx((SEEDS[S + 8]! + ob) | 0, word), TY[outer]!);
  out[o + 9] = mx((SEEDS[S + 9]! + (start ? x.cueAfter[r.last]! : x.cueBefore[r.first]!)) | 0, ob);
  out[o + 10] = start ? mx(mx((SEEDS[S + 10]! + PO[beyond]!) | 0, PO[outer]!), PO[inner]!) : mx(mx((SEEDS[S + 10]! + PO[inner]!) | 0, PO[outer]!), PO[beyond]!);
  out[o + 11] = mx((SEEDS[S + 11]! + ob) | 0, cfIn);
  out[o + 12] = mx((SEEDS[S + 12]! + ob) | 0, cfOut);
  out[o + 13] = mx((SEEDS[S + 13]! + ob) | 0, segConf);
  out[o + 14] = mx((SEEDS[S + 14]! + cfIn) | 0, cfOut);
}

/** Room for the candidates of one side. */
const MAX_CANDIDATES = 1 + Math.max(...Object.values(REACH).flatMap((r) => [r.startOut + r.startIn, r.endOut + r.endIn]));
/** Candidates of the side being scored: token positions and their features (N_FEATS each). */
const candPos = new Int32Array(MAX_CANDIDATES);
const candFeats = new Int32Array(MAX_CANDIDATES * N_FEATS);

/**
 * The candidates of one side of run r into candPos / candFeats, the
 * tagger's boundary first, then outward, then inward; returns their number.
 */
function candidates(x: BoundaryInput, r: TokenRun, side: 'start' | 'end'): number {
  const [lo, hi] = candidateRange(x, r, side);
  const start = side === 'start';
  const at = start ? r.first : r.last;
  let c = 0;
  // seg / segConf accumulate over the tokens between `at` and b: for the
  // start, moving b left adds token b and moving right removes token b-1; for the end, mirrored.
  let seg = 0, ext = 0;
  for (let b = at; b >= lo; b--) {
    if (b < at) {
      const i = start ? b : b + 1;
      seg |= segBits(x, i);
      const m = x.margin[i]!;
      ext = b === at - 1 ? m : start ? Math.min(ext, m) : Math.max(ext, m);
    }
    candidateFeatures(x, r, start, b, seg, b < at ? confBucket(ext) : 12, candFeats, c * N_FEATS);
    candPos[c++] = b;
  }
  seg = 0;
  for (let b = at + 1; b <= hi; b++) {
    const i = start ? b - 1 : b;
    seg |= segBits(x, i);
    const m = x.margin[i]!;
    ext = b === at + 1 ? m : start ? Math.max(ext, m) : Math.min(ext, m);
    candidateFeatures(x, r, start, b, seg, confBucket(ext), candFeats, c * N_FEATS);
    candPos[c++] = b;
  }
  return c;
}

/** A linear scorer over hashed feature ids (one weight per row). */
export class BoundaryModel {
  readonly shift: number;
  constructor(readonly bits: number, readonly w: Float32Array = new Float32Array(1 << bits)) {
    this.shift = 32 - bits;
  }

  row(f: number): number {
    return Math.imul(f, -1640531535) >>> this.shift;
  }

  /** Sum of the weights of feats[from, from + N_FEATS). */
  score(feats: Int32Array, from = 0): number {
    const w = this.w, sh = this.shift;
    let s = 0;
    for (let j = from, end = from + N_FEATS; j < end; j++) s += w[Math.imul(feats[j]!, -1640531535) >>> sh]!;
    return s;
  }
}

/**
 * A boundary the tagger was sure of, by how far each token's label type won
 * (decode's `sure`): the token outside won clearly (≥ 150), or the inside
 * one clearly and the outside one somewhat (≥ 150 and ≥ 20), or both fairly
 * (≥ 60). On dev the re-ranker, scoring every side, moved 19 of the ~7 000
 * such sides (of ~12 000), so they are left as tagged, unscored, in training
 * as at run time: a cascade that more than halves the candidates.
 */
function settled(x: BoundaryInput, r: TokenRun, side: 'start' | 'end'): boolean {
  const inside = side === 'start' ? r.first : r.last, outside = side === 'start' ? r.first - 1 : r.last + 1;
  const out = outside >= 0 && outside < x.n ? x.sure[outside]! : Infinity, inn = x.sure[inside]!;
  return out >= 150 || (inn >= 150 && out >= 20) || (inn >= 60 && out >= 60);
}

/** The best boundary of one side of run r. */
function bestCandidate(m: BoundaryModel, x: BoundaryInput, r: TokenRun, side: 'start' | 'end'): number {
  if (settled(x, r, side)) return side === 'start' ? r.first : r.last;
  const count = candidates(x, r, side);
  let best = 0, bs = -Infinity;
  for (let c = 0; c < count; c++) {
    const s = m.score(candFeats, c * N_FEATS);
    if (s > bs) { bs = s; best = c; }
  }
  return candPos[best]!;
}

export type RefinedTypes = ReadonlySet<TokenRun['type']>;
export const ALL_TYPES: RefinedTypes = new Set(['Content', 'Cue', 'Source']);

/** Runs of the given types with re-ranked boundaries (other runs unchanged; candidates are computed against the original runs). */
export function refineRuns(m: BoundaryModel, doc: Doc, df: DocFeatures, runs: TokenRun[], margin: Float32Array, sure: Float32Array, types: RefinedTypes = ALL_TYPES): TokenRun[] {
  if (!runs.length) return runs;
  const x = boundaryInput(doc, df, runs, margin, sure);
  const nested: TokenRun[] = [], plain: TokenRun[] = [];
  let grewOverContent = false;
  for (const r of runs) {
    if (!types.has(r.type)) { plain.push(r); continue; }
    const first = bestCandidate(m, x, r, 'start'), last = bestCandidate(m, x, r, 'end');
    if (first === r.first && last === r.last) { plain.push(r); continue; }
    const out = first <= last ? tokenRun(r.type, first, last) : r;
    // A content run grown over a cue is nested: it and the runs inside it all
    // stay. Content runs grown over other content (only) become one. (Only
    // the grown parts can hold another run.)
    let overCue = false;
    if (r.type === 'Content') {
      for (let i = out.first; i < r.first; i++) { const t = x.TY[i + 2]; if (t === 2) overCue = true; else if (t === 3) grewOverContent = true; }
      for (let i = r.last + 1; i <= out.last; i++) { const t = x.TY[i + 2]; if (t === 2) overCue = true; else if (t === 3) grewOverContent = true; }
    }
    (overCue ? nested : plain).push(out);
  }
  // Two content runs may also have grown into one gap from both sides.
  for (let k = 1; k < plain.length && !grewOverContent; k++) grewOverContent = plain[k]!.first <= plain[k - 1]!.last;
  const out = grewOverContent ? mergeOverlapping(plain) : plain;
  return nested.length ? [...out, ...nested].sort((a, b) => a.first - b.first || b.last - a.last) : out;
}

/** Content runs that came to overlap (one grew over another) become one; runs stay in order. */
function mergeOverlapping(runs: TokenRun[]): TokenRun[] {
  const sorted = runs.slice().sort((a, b) => a.first - b.first || b.last - a.last);
  const out: TokenRun[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'Content' && r.type === 'Content' && r.first <= prev.last) {
      if (r.last > prev.last) out[out.length - 1] = tokenRun(prev.type, prev.first, r.last);
      continue;
    }
    out.push(r);
  }
  return out;
}

/** One training example: the candidates' features of one side of one run, and which candidate is gold. */
export interface BoundaryExample { feats: Int32Array; count: number; gold: number }

/**
 * Training examples from a document's tagged runs and its gold content
 * fragments (token ranges): for each content run, the start of the first gold
 * fragment it overlaps and the end of the last, when they are candidates.
 */
export function boundaryExamples(doc: Doc, df: DocFeatures, runs: TokenRun[], margin: Float32Array, sure: Float32Array, goldByType: Record<TokenRun['type'], Array<[number, number]>>, keepUnreachable = false): BoundaryExample[] {
  const x = boundaryInput(doc, df, runs, margin, sure);
  const out: BoundaryExample[] = [];
  for (const r of runs) {
    const over = goldByType[r.type].filter(([a, b]) => a <= r.last && r.first <= b);
    if (!over.length) continue;
    const targets = { start: Math.min(...over.map((g) => g[0])), end: Math.max(...over.map((g) => g[1])) };
    for (const side of ['start', 'end'] as const) {
      if (settled(x, r, side)) continue;
      const count = candidates(x, r, side);
      const g = candPos.subarray(0, count).indexOf(targets[side]);
      if (g < 0 && !keepUnreachable) continue;
      out.push({ feats: candFeats.slice(0, count * N_FEATS), count, gold: g });
    }
  }
  return out;
}

/** Averaged ranking perceptron over the examples. */
export function trainBoundary(examples: BoundaryExample[], epochs: number, seedValue: number, bits = 18): BoundaryModel {
  const m = new BoundaryModel(bits), acc = new Float64Array(1 << bits);
  const rand = rng(seedValue), order = examples.slice();
  let t = 1;
  for (let ep = 0; ep < epochs; ep++) {
    for (const e of shuffle(order, rand)) {
      let best = 0, bs = -Infinity;
      for (let c = 0; c < e.count; c++) { const s = m.score(e.feats, c * N_FEATS); if (s > bs) { bs = s; best = c; } }
      if (best !== e.gold) {
        for (let j = 0; j < N_FEATS; j++) {
          const g = m.row(e.feats[e.gold * N_FEATS + j]!), p = m.row(e.feats[best * N_FEATS + j]!);
          m.w[g] += 1; acc[g] += t;
          m.w[p] -= 1; acc[p] -= t;
        }
      }
      t++;
    }
  }
  const avg = new Float32Array(1 << bits);
  for (let j = 0; j < avg.length; j++) avg[j] = m.w[j]! - acc[j]! / t;
  return new BoundaryModel(bits, avg);
}

/** File: "HSAB", u32 bits, then 2^bits float32 weights (little-endian). */
export function saveBoundaryModel(path: string, m: BoundaryModel): number {
  const buf = Buffer.alloc(8 + 4 * m.w.length);
  buf.write('HSAB', 0, 'latin1');
  buf.writeUInt32LE(m.bits, 4);
  for (let j = 0; j < m.w.length; j++) buf.writeFloatLE(m.w[j]!, 8 + 4 * j);
  writeFileSync(path, buf);
  return buf.length;
}

export function loadBoundaryModel(path: string): BoundaryModel {
  const buf = readFileSync(path);
  if (buf.toString('latin1', 0, 4) !== 'HSAB') throw new Error(`${path} is not a hearsay boundary model`);
  const bits = buf.readUInt32LE(4);
  const w = new Float32Array(1 << bits);
  for (let j = 0; j < w.length; j++) w[j] = buf.readFloatLE(8 + 4 * j);
  return new BoundaryModel(bits, w);
}
