/**
 * The attribution filter: a learned second opinion on each attribution the
 * component found, as a whole. The tagger decides token by token, the rules
 * by pattern; neither sees the finished attribution at once: a two-word
 * "cue" with no source and a three-word content ("Stealth [to] Hillary
 * Clinton"), a verb of doing read as a verb of saying ("The FBI [did not
 * recommend] prosecution"). Logistic regressions over the attribution's
 * shape (its cue's words and tags, whether it has a source and what kind,
 * its content's length, quotation and first word, the tags around the cue,
 * its neighbours) estimate how likely it is real; attributions below a
 * threshold are dropped, except what the ledger's other layers read
 * (readByOtherLayers).
 *
 * Trained by `npm run train` (train.ts, trainFilterModel) on the component's
 * own output on PolNeAR train articles it did not see: each half of train is
 * analysed with a tagger trained on the other half, and each attribution is
 * labelled by the gold (its cue on a gold cue; what it says a gold
 * attribution's). Why logistic regression written here: some 18 000
 * examples of 30 sparse hashed features; a dozen lines of SGD do it, and no
 * npm package for sparse hashed features is worth its weight.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attribution, Doc, Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { hashString, mix } from './tagger/hash.js';
import { posHash } from './tagger/features.js';
import { presentsView } from '../layers/hedges.js';
import { isPassiveEvidential } from '../layers/evidential.js';
import { holdsVerificationAct } from '../layers/verification.js';
import { isReckoningCue } from './rules.js';

/** The filter next to a tagger model: it is trained on that tagger's output. */
export const filterModelPath = (taggerPath: string): string => join(dirname(taggerPath), 'attribution-filter.bin');
export const DEFAULT_FILTER_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models', 'attribution-filter.bin');

/**
 * Below this score (FilterModel.probability) an attribution the filter judges
 * is dropped: one it finds more likely wrong than right. On PolNeAR dev
 * (docs/accuracy-attribution.md) 0.3 to 0.6 gave about the same figures,
 * strict relations rising and the team's goldens falling slowly with it.
 */
export const FILTER_THRESHOLD = 0.5;

const MAGIC = 'hearsay-attribution-filter/2';

/**
 * Two logistic regressions over the same features, one table each: whether
 * the cue is a real cue, and whether the attribution says what a real one
 * says (its source and content overlapping a gold attribution's, whatever
 * its cue). Their mean is the score: an attribution is dropped only when
 * both doubt it, so a real report with a misplaced cue ("which said [in a
 * statement] that …") stays.
 */
export class FilterModel {
  constructor(readonly bits: number, readonly cue: Float32Array, readonly relation: Float32Array) {}

  /** The score of an attribution with these features: the mean of the two estimated chances. */
  probability(ids: Int32Array): number {
    return (logistic(this.cue, this.bits, ids) + logistic(this.relation, this.bits, ids)) / 2;
  }
}

const row = (id: number, bits: number): number => Math.imul(id, -1640531535) >>> (32 - bits);

function logistic(w: Float32Array, bits: number, ids: Int32Array): number {
  let z = 0;
  for (let j = 0; j < ids.length; j++) z += w[row(ids[j]!, bits)]!;
  return 1 / (1 + Math.exp(-z));
}

export function saveFilter(path: string, m: FilterModel): number {
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, bits: m.bits }) + '\n');
  const bytes = (w: Float32Array) => Buffer.from(w.buffer, w.byteOffset, w.byteLength);
  const out = Buffer.concat([header, bytes(m.cue), bytes(m.relation)]);
  writeFileSync(path, out);
  return out.length;
}

export function loadFilter(path: string): FilterModel {
  const buf = readFileSync(path);
  const nl = buf.indexOf(10);
  const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as { magic: string; bits: number };
  if (header.magic !== MAGIC) throw new Error(`${path}: not an attribution filter model`);
  const body = buf.subarray(nl + 1), size = 4 << header.bits;
  if (body.length !== 2 * size) throw new Error(`${path}: ${body.length} bytes of weights, expected ${2 * size}`);
  const table = (k: number) => {
    const w = new Float32Array(1 << header.bits);
    new Uint8Array(w.buffer).set(body.subarray(k * size, (k + 1) * size));
    return w;
  };
  return new FilterModel(header.bits, table(0), table(1));
}

let committed: FilterModel | null | undefined;

/** The committed filter, or null when it is missing (then nothing is filtered). */
export function filterModel(): FilterModel | null {
  if (committed === undefined) committed = existsSync(DEFAULT_FILTER_PATH) ? loadFilter(DEFAULT_FILTER_PATH) : null;
  return committed;
}

/** Uses `m` instead of the committed filter from now on (training and tests; null: none). */
export function setFilterModel(m: FilterModel | null): void {
  committed = m;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * What the filter never drops: what the ledger reads beyond PolNeAR's
 * notion of an attribution, which the filter learned: a chain of relays; a
 * well-formed report with any verb; an agentless passive report; a
 * verification act ("declined to comment", "could not verify", "has not
 * formally confirmed", "denied"); a hedged or evidential report ("is
 * believed", "allegedly", "are said to"). PolNeAR's annotators mostly left
 * these out; the ledger's chains, verification and certainty are made of them.
 */
export function readByOtherLayers(doc: Doc, a: Attribution): boolean {
  // A chain ("X, citing unnamed sources, said"): the ledger's chains are made of these.
  if (a.via.length) return true;
  const [c0, c1] = tokenRange(doc, a.cue);
  // A well-formed report, whatever its verb: a source; a verb for the cue, "according to", or any
  // cue before a that-clause ("PhilSA said in [a bulletin] that …"), "by X's count"; a content of three words or
  // more ("Frontex recorded about 48,700 crossings"). PolNeAR's annotators kept to verbs of
  // saying; the ledger wants who reports what, whatever the verb.
  if (a.sourceMention && a.content.length) {
    let words = 0;
    for (const c of a.content) { const [x0, x1] = tokenRange(doc, c); words += x1 - x0; }
    const T = doc.tokens, first = T[doc.tokenAt(a.content[0]!.start)]!;
    const cue = /^(?:VERB|AUX)$/.test(T[c1 - 1]!.pos) || /^according to$/i.test(doc.slice(a.cue)) || isReckoningCue(doc.slice(a.cue)) || (first.lower === 'that' && first.start >= a.cue.end);
    if (cue && words >= 3) return true;
  }
  for (let i = c0; i < c1; i++) if (presentsView(doc.tokens[i]!.lemma)) return true;
  if (isPassiveEvidential(doc, a)) return true;
  // A report with nobody behind it: "It was reported on Monday that …", "it is understood that …".
  if (!a.sourceMention) {
    for (let i = c0; i + 1 < c1; i++) if (BE.has(doc.tokens[i]!.lower) && doc.tokens[i + 1]!.pos === 'VERB') return true;
  }
  // The act may run on past the cue ("declined | to comment"): the cue and what follows it in its sentence, briefly.
  const s = doc.sentences[doc.tokens[c0]!.sentence]!;
  return holdsVerificationAct(doc.text.slice(a.cue.start, Math.min(s.end, a.cue.end + 40)).toLowerCase());
}

/** Length buckets: 0, 1, 2, 3–4, 5–8, 9–16, 17–32, more. */
const bucket = (n: number): number => (n <= 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : n <= 4 ? 3 : n <= 8 ? 4 : n <= 16 ? 5 : n <= 32 ? 6 : 7);

const NONE = hashString('<none>');

/** Token indices [first, end) of a span. */
function tokenRange(doc: Doc, s: Span): [number, number] {
  const first = doc.tokenAt(s.start);
  let end = first;
  while (end < doc.tokens.length && doc.tokens[end]!.start < s.end) end++;
  return [first, Math.max(end, first + 1)];
}

/** One value per template, template numbers as in the list below; hashed, never built as strings. */
export function filterFeatures(doc: Doc, a: Attribution, all: readonly Attribution[]): Int32Array {
  const T = doc.tokens;
  const out: number[] = [];
  // A template number and one or two values (no rest parameters: this runs for every attribution).
  const f = (t: number, v = 0, w?: number) => { out.push(w === undefined ? mix(t, v) : mix(mix(t, v), w)); };
  const lemma = (t: Token | undefined) => (t ? hashString(t.lemma) : NONE);
  const lower = (t: Token | undefined) => (t ? hashString(t.lower) : NONE);
  const pos = (t: Token | undefined) => (t ? posHash(t.pos) : NONE);

  // The cue: its words, their tags, its length.
  const [c0, c1] = tokenRange(doc, a.cue);
  let lemmas = 0, tags = 0;
  for (let i = c0; i < c1; i++) { lemmas = mix(lemmas, lemma(T[i])); tags = mix(tags, pos(T[i])); }
  const first = T[c0], last = T[c1 - 1];
  f(1);
  f(2, lemmas);
  f(3, lemma(first));
  f(4, lemma(last));
  f(5, tags);
  f(6, Math.min(4, c1 - c0));
  f(7, hashString(a.by ?? ''));
  // The source: none, or its length and its edges' tags; a lone pronoun.
  if (a.sourceMention) {
    const [s0, s1] = tokenRange(doc, a.sourceMention);
    f(8, bucket(s1 - s0));
    f(9, pos(T[s0]));
    f(10, pos(T[s1 - 1]));
    f(11, s1 - s0 === 1 && T[s0]!.pos === 'PRON' ? 1 : 0);
    f(25, lemma(T[s1 - 1]));
  } else {
    f(8, 99);
  }
  f(26, lemma(last), a.sourceMention ? 1 : 0);
  f(27, lemma(last), hashString(a.quote));
  // The content: fragments, length, quotation, its first word.
  let words = 0;
  for (const c of a.content) { const [x0, x1] = tokenRange(doc, c); words += x1 - x0; }
  f(12, Math.min(3, a.content.length));
  f(13, bucket(words));
  f(14, hashString(a.quote));
  const con = a.content[0] ? T[doc.tokenAt(a.content[0].start)] : undefined;
  f(15, lower(con));
  f(16, pos(con));
  f(17, pos(con), lemma(last));
  // Where the cue stands: the first sentence (often a headline), the sentence's length, content before it.
  const sen = doc.sentences[first!.sentence]!;
  f(18, first!.sentence === 0 ? 1 : 0);
  f(19, bucket(sen.endToken - sen.firstToken));
  f(20, a.content[0] && a.content[0].start < a.cue.start ? 1 : 0);
  // The tags around the cue. (Not their words: on 20 000 examples the filter learned quirks of
  // PolNeAR's cue boundaries from them, "said Wednesday" dropped for the weekday.)
  const next = T[c1], prev = c0 > 0 ? T[c0 - 1] : undefined;
  f(22, pos(next));
  f(23, pos(prev));
  // How far the nearest content fragment is from the cue, in tokens.
  let gap = Infinity;
  for (const c of a.content) {
    const [x0, x1] = tokenRange(doc, c);
    gap = Math.min(gap, x0 >= c1 ? x0 - c1 : x1 <= c0 ? c0 - x1 : 0);
  }
  f(29, bucket(gap === Infinity ? 99 : gap));
  // Its neighbours: other attributions with a cue in the same sentence; whether it lies inside another's content.
  let others = 0, nested = 0;
  for (const b of all) {
    if (b === a) continue;
    if (T[doc.tokenAt(b.cue.start)]!.sentence === first!.sentence) others++;
    for (const c of b.content) if (c.start <= a.cue.start && a.cue.end <= c.end) nested = 1;
  }
  f(30, Math.min(3, others));
  f(31, nested);
  // A headline: most of the sentence's words capitalised ("Ava DuVernay’s ‘13th’ Explores The Evolution …").
  let words2 = 0, caps = 0;
  for (let i = sen.firstToken; i < sen.endToken; i++) {
    const c = T[i]!.text.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { words2++; if (c <= 90) caps++; }
  }
  f(32, words2 >= 3 && caps * 4 >= words2 * 3 ? 1 : 0);
  f(33, pos(last), a.sourceMention ? 1 : 0);
  return Int32Array.from(out);
}

/** `found` without the attributions the filter finds unlikely; unchanged without a filter model. */
export function withoutUnlikely(doc: Doc, found: Attribution[], m: FilterModel | null = filterModel(), threshold = FILTER_THRESHOLD): Attribution[] {
  if (!m) return found;
  return found.filter((a) => readByOtherLayers(doc, a) || m.probability(filterFeatures(doc, a, found)) >= threshold);
}

/** A training example: an attribution's features, whether its cue is real, whether it is right as a whole. */
export interface FilterExample { ids: Int32Array; cue: boolean; relation: boolean }

/** Both tables (FilterModel), each by trainLogistic on its own label. */
export function trainFilter(examples: FilterExample[], bits: number, epochs: number, seed: number): FilterModel {
  return new FilterModel(bits,
    trainLogistic(examples.map((e) => ({ ids: e.ids, good: e.cue })), bits, epochs, seed),
    trainLogistic(examples.map((e) => ({ ids: e.ids, good: e.relation })), bits, epochs, seed));
}

/**
 * Logistic regression by plain SGD over hashed features, in a fixed order
 * (deterministic): `epochs` passes, the rate decaying each pass, a little L2.
 * The weights returned are the mean of those at the end of each pass of the
 * second half (Polyak averaging): the last pass's weights alone moved with
 * small changes to the examples (a few attributions more or less from the
 * component changed dev by several tenths), the average much less.
 */
function trainLogistic(examples: Array<{ ids: Int32Array; good: boolean }>, bits: number, epochs: number, seed: number): Float32Array {
  const w = new Float32Array(1 << bits);
  const sum = new Float64Array(1 << bits);
  let averaged = 0;
  const n = examples.length;
  // A fixed permutation stride co-prime with n: a different order each epoch without a random generator's state.
  const stride = (k: number) => { let s = 7919 + 104729 * k + seed; while (gcd(s, n) !== 1) s++; return s; };
  for (let e = 0; e < epochs; e++) {
    const rate = 0.1 / (1 + 0.3 * e), st = stride(e);
    for (let k = 0, i = (seed * 31) % n; k < n; k++, i = (i + st) % n) {
      const ex = examples[i]!;
      const g = rate * ((ex.good ? 1 : 0) - logistic(w, bits, ex.ids));
      for (let j = 0; j < ex.ids.length; j++) {
        const o = row(ex.ids[j]!, bits);
        w[o] = w[o]! * (1 - 1e-4) + g;
      }
    }
    if (2 * (e + 1) > epochs) { for (let j = 0; j < w.length; j++) sum[j] += w[j]!; averaged++; }
  }
  return Float32Array.from(sum, (x) => x / averaged);
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
