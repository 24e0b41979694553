/**
 * Lemmas as wink gives them: a table learned from wink's output (lower-cased
 * word + tag → lemma, stored only where the lemma differs from the word), and
 * for words never seen in training, suffix rules for verbs, nouns and
 * adjectives.
 */
import type { IntHashTable } from './hash-table.js';
import { TAG_INDEX } from './model.js';

const VERB = TAG_INDEX.get('VERB')!, NOUN = TAG_INDEX.get('NOUN')!, ADJ = TAG_INDEX.get('ADJ')!, AUX = TAG_INDEX.get('AUX')!;

/** Key of (word, tag) in the lemma table: the word's hash (TokenHashes.word) mixed with the tag. */
export function lemmaKey(wordHash: number, tag: number): number {
  return (wordHash ^ Math.imul(tag + 1, 0x9e3779b1)) | 0;
}

export class Lemmatizer {
  /**
   * `index` maps lemmaKey(word hash, tag) (the lower-cased word's, or a
   * capitalised word's exact hash) to the lemma's position in
   * `lemmas`; `knownWords` holds the hashes of every word seen in training,
   * whose lemma is the word itself unless the table says otherwise.
   */
  constructor(private readonly index: IntHashTable, private readonly lemmas: string[], private readonly knownWords: Int32Array,
    private readonly useRules = true) {}

  /** `exactHash` is read only when `capitalised` (TokenHashes.exact / hasUpper): the same index holds capitalised forms under it. */
  lemma(lower: string, lowerHash: number, tag: number, capitalised: boolean, exactHash: number): string {
    let at = capitalised ? this.index.get(lemmaKey(exactHash, tag)) : -1;
    if (at < 0) at = this.index.get(lemmaKey(lowerHash, tag));
    if (at >= 0) return this.lemmas[at]!;
    if (!this.useRules || (tag !== VERB && tag !== NOUN && tag !== ADJ && tag !== AUX) || lower.length < 4) return lower;
    // Rules only for words never seen in training (measured on dev: better
    // than also applying them to words seen only with other tags); the binary
    // search runs only when a rule would change the word.
    const guess = ruleLemma(lower, tag);
    return guess === lower || isKnown(this.knownWords, lowerHash) ? lower : guess;
  }
}

function isKnown(sorted: Int32Array, h: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, v = sorted[mid]!;
    if (v === h) return true;
    if (v < h) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Suffix rules for an unseen word (only reached for a word ≥ 4 letters tagged VERB, NOUN or ADJ). */
export function ruleLemma(w: string, tag: number): string {
  const n = w.length;
  // Every rule below needs one of a few last letters (nouns -s / -men, verbs -s / -d / -ing,
  // adjectives -t / -r): most words end otherwise, and are settled here without the endsWith calls.
  const last = w.charCodeAt(n - 1);
  if (tag === NOUN ? last !== 115 && last !== 110 : tag === VERB || tag === AUX ? last !== 115 && last !== 100 && last !== 103 : last !== 116 && last !== 114) return w;
  if (tag === NOUN) {
    if (w.endsWith('ies') && n > 4) return w.slice(0, -3) + 'y';
    if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes') || w.endsWith('zes')) return w.slice(0, -2);
    if (w.endsWith('men')) return w.slice(0, -3) + 'man';
    if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
    return w;
  }
  if (tag === VERB || tag === AUX) {
    if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
    if (w.endsWith('ied')) return n <= 4 ? w.slice(0, -1) : w.slice(0, -3) + 'y'; // "vied" → vie, "copied" → copy
    if (w.endsWith('ing') && n > 5) return verbStem(w.slice(0, -3));
    if (w.endsWith('ed') && n > 4) return verbStem(w.slice(0, -2));
    if (w.endsWith('es') && (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes'))) return w.slice(0, -2);
    if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
    return w;
  }
  if (w.endsWith('iest')) return w.slice(0, -4) + 'y';
  if (w.endsWith('ier')) return w.slice(0, -3) + 'y';
  return w;
}

const KEEP_DOUBLE = new Set(['l', 's', 'z', 'f']);
// Stem endings after which the -e dropped by -ed/-ing comes back: "generaliz",
// "fumigat", "includ", "stifl", "requir", "forc", "judg" (after a consonant
// where the ending starts with a vowel).
const E_AFTER_CONSONANT = new Set(['iz', 'yz', 'at', 'ut', 'ud', 'id', 'ur', 'ir', 'ar', 'or', 'os', 'us', 'in', 'ok', 'ak', 'ik', 'ag', 'ot', 'ap', 'up', 'yp', 'ip', 'op']);
const E_AFTER = new Set(['bl', 'pl', 'tl', 'dl', 'gl', 'kl', 'fl', 'zl', 'dg', 'rc', 'nc', 'rg', 'ng', 'rv', 'lv']);

/** The verb a stem left by -ed/-ing comes from: "stopp" → "stop", "fumigat" → "fumigate", "stiff" stays. */
function verbStem(stem: string): string {
  const n = stem.length;
  const last = stem[n - 1]!, before = stem[n - 2]!;
  if (last === before && !VOWELS.has(last) && !KEEP_DOUBLE.has(last)) return stem.slice(0, -1);
  const end2 = stem.slice(-2);
  if (last === 'v' || last === 'c' && VOWELS.has(before)) return stem + 'e';
  if (E_AFTER.has(end2) && end2 !== 'ng') return stem + 'e';
  if (E_AFTER_CONSONANT.has(end2) && n > 2 && !VOWELS.has(stem[n - 3]!) && (n <= 4 || !['ap', 'up', 'ip', 'op', 'ot', 'in'].includes(end2))) return stem + 'e';
  return stem;
}
