/**
 * Character classes by char code: the tokenizer looks at every character once,
 * and code-point tests are several times cheaper than a regex per character.
 */

/** White space as wink skips it between tokens. */
export function isSpace(c: number): boolean {
  // Most characters are printable ASCII (or Latin-1 below the no-break space): two comparisons settle them.
  if (c > 32 && c < 160) return false;
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters: ASCII, Latin-1/Extended, Greek, Cyrillic and the like (everything above U+00BF that is not punctuation, a symbol or a surrogate). */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, symbols, arrows, dashes
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: emoji and other astral symbols
  if (c >= 0xfe30 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return true;
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

export const APOS = 39, RSQUO = 0x2019, LSQUO = 0x2018, DOT = 46, COMMA = 44, COLON = 58, HYPHEN = 45, SLASH = 47, AMP = 38;

export function isApostrophe(c: number): boolean {
  return c === APOS || c === RSQUO;
}
