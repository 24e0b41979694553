/**
 * What makes two claims "the same claim" across reports: their content words
 * (stemmed, figures replaced by one placeholder so "10,000 troops" and
 * "12,000 troops" still meet, which is what lets a contradiction be seen),
 * and the bigrams of those words so that word order still counts a little.
 */
import { fnv1a, isStopword, stem, words } from './text.js';
import { bandKeys, signature } from './minhash.js';

export const CLAIM_HASHES = 24;
export const CLAIM_BANDS = 8;
export const CLAIM_ROWS = 3;
/** Exact Jaccard of features at or above which a claim joins a cluster. */
export const CLAIM_THRESHOLD = 0.4;
/** Claims with fewer content words ("it", "that's true") are too thin to cluster. */
export const MIN_CONTENT_WORDS = 3;

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

export function claimFeatures(text: string): Set<number> {
  const cw = contentWords(text);
  const out = new Set<number>();
  for (let i = 0; i < cw.length; i++) {
    if (cw[i] !== '#') out.add(fnv1a(cw[i]!));
    if (i + 1 < cw.length) out.add(fnv1a(cw[i] + ' ' + cw[i + 1]));
  }
  return out;
}

export function isClusterable(text: string): boolean {
  return contentWords(text).filter((w) => w !== '#').length >= MIN_CONTENT_WORDS;
}

export function claimBands(features: Set<number>): number[] {
  return bandKeys(signature(features, CLAIM_HASHES), CLAIM_BANDS, CLAIM_ROWS);
}
