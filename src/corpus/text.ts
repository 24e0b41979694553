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
  const t = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC').replace(TYPOGRAPHY, PLAIN) : text;
  return t.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Hash of the folded text: the "same normalised text" identity used to skip re-ingested articles. */
export function textHash(text: string): string {
  return createHash('sha1').update(foldText(text)).digest('hex');
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

/** Word tokens of folded text; figures keep their inner separators ("10,000", "3.5"). */
export function words(text: string): string[] {
  return foldText(text).match(/\d[\d,.]*\d|\d|[\p{L}][\p{L}\p{M}'-]*/gu) ?? [];
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
