/**
 * Splits text into tokens the way wink-nlp's English lite model does on news
 * text, with one pass over the characters and no regexes: wink's tokenizer
 * splits on spaces with a regex, then tests each piece against a list of
 * category regexes and a lexicon, which is most of its ~1.7 ms per article.
 *
 * Rules cover the general cases (punctuation set apart, contractions split as
 * "do|n't", "it|'s", numbers with , . : - kept whole, abbreviations and
 * initials keep their full stop). What wink decides from its lexicon instead
 * of rules is learned from its output on training texts (train-pos.ts) and
 * handed in as a `TokenizerLexicon`: abbreviations that keep their full stop,
 * hyphenated words kept whole ("e-mail"), and whole white-space-delimited
 * chunks that wink splits differently from these rules.
 */
import type { IntHashTable } from './hash-table.js';
import { isSpace, isDigit, isLetter, isAlnum, isUpper, isApostrophe, DOT, COMMA, COLON, HYPHEN } from './chars.js';

export interface TokenizerLexicon {
  /** Lower-cased words with their full stop that wink keeps as one token ("mr.", "corp."). */
  abbreviations: Set<string>;
  /** Lower-cased words with a hyphen or clitic that wink keeps whole ("e-mail", "here's", "i'm"). */
  wholeWords: Set<string>;
  /** White-space-delimited chunks wink splits unlike the rules: chunk → token lengths. */
  chunks: Map<string, number[]>;
  /** `chunks` by hashExact(chunk) → index into chunkSplits, built when the model is loaded (no string slicing per chunk). */
  compiled?: { chunkIndex: IntHashTable; chunkSplits: number[][] };
}

/** Token boundaries in struct-of-arrays form: grown once, reused for every article. */
export class TokenBuffer {
  count = 0;
  start = new Int32Array(4096);
  end = new Int32Array(4096);
  /** 1 when a line break precedes the token (a hard sentence break). */
  breakBefore = new Uint8Array(4096);

  push(s: number, e: number, lineBreak: number): void {
    if (this.count === this.start.length) this.grow();
    this.start[this.count] = s;
    this.end[this.count] = e;
    this.breakBefore[this.count] = lineBreak;
    this.count++;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const s = new Int32Array(n); s.set(this.start); this.start = s;
    const e = new Int32Array(n); e.set(this.end); this.end = e;
    const b = new Uint8Array(n); b.set(this.breakBefore); this.breakBefore = b;
  }
}

const CLITICS = new Set(['s', 're', 've', 'd', 'll', 'm']);

export function splitTokens(text: string, lex: TokenizerLexicon, out: TokenBuffer): void {
  out.count = 0;
  const n = text.length;
  let i = 0, lineBreak = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { if (c === 10) lineBreak = 1; i++; continue; }
    // Scan to the chunk's end, hashing it on the way (FNV-1a as hashExact).
    let j = i + 1, h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (isSpace(d)) break;
      h = Math.imul(h ^ d, 0x01000193);
    }
    let known: number[] | undefined;
    if (lex.compiled !== undefined) {
      const k = lex.compiled.chunkIndex.get(h | 0);
      if (k >= 0) known = lex.compiled.chunkSplits[k];
    } else if (lex.chunks.size > 0) known = lex.chunks.get(text.slice(i, j));
    if (known !== undefined) {
      let s = i;
      for (const len of known) { out.push(s, s + len, lineBreak); lineBreak = 0; s += len; }
    } else {
      splitChunk(text, i, j, lex, out, lineBreak);
    }
    lineBreak = 0;
    i = j;
  }
}

/** Tokens of one white-space-delimited chunk text[a, b). */
function splitChunk(text: string, a: number, b: number, lex: TokenizerLexicon, out: TokenBuffer, lineBreak: number): void {
  if (isUrlStart(text, a, b)) {
    let e = b;
    while (e > a && isUrlTrailer(text.charCodeAt(e - 1))) e--;
    out.push(a, e, lineBreak);
    for (let k = e; k < b; k++) out.push(k, k + 1, 0);
    return;
  }
  let i = a;
  while (i < b) {
    const c = text.charCodeAt(i);
    const e = isAlnum(c) ? wordEnd(text, i, b, lex) : punctEnd(text, i, b);
    out.push(i, e, lineBreak);
    lineBreak = 0;
    i = e;
  }
}

/** Whether text[i, j) is one to three letters, the first a capital, then digits only: "Sh4", "KSh3", "Rs12". */
function currencyPrefixed(text: string, i: number, j: number): boolean {
  let k = i;
  while (k < j && isLetter(text.charCodeAt(k))) k++;
  if (k === i || k - i > 3 || k === j || !isUpper(text.charCodeAt(i))) return false;
  for (let m = k; m < j; m++) if (!isDigit(text.charCodeAt(m))) return false;
  return true;
}

function isUrlStart(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  if (c === 104 /* h */) return text.startsWith('http://', a) || text.startsWith('https://', a);
  if (c === 119 /* w */) return b - a > 6 && text.startsWith('www.', a);
  return false;
}

function isUrlTrailer(c: number): boolean {
  return c === DOT || c === COMMA || c === 59 || c === COLON || c === 41 || c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 93;
}

/** End of the token starting with a letter or digit at i (within the chunk ending at b). */
function wordEnd(text: string, i: number, b: number, lex: TokenizerLexicon): number {
  let j = i;
  let numeric = true; // only digits and number joiners so far
  let dotted = false; // letter.letter seen ("U.S", "p.m")
  let segStart = i;
  const afterHyphen = i > 0 && text.charCodeAt(i - 1) === HYPHEN;
  // "cannot" → can|not, as wink.
  if (b - i >= 6 && isCannot(text, i) && (i + 6 === b || !isAlnum(text.charCodeAt(i + 6)))) return i + 3;
  for (;;) {
    while (j < b) {
      const c = text.charCodeAt(j);
      if (isDigit(c)) { j++; continue; }
      if (isLetter(c)) {
        // "1.2bn" → 1.2 | bn, "3x4" → 3 | x4; ordinals and decades stay whole.
        if (numeric && j > i && !isOrdinalOrDecade(text, j, b)) return j;
        numeric = false; j++; continue;
      }
      break;
    }
    if (j >= b) return j;
    const c = text.charCodeAt(j);
    const before = text.charCodeAt(j - 1), after = j + 1 < b ? text.charCodeAt(j + 1) : 0;
    if (c === DOT) {
      if (isDigit(before) && isDigit(after) && numeric) { j++; continue; }
      // "Sh4.2 billion", "KSh3.5 million", "Rs4.5": a currency's letters written against a decimal number keep it whole
      // (split at its point, the number's tail opened a sentence of its own).
      if (isDigit(before) && isDigit(after) && currencyPrefixed(text, i, j)) { j++; continue; }
      if (afterHyphen) return j;
      if (isLetter(after) && j - segStart === 1 && isLetter(before)) { dotted = true; numeric = false; j++; segStart = j; continue; }
      // The full stop of an abbreviation or initial stays with the word, except
      // after a hyphen inside the chunk, where wink splits recursively ("R-Fla|.").
      if (after !== DOT && !afterHyphen && (dotted || (j - i === 1 && isLetter(before)) || lex.abbreviations.has(text.slice(i, j + 1).toLowerCase()))) return j + 1;
      return j;
    }
    if ((c === COMMA || c === COLON || c === HYPHEN || c === 47) && numeric && isDigit(before) && isDigit(after)) { j++; continue; }
    if (c === 64 && isLetter(after) && !numeric) return emailEnd(text, j + 1, b);
    if (c === 38 && isUpper(before) && isUpper(after)) { j++; continue; } // AT&T
    // "K-1", "H-1B", "EB-5": a short capital code joined to a number stays whole.
    if (c === HYPHEN && j - i <= 6 && isDigit(after) && allUpper(text, i, j)) { numeric = false; j++; while (j < b && isAlnum(text.charCodeAt(j))) j++; continue; }
    if (c === HYPHEN && isLetter(before) && isLetter(after)) {
      let k = j + 1;
      while (k < b && (isLetter(text.charCodeAt(k)) || (text.charCodeAt(k) === HYPHEN && k + 1 < b && isLetter(text.charCodeAt(k + 1))))) k++;
      if (lex.wholeWords.has(text.slice(i, k).toLowerCase())) return k;
      return j;
    }
    if (isApostrophe(c) && isLetter(after) && isLetter(before)) {
      let k = j + 1;
      while (k < b && isLetter(text.charCodeAt(k))) k++;
      if (k === b || !isAlnum(text.charCodeAt(k))) {
        const rest = text.slice(j + 1, k).toLowerCase();
        if (CLITICS.has(rest) && !lex.wholeWords.has(text.slice(i, k).toLowerCase())) return j;
        if (rest === 't' && (before === 110 || before === 78) && j - 1 > i) return j - 1; // "do|n't", "ca|n't"
      }
      numeric = false; j = k; continue; // O'Neil, rock'n'roll
    }
    return j;
  }
}

/**
 * text.slice(i, i + 6).toLowerCase() === 'cannot', without the two strings (every word starting
 * with "c" asked): `| 32` lower-cases exactly the ASCII capitals, and no other character
 * lower-cases to one of these letters.
 */
function isCannot(text: string, i: number): boolean {
  return (text.charCodeAt(i) | 32) === 99 && (text.charCodeAt(i + 1) | 32) === 97 && (text.charCodeAt(i + 2) | 32) === 110
    && (text.charCodeAt(i + 3) | 32) === 110 && (text.charCodeAt(i + 4) | 32) === 111 && (text.charCodeAt(i + 5) | 32) === 116;
}

function allUpper(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isUpper(text.charCodeAt(k))) return false;
  return true;
}

/** End of an e-mail address whose domain starts at k: letters, digits, "." "-" "_", less a final full stop. */
function emailEnd(text: string, k: number, b: number): number {
  while (k < b) {
    const c = text.charCodeAt(k);
    if (isAlnum(c) || c === HYPHEN || c === 95 || (c === DOT && k + 1 < b && isAlnum(text.charCodeAt(k + 1)))) k++;
    else break;
  }
  return k;
}

function isOrdinalOrDecade(text: string, j: number, b: number): boolean {
  const c = text.charCodeAt(j) | 32;
  const next = j + 1 < b ? text.charCodeAt(j + 1) | 32 : 0;
  const end2 = j + 2 >= b || !isLetter(text.charCodeAt(j + 2));
  if (c === 115 /* s */ && (j + 1 >= b || !isLetter(text.charCodeAt(j + 1)))) return true;
  if (!end2) return false;
  return (c === 115 && next === 116) || (c === 110 && next === 100) || (c === 114 && next === 100) || (c === 116 && next === 104);
}

/** End of the token starting with a non-alphanumeric character at i. */
function punctEnd(text: string, i: number, b: number): number {
  const c = text.charCodeAt(i);
  if (c === DOT || c === HYPHEN || c === 95 || c === 61) { // runs of . - _ = are one token
    let j = i + 1;
    while (j < b && text.charCodeAt(j) === c) j++;
    return j;
  }
  // A double quotation mark written as two apostrophes or two backticks (''like this'', ``so''), as
  // some American papers write it, is one token: one quotation mark for the readers of quotations.
  if ((c === 39 || c === 96) && i + 1 < b && text.charCodeAt(i + 1) === c) return i + 2;
  if (isApostrophe(c) && i + 1 < b) {
    const d = text.charCodeAt(i + 1);
    // Clitic set apart from its word ("U.K.|'s"), or a decade ("'90s").
    if (isLetter(d) && i > 0 && !isSpace(text.charCodeAt(i - 1))) {
      let k = i + 1;
      while (k < b && isLetter(text.charCodeAt(k))) k++;
      if ((k === b || !isAlnum(text.charCodeAt(k))) && CLITICS.has(text.slice(i + 1, k).toLowerCase())) return k;
    }
    if (isDigit(d) && i + 3 < b && isDigit(text.charCodeAt(i + 2)) && (text.charCodeAt(i + 3) | 32) === 115) return i + 4;
  }
  if ((c === 35 || c === 64) && i + 1 < b && isLetter(text.charCodeAt(i + 1))) { // #hashtag, @mention
    let j = i + 1;
    while (j < b && (isAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 95)) j++;
    return j;
  }
  // Surrogate pairs (emoji) stay one token.
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) return i + 2;
  return i + 1;
}
