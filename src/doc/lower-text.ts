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
 * pattern itself then decides. Measured on 400 PolNeAR articles: 34–42 µs per
 * article against 104–113 for the String#includes scans.
 */
import type { Doc } from './doc.js';

interface LowerText { lower: string; grams: Uint32Array }

const cache = new WeakMap<Doc, LowerText>();
/** 2^16 bits (8 kB): few collisions for the ~5,000 runs of four characters of an article. */
const MASK = 0xffff;
/**
 * A run's bit: its four characters' low bytes packed in 32 bits, then a
 * multiplicative hash. (Letters beyond Latin-1 share low bytes with others:
 * more runs look present, never fewer, so a word is never missed.)
 */
const bitOf = (packed: number): number => (Math.imul(packed, 0x9e3779b1) >>> 16) & MASK;

function lowerText(doc: Doc): LowerText {
  let t = cache.get(doc);
  if (!t) {
    const lower = doc.text.toLowerCase();
    const grams = new Uint32Array((MASK + 1) >>> 5);
    // The last four characters roll through `packed`, one shift and one hash per character.
    for (let i = 0, packed = 0; i < lower.length; i++) {
      packed = (packed << 8) | (lower.charCodeAt(i) & 0xff);
      if (i < 3) continue;
      const g = bitOf(packed);
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
    for (let i = 0, packed = 0; i < w.length; i++) {
      packed = (packed << 8) | (w.charCodeAt(i) & 0xff);
      if (i < 3) continue;
      const g = bitOf(packed);
      if ((grams[g >>> 5]! & (1 << (g & 31))) === 0) continue next;
    }
    return true;
  }
  return false;
}
