/**
 * Text normalisation shared by duplicate detection and claim clustering:
 * the same story or claim must look the same whatever its typography
 * (curly quotes, dashes, case, white space) and whatever figure it quotes.
 */
import { createHash } from 'node:crypto';

/** Folds typography so that copies differing only in quotes, dashes or spacing compare equal. */
const TYPOGRAPHY = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u2010-\u2015\u2212]/g;
const PLAIN = (c: string): string => (c >= '\u2010' && c <= '\u2015') || c === '\u2212' ? '-'
  : '\u201C\u201D\u201E\u201F\u2033'.includes(c) ? '"' : "'";

export function foldText(text: string): string {
  // Plain ASCII (most claims) needs neither Unicode normalisation nor typography folding.
  const t = /[^\x00-\x7f]/.test(text) ? (nfkcChanges(text) ? text.normalize('NFKC') : text).replace(TYPOGRAPHY, PLAIN) : text;
  // The same as replacing every run of white space with one space, but matching only the runs
  // that change (two or more characters, or one that is not a space): an article's text has a
  // thousand single spaces, and rebuilding it around each was the larger part of folding it.
  return t.replace(/\s{2,}|[^\S ]/g, ' ').trim().toLowerCase();
}

// Per BMP code unit: 1 when NFKC leaves it as it is whatever its neighbours (Latin letters with
// their accents, curly quotes, dashes), 2 when it may change. Most news text is ASCII plus a few
// of these, and normalising it was the larger part of folding an article.
const NFKC_STABLE = new Int8Array(0x10000);
const SAFE_RANGE = (c: number) => (c >= 0xa0 && c <= 0x24f) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf);
const MARK = /^\p{M}$/u;

/** False when text.normalize('NFKC') === text is certain without normalising. */
function nfkcChanges(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let k = NFKC_STABLE[c]!;
    if (!k) {
      // Only ranges without combining marks or characters that compose with a preceding one:
      // there a character NFKC keeps alone is kept in any context.
      const ch = String.fromCharCode(c);
      NFKC_STABLE[c] = k = SAFE_RANGE(c) && !MARK.test(ch) && ch.normalize('NFKC') === ch ? 1 : 2;
    }
    if (k === 2) return true;
  }
  return false;
}

/** Hash of the folded text: the "same normalised text" identity used to skip re-ingested articles. */
export function textHash(text: string): string {
  return hashOfFolded(foldText(text));
}

/** textHash of text already folded (ingest folds an article once for its hash and its shingles). */
export function hashOfFolded(folded: string): string {
  return createHash('sha1').update(folded).digest('hex');
}

/** 32-bit FNV-1a: a cheap, stable string hash (stable across runs, unlike object identity). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a continued over more text: fnv1aFrom(fnv1a(a), b) === fnv1a(a + b), without building a + b. */
export function fnv1aFrom(h: number, s: string, start = 0, end = s.length): number {
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The word pattern of `words`: figures keep their inner separators ("10,000", "3.5"). */
export const WORD_PATTERN = /\d[\d,.]*\d|\d|[\p{L}][\p{L}\p{M}'-]*/gu;

/** Word tokens of folded text; figures keep their inner separators ("10,000", "3.5"). */
export function words(text: string): string[] {
  return foldText(text).match(WORD_PATTERN) ?? [];
}

// Letter / mark tests for code points beyond ASCII, memoised per BMP code unit: the scanner
// below asks for every character and a regex test per character would cost more than the scan.
const LETTER = /^\p{L}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const BMP_CLASS = new Int8Array(0x10000); // 0: not known yet, 1: letter, 2: mark, 3: neither
function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = BMP_CLASS[cp]!;
    if (!k) {
      const ch = String.fromCharCode(cp);
      BMP_CLASS[cp] = k = LETTER.test(ch) ? 1 : LETTER_OR_MARK.test(ch) ? 2 : 3;
    }
    return k;
  }
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? 1 : LETTER_OR_MARK.test(ch) ? 2 : 3;
}
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Calls `onWord(start, end)` for each token `WORD_PATTERN` matches in `s`, in order, without
 * building the token strings: the ingest hashes every word of every article, and a regex match
 * array of substrings cost more than the hashing. `extraInWord` is one more code unit allowed
 * after a word's first letter (nonNameWords also allows the typographic apostrophe). The scan
 * stops when `onWord` returns true.
 */
export function scanWords(s: string, onWord: (start: number, end: number) => boolean | void, extraInWord = -1): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      // \d[\d,.]*\d|\d: the greedy run, given back to its last digit.
      let end = i + 1;
      let j = i + 1;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (isDigit(d)) end = j + 1;
        else if (d !== 44 && d !== 46) break;
      }
      if (onWord(i, end) === true) return;
      i = end;
      continue;
    }
    if (c < 128 ? isAsciiLetter(c) : classOf(s.codePointAt(i)!) === 1) {
      let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d < 128) {
          if (isAsciiLetter(d) || d === 39 || d === 45 || d === extraInWord) j++;
          else break;
        } else if (d === extraInWord) j++;
        else {
          const cp = s.codePointAt(j)!;
          if (classOf(cp) === 3) break;
          j += cp > 0xffff ? 2 : 1;
        }
      }
      if (onWord(i, j) === true) return;
      i = j;
      continue;
    }
    i++;
  }
}

// Function words carry no claim content; dropping them lets "the troops were sent"
// and "troops sent" meet.
const STOP = new Set((
  'a an the and or but if of to in on at by for with from as into about over after before than then that this these those ' +
  'is are was were be been being am has have had do does did will would shall should can could may might must ' +
  'it its it\'s they them their he him his she her we our us you your i me my who whom whose which what when where why how ' +
  'not no nor so too very just also there here said says say told according more most less least some any all each other such ' +
  'up down out off again further once only own same both few many much s t'
).split(' '));

export function isStopword(w: string): boolean {
  return STOP.has(w);
}

/**
 * A light suffix stripper: enough to make "troops"/"troop" and "deployed"/"deploying"
 * meet, without a full stemmer's cost or a dictionary.
 */
export function stem(w: string): string {
  if (w.length <= 4) return w.endsWith('s') && !w.endsWith('ss') && w.length > 3 ? w.slice(0, -1) : w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const NAME_KEYS = new Map<string, string>();

/** Normalises a source or publisher name to a key: "The Financial Times" -> "financial times". */
export function nameKey(name: string): string {
  // Memoised: a cluster view computes the keys of the same few names for every report.
  let k = NAME_KEYS.get(name);
  if (k === undefined) {
    if (NAME_KEYS.size > 100_000) NAME_KEYS.clear();
    NAME_KEYS.set(name, (k = computeNameKey(name)));
  }
  return k;
}

function computeNameKey(name: string): string {
  return foldText(name)
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "financial times" -> "ft": how outlets and agencies are often named in other reports. */
export function acronym(key: string): string {
  const parts = key.split(' ').filter((p) => p && !isStopword(p));
  return parts.length >= 2 ? parts.map((p) => p[0]).join('') : key;
}

const PRONOUNS = new Set(('he she his her hers him himself herself they them their theirs themselves it its we us our ours ' +
  'i me my mine you your yours who whom whose which that this these those one someone somebody').split(' '));

/**
 * A source "name" that names nobody: a pronoun the sources layer could not resolve
 * ("his", "they"), or a bare possessive ("'s"). Such a source is not a distinct origin
 * and not an entry in the corpus's list of sources.
 */
export function isUnresolvedName(name: string): boolean {
  const k = nameKey(name);
  return !k || k.split(' ').every((w) => PRONOUNS.has(w) || w === 's');
}
