/**
 * What makes two claims "the same claim" across reports: their content words
 * (stemmed, figures replaced by one placeholder so "10,000 troops" and
 * "12,000 troops" still meet, which is what lets a contradiction be seen),
 * and the bigrams of those words so that word order still counts a little.
 */
import { fnv1a, isStopword, stem, words } from './text.js';
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
