/**
 * Greedy averaged-perceptron POS tagger (Honnibal's "A good POS tagger in
 * about 200 lines"), with hashed features so the weights fit in one small
 * table (2^16 rows × 17 tags of Int8: 1.1 MB) that stays mostly in cache,
 * which on this machine matters more than the arithmetic.
 */
import { FEATURE_COUNT, featureRows, type TokenHashes } from './features.js';
import type { IntHashTable } from './hash-table.js';
import { TAG_COUNT } from './model.js';
import { PAGE, compileSimd, posKernel } from './wasm.js';

let kernel: WebAssembly.Module | null | undefined;

/**
 * The weights in WebAssembly memory with the SIMD scoring kernel (wasm.ts,
 * posKernel), and the feature rows as the kernel reads them.
 */
interface SimdScorer { tag: (rows: number, end: number) => number; rows: Int32Array; at: number; end: number }

function simdScorer(weights: Int8Array): SimdScorer | null {
  kernel ??= compileSimd(posKernel());
  if (!kernel) return null;
  // The table at address 0, then the feature rows (18 int32) and the kernel's 32 bytes of sums; 16 bytes of slack after the table for the last row's v128 load.
  const at = Math.ceil((weights.byteLength + 16) / 16) * 16, end = at + FEATURE_COUNT * 4, pages = Math.ceil((end + 32) / PAGE);
  const mem = new WebAssembly.Memory({ initial: pages, maximum: pages });
  new Int8Array(mem.buffer).set(weights);
  const tag = new WebAssembly.Instance(kernel, { env: { mem } }).exports.tag as SimdScorer['tag'];
  return { tag, rows: new Int32Array(mem.buffer, at, FEATURE_COUNT), at, end };
}

export class PosTagger {
  private readonly rows = new Int32Array(FEATURE_COUNT);
  private readonly rowMask: number;
  /** The SIMD kernel, or null (no WebAssembly SIMD): then the JS loop scores. */
  private readonly simd: SimdScorer | null;

  /** `tagDict` maps a word's exact hash (TokenHashes.exact) to its tag. */
  constructor(private readonly weights: Int8Array, rowBits: number, private readonly tagDict: IntHashTable, simd = true) {
    this.rowMask = (1 << rowBits) - 1;
    if (TAG_COUNT !== 17) throw new Error('the tagger\'s scoring loop is unrolled for 17 tags');
    this.simd = simd ? simdScorer(weights) : null;
  }

  /** Whether the SIMD kernel scores (false: the JS loop). */
  get usesSimd(): boolean { return this.simd !== null; }

  /** The same tagger scoring in JS only (to compare the two). */
  withoutSimd(): PosTagger {
    return new PosTagger(this.weights, Math.log2(this.rowMask + 1), this.tagDict, false);
  }

  /** Tags tokens [a, b) of one sentence into `tags`. */
  tagSentence(h: TokenHashes, a: number, b: number, tags: Uint8Array): void {
    if (this.simd) { this.tagSentenceSimd(h, a, b, tags, this.simd); return; }
    const W = this.weights, rows = this.rows, dict = this.tagDict, exact = h.exact;
    let prev1 = -1, prev2 = -2;
    for (let i = a; i < b; i++) {
      let tag = dict.get(exact[i]!);
      if (tag < 0) {
        featureRows(h, i, a, b, prev1, prev2, this.rowMask, TAG_COUNT, rows);
        // One accumulator per tag in locals: the 17 sums stay in registers
        // instead of going through a typed array 18 × 17 times per token.
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0, s16 = 0;
        for (let f = 0; f < FEATURE_COUNT; f++) {
          const r = rows[f]!;
          s0 += W[r + 0]!;
          s1 += W[r + 1]!;
          s2 += W[r + 2]!;
          s3 += W[r + 3]!;
          s4 += W[r + 4]!;
          s5 += W[r + 5]!;
          s6 += W[r + 6]!;
          s7 += W[r + 7]!;
          s8 += W[r + 8]!;
          s9 += W[r + 9]!;
          s10 += W[r + 10]!;
          s11 += W[r + 11]!;
          s12 += W[r + 12]!;
          s13 += W[r + 13]!;
          s14 += W[r + 14]!;
          s15 += W[r + 15]!;
          s16 += W[r + 16]!;
        }
        let best = s0;
        tag = 0;
        if (s1 > best) { best = s1; tag = 1; }
        if (s2 > best) { best = s2; tag = 2; }
        if (s3 > best) { best = s3; tag = 3; }
        if (s4 > best) { best = s4; tag = 4; }
        if (s5 > best) { best = s5; tag = 5; }
        if (s6 > best) { best = s6; tag = 6; }
        if (s7 > best) { best = s7; tag = 7; }
        if (s8 > best) { best = s8; tag = 8; }
        if (s9 > best) { best = s9; tag = 9; }
        if (s10 > best) { best = s10; tag = 10; }
        if (s11 > best) { best = s11; tag = 11; }
        if (s12 > best) { best = s12; tag = 12; }
        if (s13 > best) { best = s13; tag = 13; }
        if (s14 > best) { best = s14; tag = 14; }
        if (s15 > best) { best = s15; tag = 15; }
        if (s16 > best) { best = s16; tag = 16; }
      }
      tags[i] = tag;
      prev2 = prev1; prev1 = tag;
    }
  }

  /** tagSentence with the sums and the arg max in the SIMD kernel: the same integer sums, the same first best tag. */
  private tagSentenceSimd(h: TokenHashes, a: number, b: number, tags: Uint8Array, S: SimdScorer): void {
    const dict = this.tagDict, exact = h.exact, rows = S.rows, at = S.at, end = S.end;
    let prev1 = -1, prev2 = -2;
    for (let i = a; i < b; i++) {
      let tag = dict.get(exact[i]!);
      if (tag < 0) {
        featureRows(h, i, a, b, prev1, prev2, this.rowMask, TAG_COUNT, rows);
        tag = S.tag(at, end);
      }
      tags[i] = tag;
      prev2 = prev1; prev1 = tag;
    }
  }
}
