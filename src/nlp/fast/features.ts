/**
 * Per-token hashes the POS tagger's features are built from, computed once per
 * token (the brief's "hash strings once"): the lower-cased word, its last
 * three and two letters, its first character and its shape ("Xx", "d,d", "X.X.").
 */

/** FNV-1a over text[from, to), lower-casing ASCII on the fly. */
export function hashLower(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** Shape of text[from, to): upper → X, lower → x, digit → d, others kept; repeats collapsed. Hashed. */
export function hashShape(text: string, from: number, to: number): number {
  let h = 0x811c9dc5, last = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c >= 0xc0 && c < 0x2000 ? 120 : c;
    if (k === last) continue;
    last = k;
    h = Math.imul(h ^ k, 0x01000193);
  }
  return Math.imul(h ^ (to - from > 4 ? 5 : to - from), 0x01000193) | 0;
}

/** murmur3's finaliser: spreads a feature's (template, value) over the table's rows. */
export function mix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over text[from, to) as it is (the tag dictionary is case-sensitive). */
export function hashExact(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Feature hashes of a sequence of tokens, struct-of-arrays, reused across articles. */
export class TokenHashes {
  exact = new Int32Array(4096);
  /** 1 when the token has an upper-case or non-ASCII character (its lower-cased form is another string). */
  hasUpper = new Uint8Array(4096);
  word = new Int32Array(4096);
  suffix3 = new Int32Array(4096);
  suffix2 = new Int32Array(4096);
  prefix = new Int32Array(4096);
  shape = new Int32Array(4096);

  ensure(n: number): void {
    if (this.word.length >= n) return;
    let m = this.word.length; while (m < n) m *= 2;
    this.exact = new Int32Array(m); this.hasUpper = new Uint8Array(m); this.word = new Int32Array(m); this.suffix3 = new Int32Array(m); this.suffix2 = new Int32Array(m);
    this.prefix = new Int32Array(m); this.shape = new Int32Array(m);
  }

  /** One pass over the token's characters for the word, exact and shape hashes (same values as hashLower, hashExact, hashShape). */
  set(i: number, text: string, from: number, to: number): void {
    let lower = 0x811c9dc5, exact = 0x811c9dc5, shape = 0x811c9dc5, last = -1, upper = 0;
    // The last three characters as hashLower reads them (ASCII lower-cased), for the suffix hashes
    // without a second pass: l0 the last.
    let l2 = 0, l1 = 0, l0 = 0;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      exact = Math.imul(exact ^ c, 0x01000193);
      const kind = c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c >= 0xc0 && c < 0x2000 ? 120 : c;
      const lc = kind === 88 ? c + 32 : c;
      lower = Math.imul(lower ^ lc, 0x01000193);
      l2 = l1; l1 = l0; l0 = lc;
      if (kind !== last) { last = kind; shape = Math.imul(shape ^ kind, 0x01000193); }
      if (kind === 88 || c >= 128) upper = 1;
    }
    const len = to - from;
    this.hasUpper[i] = upper;
    this.exact[i] = exact | 0;
    this.word[i] = lower | 0;
    this.shape[i] = Math.imul(shape ^ (len > 4 ? 5 : len), 0x01000193) | 0;
    // hashLower of the last two and three characters (fewer when the token is shorter).
    const h1 = len >= 1 ? Math.imul(0x811c9dc5 ^ l0, 0x01000193) : 0x811c9dc5;
    const h2 = len >= 2 ? Math.imul(Math.imul(0x811c9dc5 ^ l1, 0x01000193) ^ l0, 0x01000193) : h1;
    const h3 = len >= 3 ? Math.imul(Math.imul(Math.imul(0x811c9dc5 ^ l2, 0x01000193) ^ l1, 0x01000193) ^ l0, 0x01000193) : h2;
    this.suffix3[i] = (h3 | 0) ^ 0x3;
    this.suffix2[i] = (h2 | 0) ^ 0x2;
    this.prefix[i] = text.charCodeAt(from);
  }
}

export const FEATURE_COUNT = 18;
const START = -1, START2 = -2;

/**
 * The Honnibal-style greedy tagger's features for token i of the sentence
 * [a, b): the word, its suffixes, first character and shape, the words two
 * either side, and the two previous tags. Writes rows into `rows` (each
 * already multiplied by the tag count). Tags are -1/-2 before the sentence.
 */
export function featureRows(h: TokenHashes, i: number, a: number, b: number, prev1: number, prev2: number, rowMask: number, stride: number, rows: Int32Array): void {
  const w = h.word, s3 = h.suffix3, sh = h.shape;
  const wm1 = i - 1 >= a ? w[i - 1]! : START, wm2 = i - 2 >= a ? w[i - 2]! : START2;
  const wp1 = i + 1 < b ? w[i + 1]! : START, wp2 = i + 2 < b ? w[i + 2]! : START2;
  const sm1 = i - 1 >= a ? s3[i - 1]! : START, sp1 = i + 1 < b ? s3[i + 1]! : START;
  const shp1 = i + 1 < b ? sh[i + 1]! : START;
  const t1 = prev1 + 3, t2 = prev2 + 3;
  rows[0] = (mix(0x5bd1e995) & rowMask) * stride;
  rows[1] = (mix(s3[i]! ^ 0x1000193) & rowMask) * stride;
  rows[2] = (mix(Math.imul(h.prefix[i]!, 0x2545f491) ^ 0x2) & rowMask) * stride;
  rows[3] = (mix(t1 * 0x9e3779b1 + 3) & rowMask) * stride;
  rows[4] = (mix(t2 * 0x7f4a7c15 + 4) & rowMask) * stride;
  rows[5] = (mix(Math.imul(t1, 64) + t2 + 0x55550005) & rowMask) * stride;
  rows[6] = (mix(w[i]! ^ 0x6) & rowMask) * stride;
  rows[7] = (mix(Math.imul(w[i]!, 31) ^ Math.imul(t1, 0x27d4eb2f) ^ 0x7) & rowMask) * stride;
  rows[8] = (mix(Math.imul(wm1, 0x165667b1) ^ 0x8) & rowMask) * stride;
  rows[9] = (mix(Math.imul(sm1, 0x61c88647) ^ 0x9) & rowMask) * stride;
  rows[10] = (mix(Math.imul(wm2, 0x3c6ef372) ^ 0xa) & rowMask) * stride;
  rows[11] = (mix(Math.imul(wp1, 0x1b873593) ^ 0xb) & rowMask) * stride;
  rows[12] = (mix(Math.imul(sp1, 0x2c1b3c6d) ^ 0xc) & rowMask) * stride;
  rows[13] = (mix(Math.imul(wp2, 0x297a2d39) ^ 0xd) & rowMask) * stride;
  rows[14] = (mix(Math.imul(sh[i]!, 0x68e31da4) ^ 0xe) & rowMask) * stride;
  rows[15] = (mix(Math.imul(sh[i]!, 0x1b56c4e9) ^ Math.imul(t1, 0x7feb352d) ^ 0xf) & rowMask) * stride;
  rows[16] = (mix(Math.imul(shp1, 0x846ca68b) ^ 0x10) & rowMask) * stride;
  rows[17] = (mix(Math.imul(h.suffix2[i]!, 0x5f356495) ^ 0x11) & rowMask) * stride;
}
