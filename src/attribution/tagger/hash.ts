/**
 * 32-bit hashing for feature ids. Features are never built as strings at run
 * time: each token's attributes are hashed once per document and feature ids
 * are integer mixes of a template number and those hashes, so extracting a
 * feature allocates nothing (the speed budget is well under 1 ms per article).
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combines two hashes (murmur3 finaliser over a boost-style combine). */
export function mix(a: number, b: number): number {
  let h = a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2));
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  // 0 marks an empty slot in the weight table, so no feature may hash to it.
  return h === 0 ? 1 : h;
}

export const f1 = (t: number, a: number): number => mix(t, a);
export const f2 = (t: number, a: number, b: number): number => mix(mix(t, a), b);
export const f3 = (t: number, a: number, b: number, c: number): number => mix(mix(mix(t, a), b), c);
