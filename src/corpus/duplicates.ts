/**
 * Near-duplicate articles: syndicated wire copy (AP, Reuters) reprinted by
 * several outlets with a different headline, byline line or footer. Such
 * copies share most of their 5-word shingles; MinHash estimates that share.
 */
import { foldText, fnv1aFrom, scanWords } from './text.js';
import { bandKeys, signature } from './minhash.js';

export const ARTICLE_HASHES = 64;
export const ARTICLE_BANDS = 16;
export const ARTICLE_ROWS = 4;
/** Jaccard of shingles at or above which two articles count as copies of one text. */
export const DUPLICATE_THRESHOLD = 0.7;
/**
 * Or: the shorter text's shingles are this much inside the longer one's (a trimmed or updated
 * copy), when the two are of comparable length (a brief quoted whole inside a long roundup is
 * not a copy of the roundup).
 */
export const CONTAINMENT_THRESHOLD = 0.8;
const COMPARABLE_LENGTH = 0.5;
/** Below this estimated Jaccard a candidate is not checked exactly. */
export const CANDIDATE_ESTIMATE = 0.5;
const SHINGLE = 5;

export function articleShingles(text: string): Set<number> {
  return new Set(shinglesOfFolded(foldText(text)));
}

/**
 * The shingles of text already folded by foldText (ingest folds each article once, for its hash
 * too), sorted and unique: a typed array rather than a Set of some 800 boxed numbers per article.
 */
let wordHashes = new Uint32Array(4096);

export function shinglesOfFolded(folded: string): Uint32Array {
  // Each word hashed once, straight from the text (no word strings built); a shingle's hash
  // combines its words' hashes (no strings joined).
  // Word hashes go to a scratch array reused across articles (no array grown word by word).
  let n = 0;
  scanWords(folded, (start, end) => {
    if (n === wordHashes.length) {
      const bigger = new Uint32Array(n * 2);
      bigger.set(wordHashes);
      wordHashes = bigger;
    }
    wordHashes[n++] = fnv1aFrom(0x811c9dc5, folded, start, end);
  });
  const w = wordHashes;
  if (n < SHINGLE) {
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) h = (Math.imul(h, 0x01000193) ^ w[i]!) >>> 0;
    return n ? Uint32Array.of(h) : new Uint32Array(0);
  }
  const out = new Uint32Array(n - SHINGLE + 1);
  for (let i = 0; i + SHINGLE <= n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ w[j]!, 0x01000193) ^ (h >>> 15);
    out[i] = h >>> 0;
  }
  out.sort();
  let u = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[u - 1]) out[u++] = out[i]!;
  return out.subarray(0, u);
}

export function articleSignature(text: string): { shingles: Set<number>; sig: Uint32Array; bands: number[] } {
  const s = signatureOfFolded(foldText(text));
  return { ...s, shingles: new Set(s.shingles) };
}

export function signatureOfFolded(folded: string): { shingles: Uint32Array; sig: Uint32Array; bands: number[] } {
  const shingles = shinglesOfFolded(folded);
  const sig = signature(shingles, ARTICLE_HASHES);
  return { shingles, sig, bands: bandKeys(sig, ARTICLE_BANDS, ARTICLE_ROWS) };
}

/** Exact check of a MinHash candidate: how alike the two shingle sets are, or 0 if not copies. */
export function copyScore(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  const jaccard = inter / (a.size + b.size - inter);
  if (jaccard >= DUPLICATE_THRESHOLD) return jaccard;
  const containment = inter / small.size;
  return containment >= CONTAINMENT_THRESHOLD && small.size / large.size >= COMPARABLE_LENGTH ? containment : 0;
}

/** copyScore of two sorted, unique shingle arrays (shinglesOfFolded), by a linear merge. */
export function copyScoreSorted(a: Uint32Array, b: Uint32Array): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (!small.length) return 0;
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) { inter++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  const jaccard = inter / (a.length + b.length - inter);
  if (jaccard >= DUPLICATE_THRESHOLD) return jaccard;
  const containment = inter / small.length;
  return containment >= CONTAINMENT_THRESHOLD && small.length / large.length >= COMPARABLE_LENGTH ? containment : 0;
}
