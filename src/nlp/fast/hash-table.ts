/**
 * Int → int open-addressing table keyed by 32-bit string hashes: the tag
 * dictionary and lemma table are read once per token, and looking up a
 * freshly sliced string in a Map costs a second pass over its characters
 * to hash it, where we already hold its hash from the feature pass.
 * Two different words with the same 32-bit hash would share an entry; with a
 * few thousand keys the chance that an unseen word hits one is ~1e-6.
 */
import { mix } from './features.js';

export class IntHashTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
  }

  set(key: number, value: number): void {
    let i = mix(key) & this.mask;
    while (this.used[i] === 1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    this.keys[i] = key; this.values[i] = value; this.used[i] = 1;
  }

  /** The value for `key`, or -1. */
  get(key: number): number {
    let i = mix(key) & this.mask;
    while (this.used[i] === 1) {
      if (this.keys[i] === key) return this.values[i]!;
      i = (i + 1) & this.mask;
    }
    return -1;
  }
}
