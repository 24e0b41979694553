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

/**
 * Combines two hashes: a multiply-add step of a polynomial hash. Cheap on
 * purpose (it runs ~250 times per token); the weight table mixes the final
 * value once more (a multiplicative hash taking the top bits), and the
 * inputs are already FNV hashes or small codes.
 */
export function mix(a: number, b: number): number {
  return (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + b) | 0;
}

export const f1 = (t: number, a: number): number => mix(t, a);
export const f2 = (t: number, a: number, b: number): number => mix(mix(t, a), b);
export const f3 = (t: number, a: number, b: number, c: number): number => mix(mix(mix(t, a), b), c);
