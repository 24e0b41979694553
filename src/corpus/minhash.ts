/**
 * MinHash signatures and LSH banding (Broder 1997; Leskovec et al., "Mining of
 * Massive Datasets" ch. 3). Used twice: for near-duplicate articles (5-word
 * shingles) and for claims (content words and their bigrams). Band keys are
 * stored in SQLite so candidates are found by an index lookup, not a scan.
 */

/** A family of `k` hash functions, fixed seeds so signatures are stable across runs. */
function seeds(k: number): Uint32Array {
  const out = new Uint32Array(k);
  let x = 0x2545f491;
  for (let i = 0; i < k; i++) {
    // xorshift32: deterministic, well spread seeds
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out[i] = x;
  }
  return out;
}

const SEED_CACHE = new Map<number, Uint32Array>();

/** murmur3's finaliser over (feature xor seed): a cheap, well mixed 32-bit permutation per seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function signature(features: Iterable<number>, k: number): Uint32Array {
  let s = SEED_CACHE.get(2);
  if (!s) SEED_CACHE.set(2, (s = seeds(2)));
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (const f of features) {
    // k hash functions from two (Kirsch & Mitzenmacher's double hashing): h_i = a + i*b.
    // Two mixes per feature instead of k; good enough for LSH banding and Jaccard estimates.
    const a = mix(f, s[0]!);
    const b = mix(f, s[1]!) | 1;
    let h = a;
    for (let i = 0; i < k; i++) {
      if (h >>> 0 < sig[i]!) sig[i] = h >>> 0;
      h = (h + b) | 0;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * LSH band keys: `bands` groups of `rows` signature values, each hashed with its
 * band index into one integer below 2^40 (fits SQLite INTEGER and a JS number exactly).
 * Two items share a key in some band with probability 1-(1-J^rows)^bands.
 */
export function bandKeys(sig: Uint32Array, bands: number, rows: number): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) {
      h = Math.imul(h ^ sig[b * rows + r]!, 0x01000193);
      h ^= h >>> 15;
    }
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

export function sigToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function bufferToSig(buf: Buffer): Uint32Array {
  // Copy: the buffer SQLite hands back may not be 4-byte aligned.
  const out = new Uint32Array(buf.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Features as a sorted Uint32Array: compact to store, and Jaccard by a linear merge. */
export function sortedFeatures(features: Set<number>): Uint32Array {
  return Uint32Array.from(features).sort();
}

export function sortedJaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) { inter++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  const union = a.length + b.length - inter;
  return union ? inter / union : 0;
}
