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
/** Estimated Jaccard of shingles at or above which two articles count as copies of one text. */
export const DUPLICATE_THRESHOLD = 0.7;
const SHINGLE = 5;

export function articleShingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length < SHINGLE) {
    if (w.length) out.add(fnv1a(w.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  return out;
}

export function articleSignature(text: string): { sig: Uint32Array; bands: number[] } {
  const sig = signature(articleShingles(text), ARTICLE_HASHES);
  return { sig, bands: bandKeys(sig, ARTICLE_BANDS, ARTICLE_ROWS) };
}
