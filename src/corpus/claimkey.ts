/**
 * What makes two claims "the same claim" across reports: their content words
 * (stemmed, figures replaced by one placeholder so "10,000 troops" and
 * "12,000 troops" still meet, which is what lets a contradiction be seen),
 * and the bigrams of those words so that word order still counts a little.
 */
import { fnv1a, fnv1aFrom, isStopword, scanWords, stem, words } from './text.js';
import { bandKeys, signature } from './minhash.js';

// 6 bands of 3 rows: a pair at Jaccard 0.5 becomes a candidate with p = 0.53, at 0.7 with p = 0.91
// (and single-link clustering gives a claim one chance per earlier member). More bands find more
// paraphrases but each band is a random insert into an index, the main storage cost per claim.
export const CLAIM_HASHES = 18;
export const CLAIM_BANDS = 6;
export const CLAIM_ROWS = 3;
/** Exact Jaccard of features with a cluster's first claim at or above which a claim joins it. */
export const CLAIM_THRESHOLD = 0.5;
/**
 * Claims with fewer content words ("it", "the name Donald Trump", "Donald Trump scares me")
 * are too thin to cluster: in a corpus about one campaign they share their names with
 * thousands of unrelated claims.
 */
export const MIN_CONTENT_WORDS = 4;

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'dozens']);

export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (/^\d/.test(w) || NUMBER_WORDS.has(w)) {
      if (out[out.length - 1] !== '#') out.push('#');
      continue;
    }
    if (isStopword(w) || w.length < 2) continue;
    out.push(stem(w.replace(/'s$/, '')));
  }
  return out;
}

function featuresOf(cw: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < cw.length; i++) {
    if (cw[i] !== '#') out.add(fnv1a(cw[i]!));
    if (i + 1 < cw.length) out.add(fnv1a(cw[i] + ' ' + cw[i + 1]));
  }
  return out;
}

export function claimFeatures(text: string): Set<number> {
  return featuresOf(contentWords(text));
}

const countWords = (cw: string[]) => cw.reduce((n, w) => (w === '#' ? n : n + 1), 0);

/**
 * Content words that are not names (written in lower case). A claim made only of names and
 * titles ("former Secretary of State Hillary Clinton", "Texas Sen. Ted Cruz") says nothing a
 * second report could repeat, yet shares most of its words with any sentence naming the same
 * people: it needs at least this many words of its own to be clustered.
 */
export const MIN_NON_NAME_WORDS = 2;

function nonNameWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)) {
    const w = m[0];
    if (w.length > 1 && w[0] === w[0]!.toLowerCase() && w[0] !== w[0]!.toUpperCase() && !isStopword(w.replace(/’/g, "'"))) n++;
  }
  return n;
}

export function isClusterable(text: string): boolean {
  return clusterFeatures(text) !== null;
}

/** The claim's features, or null when it is too thin to cluster (one pass over its words). */
export function clusterFeatures(text: string): Set<number> | null {
  const cw = contentWords(text);
  return countWords(cw) >= MIN_CONTENT_WORDS && nonNameWords(text) >= MIN_NON_NAME_WORDS ? featuresOf(cw) : null;
}

export function claimBands(features: Set<number>): number[] {
  return bandKeys(signature(features, CLAIM_HASHES), CLAIM_BANDS, CLAIM_ROWS);
}

/** What one word contributes to a claim's key; memoised, claims of one corpus share most words. */
interface WordKey {
  /** 0: dropped (stop word, single letter), 1: a figure ("#"), 2: a content word. */
  kind: 0 | 1 | 2;
  /** The stemmed word ("#" for a figure): what bigrams join. */
  stem: string;
  /** fnv1a(stem). */
  hash: number;
}
const FIGURE_KEY: WordKey = { kind: 1, stem: '#', hash: fnv1a('#') };

function makeWordKey(w: string): WordKey {
  if (NUMBER_WORDS.has(w)) return FIGURE_KEY;
  if (isStopword(w) || w.length < 2) return { kind: 0, stem: '', hash: 0 };
  const st = stem(w.replace(/'s$/, ''));
  return { kind: 2, stem: st, hash: fnv1a(st) };
}

/**
 * Word -> WordKey, looked up by the word's place in the text: an open-addressing table keyed by
 * the FNV-1a hash of the characters, so the ingest's half a million word lookups build no
 * substring and hash no string twice. Bounded: cleared when full.
 */
class WordTable {
  private bits = 16;
  private slots = new Int32Array(1 << this.bits).fill(-1);
  private hashes: number[] = [];
  private words: string[] = [];
  private keys: WordKey[] = [];

  get(s: string, start: number, end: number): WordKey {
    const h = fnv1aFrom(0x811c9dc5, s, start, end);
    const mask = (1 << this.bits) - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = this.slots[i]!;
      if (e < 0) break;
      if (this.hashes[e] === h && sameText(this.words[e]!, s, start, end)) return this.keys[e]!;
    }
    const w = s.slice(start, end);
    const k = makeWordKey(w);
    if (this.words.length >= (1 << this.bits) / 2) {
      if (this.bits < 20) this.grow();
      else this.clear();
    }
    this.add(h, w, k);
    return k;
  }

  private add(h: number, w: string, k: WordKey): void {
    const mask = (1 << this.bits) - 1;
    let i = h & mask;
    while (this.slots[i]! >= 0) i = (i + 1) & mask;
    this.slots[i] = this.words.length;
    this.hashes.push(h);
    this.words.push(w);
    this.keys.push(k);
  }

  private grow(): void {
    const { hashes, words, keys } = this;
    this.bits++;
    this.clear();
    for (let e = 0; e < words.length; e++) this.add(hashes[e]!, words[e]!, keys[e]!);
  }

  private clear(): void {
    this.slots = new Int32Array(1 << this.bits).fill(-1);
    this.hashes = [];
    this.words = [];
    this.keys = [];
  }
}

function sameText(w: string, s: string, start: number, end: number): boolean {
  if (w.length !== end - start) return false;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

const WORD_KEYS = new WordTable();

/** A claim's clustering key: sorted unique features and LSH band keys. */
export interface ClaimKey {
  features: Uint32Array;
  bands: number[];
}

let scratch = new Uint32Array(256);

/**
 * The same key as sortedFeatures(clusterFeatures(text)) and claimBands(...), computed for the
 * ingest of tens of thousands of claims: `folded` is foldText(text) (shared with the figures),
 * words are scanned in place and memoised, bigram hashes continue the first word's hash instead
 * of joining strings. Null when the claim is too thin to cluster.
 */
export function claimKey(text: string, folded: string): ClaimKey | null {
  const cw: WordKey[] = [];
  let content = 0;
  scanWords(folded, (start, end) => {
    // A token starting with a digit is a figure, as in contentWords.
    const k = folded.charCodeAt(start) <= 57 ? FIGURE_KEY : WORD_KEYS.get(folded, start, end);
    if (k.kind === 0) return;
    if (k.kind === 1) {
      if (cw[cw.length - 1] !== FIGURE_KEY) cw.push(FIGURE_KEY);
      return;
    }
    content++;
    cw.push(k);
  });
  if (content < MIN_CONTENT_WORDS || !hasNonNameWords(text, MIN_NON_NAME_WORDS)) return null;
  if (scratch.length < cw.length * 2) scratch = new Uint32Array(cw.length * 2);
  let n = 0;
  for (let i = 0; i < cw.length; i++) {
    const k = cw[i]!;
    if (k.kind === 2) scratch[n++] = k.hash;
    // fnv1a(a + ' ' + b), continued from fnv1a(a).
    if (i + 1 < cw.length) scratch[n++] = fnv1aFrom(fnv1aFrom(k.hash, ' '), cw[i + 1]!.stem);
  }
  const sorted = scratch.subarray(0, n).sort();
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[u - 1]) sorted[u++] = sorted[i]!;
  const features = sorted.slice(0, u);
  return { features, bands: bandKeys(signature(features, CLAIM_HASHES), CLAIM_BANDS, CLAIM_ROWS) };
}

// Per BMP code unit: 1 when it is a lower-case letter as nonNameWords tests it, 2 when not.
const LOWER_INITIAL = new Int8Array(0x10000);
function isLowerInitial(c: number): boolean {
  let k = LOWER_INITIAL[c]!;
  if (!k) {
    const ch = String.fromCharCode(c);
    LOWER_INITIAL[c] = k = ch === ch.toLowerCase() && ch !== ch.toUpperCase() ? 1 : 2;
  }
  return k === 1;
}

/** nonNameWords(text) >= min, stopping at the min-th word. */
function hasNonNameWords(text: string, min: number): boolean {
  let n = 0;
  scanWords(text, (start, end) => {
    if (end - start < 2 || !isLowerInitial(text.charCodeAt(start))) return;
    const w = text.slice(start, end);
    if (isStopword(w.includes('’') ? w.replace(/’/g, "'") : w)) return;
    return ++n >= min;
  }, 0x2019);
  return n >= min;
}
