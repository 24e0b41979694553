/**
 * The in-memory LSH index of claim clusters: band key -> the first claims of clusters that have
 * it (at most `perBand`, in the order they were indexed), and each indexed claim's cluster and
 * features. The writer asks it six times per claim, tens of thousands of times per ingest, so it
 * is an open-addressing table over typed arrays: band keys are integers above 2^31, which a
 * JS Map would keep as boxed numbers (slower to hash, three times the memory).
 */

export interface IndexedClaim {
  id: number;
  cluster: number;
  /** Sorted unique feature hashes (claimkey.ts). */
  features: Uint32Array;
}

const EMPTY = 0; // claim ids start at 1

export class ClaimIndex {
  private bits = 14;
  private keys = new Float64Array(1 << this.bits);
  /** The band's only claim id, or -(1 + i) when lists[i] holds its claims. EMPTY: a free slot. */
  private heads = new Int32Array(1 << this.bits);
  private lists: number[][] = [];
  private used = 0;
  private readonly claims = new Map<number, IndexedClaim>();

  constructor(private readonly perBand: number) {}

  get size(): number {
    return this.claims.size;
  }

  clear(): void {
    this.bits = 14;
    this.keys = new Float64Array(1 << this.bits);
    this.heads = new Int32Array(1 << this.bits);
    this.lists = [];
    this.used = 0;
    this.claims.clear();
  }

  /** Indexes a cluster's first claim under its band keys. */
  add(claim: IndexedClaim, bands: ArrayLike<number>): void {
    this.claims.set(claim.id, claim);
    for (let i = 0; i < bands.length; i++) this.addToBand(bands[i]!, claim.id);
  }

  /** Calls `fn` with each claim indexed under this band key, in indexing order. */
  forEachInBand(band: number, fn: (claim: IndexedClaim) => void): void {
    const head = this.heads[this.slotOf(band)]!;
    if (head === EMPTY) return;
    if (head > 0) {
      fn(this.claims.get(head)!);
      return;
    }
    for (const id of this.lists[-head - 1]!) fn(this.claims.get(id)!);
  }

  private addToBand(band: number, id: number): void {
    let slot = this.slotOf(band);
    const head = this.heads[slot]!;
    if (head === EMPTY) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.slotOf(band);
      }
      this.keys[slot] = band;
      this.heads[slot] = id;
      this.used++;
    } else if (head > 0) {
      this.lists.push([head, id]);
      this.heads[slot] = -this.lists.length;
    } else {
      const list = this.lists[-head - 1]!;
      if (list.length < this.perBand) list.push(id);
    }
  }

  /** The slot holding this band key, or the free slot where it would go. */
  private slotOf(band: number): number {
    const mask = this.keys.length - 1;
    // Keys are (band number) * 2^32 + a 32-bit hash: the low word is already well mixed.
    let i = ((band % 4294967296) ^ Math.imul(Math.floor(band / 4294967296), 0x9e3779b1)) & mask;
    while (this.heads[i] !== EMPTY && this.keys[i] !== band) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { keys, heads } = this;
    this.bits++;
    this.keys = new Float64Array(1 << this.bits);
    this.heads = new Int32Array(1 << this.bits);
    for (let i = 0; i < keys.length; i++) {
      if (heads[i] === EMPTY) continue;
      const slot = this.slotOf(keys[i]!);
      this.keys[slot] = keys[i]!;
      this.heads[slot] = heads[i]!;
    }
  }
}
