/**
 * Near-duplicate articles: syndicated wire copy (AP, Reuters) reprinted by
 * several outlets with a different headline, byline line or footer. Such
 * copies share most of their 5-word shingles; MinHash estimates that share.
 */
import { fnv1a, words } from './text.js';
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
  // Each word hashed once; a shingle's hash combines its words' hashes (no strings joined).
  const w = words(text).map(fnv1a);
  const out = new Set<number>();
  if (w.length < SHINGLE) {
    if (w.length) out.add(w.reduce((h, x) => (Math.imul(h, 0x01000193) ^ x) >>> 0, 0x811c9dc5));
    return out;
  }
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ w[j]!, 0x01000193) ^ (h >>> 15);
    out.add(h >>> 0);
  }
  return out;
}

export function articleSignature(text: string): { shingles: Set<number>; sig: Uint32Array; bands: number[] } {
  const shingles = articleShingles(text);
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
