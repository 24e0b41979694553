/**
 * The article's text in lower case, made once per document (the hedges and
 * verification stages both scan it), and a cheap test of whether a word may
 * occur in it at all.
 *
 * Why the test: those stages run a dozen large patterns over the whole text,
 * each only worth running when the text holds one of a few words ("confirm",
 * "evidence", "likely"). Looking each word up with String#includes scanned the
 * text some forty times per article (about 2 % of the whole analysis). One
 * pass instead records which runs of four characters occur, in a bitmap; a
 * word with a run the text lacks cannot occur (every word asked about has at
 * least four letters). A word that may occur costs nothing more here: the
 * pattern itself then decides. Measured on 400 PolNeAR articles: 52–64 µs per
 * article against 104–113 for the String#includes scans.
 */
import type { Doc } from './doc.js';

interface LowerText { lower: string; grams: Uint32Array }

const cache = new WeakMap<Doc, LowerText>();
/** 2^16 bits (8 kB): few collisions for the ~5,000 runs of four characters of an article. */
const MASK = 0xffff;
const gram = (a: number, b: number, c: number, d: number): number => (Math.imul(Math.imul(a, 0x2c1b3c6d) ^ Math.imul(b, 0x297a2d39) ^ Math.imul(c, 0x68e31da4) ^ d, 0x9e3779b1) >>> 16) & MASK;

function lowerText(doc: Doc): LowerText {
  let t = cache.get(doc);
  if (!t) {
    const lower = doc.text.toLowerCase();
    const grams = new Uint32Array((MASK + 1) >>> 5);
    for (let i = 0; i + 3 < lower.length; i++) {
      const g = gram(lower.charCodeAt(i), lower.charCodeAt(i + 1), lower.charCodeAt(i + 2), lower.charCodeAt(i + 3));
      grams[g >>> 5]! |= 1 << (g & 31);
    }
    t = { lower, grams };
    cache.set(doc, t);
  }
  return t;
}

/** The document's text in lower case. */
export const lowerCaseText = (doc: Doc): string => lowerText(doc).lower;

/** False when none of `words` (lower case, four letters or more) occurs in the lower-case text; true when one may. */
export function mayHoldAny(doc: Doc, words: readonly string[]): boolean {
  const { grams } = lowerText(doc);
  next: for (const w of words) {
    for (let i = 0; i + 3 < w.length; i++) {
      const g = gram(w.charCodeAt(i), w.charCodeAt(i + 1), w.charCodeAt(i + 2), w.charCodeAt(i + 3));
      if ((grams[g >>> 5]! & (1 << (g & 31))) === 0) continue next;
    }
    return true;
  }
  return false;
}
