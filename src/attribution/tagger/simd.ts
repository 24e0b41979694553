/**
 * A WebAssembly SIMD kernel for the tagger's row sums (decode.ts,
 * staticScores and the stacked pass's features): per token, the 16-byte
 * paired rows of its feature ids are widened to 16-bit lanes and added, two
 * v128 adds a row, where the JS SWAR loop spends ~20 integer ops a row.
 * Exact: the same integer sums (a lane holds at most ~60 rows × 255, far
 * below 2^16), converted to scores by the same JS expression as before.
 *
 * The module (~200 bytes) is assembled at load time from named opcodes by
 * the small encoder in nlp/fast/wasm.ts (why: see there).
 *
 * Where WebAssembly SIMD is missing (WebAssembly.validate rejects the
 * bytes), `simdSums` is null and callers keep the JS loop.
 */

import { EMPTY, I32, PAGE, V128, compileSimd, get, i32, memarg, moduleBytes, op, set, simd, tee, v } from '../../nlp/fast/wasm.js';

// ---------------------------------------------------------------- kernel

/**
 * sums(feat, n, width, out, shift): for each of n tokens, its `width` int32
 * feature ids at `feat` (consecutive), sums the 16-byte rows at
 * ((id × −1640531535) >>> shift) << 4 (the table sits at address 0, as
 * decode.ts hashes: Math.imul, >>> shift, × 4 int32) as two i16x8: the low 8
 * bytes widened (pass 1's row) and the high 8 (pass 2's). Stores both, 32
 * bytes a token, at `out`. n and width must be > 0.
 */
export function kernel(): Uint8Array<ArrayBuffer> {
  const FEAT = 0, N = 1, WIDTH = 2, OUT = 3, SHIFT = 4, END = 5, ACC1 = 6, ACC2 = 7, ROW = 8;
  const zero = [...simd(v.const), ...new Array<number>(16).fill(0)];
  const body = [
    op.loop, EMPTY, // per token
    ...zero, ...set(ACC1), ...zero, ...set(ACC2),
    ...get(FEAT), ...get(WIDTH), ...i32(2), op.i32_shl, op.i32_add, ...set(END),
    op.loop, EMPTY, // per feature
    ...get(FEAT), op.i32_load, ...memarg(2, 0), ...i32(-1640531535), op.i32_mul,
    ...get(SHIFT), op.i32_shr_u, ...i32(4), op.i32_shl,
    ...simd(v.load), ...memarg(4, 0), ...set(ROW),
    ...get(ACC1), ...get(ROW), ...simd(v.i16x8_extend_low_i8x16_u), ...simd(v.i16x8_add), ...set(ACC1),
    ...get(ACC2), ...get(ROW), ...simd(v.i16x8_extend_high_i8x16_u), ...simd(v.i16x8_add), ...set(ACC2),
    ...get(FEAT), ...i32(4), op.i32_add, ...tee(FEAT), ...get(END), op.i32_ne, op.br_if, 0,
    op.end,
    ...get(OUT), ...get(ACC1), ...simd(v.store), ...memarg(4, 0),
    ...get(OUT), ...get(ACC2), ...simd(v.store), ...memarg(4, 16),
    ...get(OUT), ...i32(32), op.i32_add, ...set(OUT),
    ...get(N), ...i32(1), op.i32_sub, ...tee(N), op.br_if, 0,
    op.end,
  ];
  // Locals after the 5 params: one i32 (END), three v128.
  return moduleBytes('sums', 5, 0, [[1, I32], [3, V128]], body);
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null without WebAssembly SIMD (or with HEARSAY_NO_SIMD=1, to compare). */
function wasmModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    compiled = compileSimd(kernel());
  }
  return compiled;
}

/** Scratch after the table for a document's feature ids and lane sums: 4 MB, ~20k tokens of 36 features; longer documents take the JS path. */
const SCRATCH = 64 * PAGE;

/**
 * A paired weight table in wasm memory and a scratch area after it for a
 * document's feature ids and lane sums. The memory never grows, so `table`
 * (an Int32Array over it) stays valid: it is PairedWeights.packed itself,
 * which the JS loops read too, and the process holds one copy of the table.
 */
export class SimdSums {
  private readonly fn: (feat: number, n: number, width: number, out: number, shift: number) => void;
  /** The table's int32, at address 0. */
  readonly table: Int32Array;
  /** First byte after the table, and the end of the memory. */
  private readonly base: number;
  private readonly limit: number;
  private readonly i32: Int32Array;
  /** The lane sums of the last call: 16 per token (pass 1's 8, then pass 2's), from u16[outAt]. */
  readonly u16: Uint16Array;
  outAt = 0;
  /** One token's feature ids (up to 32) for `one`, and where its 16 lane sums land in u16. */
  readonly one32: Int32Array;
  readonly oneAt: number;
  private readonly onePtr: number;

  constructor(mod: WebAssembly.Module, tableInts: number, private readonly shift: number) {
    this.base = Math.ceil((tableInts * 4) / PAGE) * PAGE;
    const pages = (this.base + SCRATCH) / PAGE;
    const mem = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const inst = new WebAssembly.Instance(mod, { env: { mem } });
    this.fn = inst.exports.sums as SimdSums['fn'];
    // The last 256 bytes: one token's features and sums for `one` (label-history features during decoding).
    this.limit = mem.buffer.byteLength - 256;
    this.onePtr = this.limit;
    this.oneAt = (this.limit + 128) >> 1;
    this.one32 = new Int32Array(mem.buffer, this.onePtr, 32);
    this.i32 = new Int32Array(mem.buffer);
    this.u16 = new Uint16Array(mem.buffer);
    this.table = new Int32Array(mem.buffer, 0, tableInts);
  }

  /** Sums the rows of one32[0, width) (width > 0) into u16[oneAt, oneAt + 16). */
  one(width: number): void {
    this.fn(this.onePtr, 1, width, this.onePtr + 128, this.shift);
  }

  /** Whether n tokens of `width` features fit in the scratch area. */
  fits(n: number, width: number): boolean {
    return this.base + n * (width * 4 + 32) <= this.limit;
  }

  /**
   * Sums the rows of `width` features per token for the n tokens of `feats`
   * (n × width ids from `from`); the lane sums are then at u16[outAt + 16 t + l].
   * The caller checks `fits` first.
   */
  run(feats: Int32Array, from: number, n: number, width: number): void {
    const fbytes = n * width * 4, out = this.base + fbytes;
    this.i32.set(feats.subarray(from, from + n * width), this.base >> 2);
    this.outAt = out >> 1;
    if (n > 0 && width > 0) this.fn(this.base, n, width, out, this.shift);
    else this.u16.fill(0, out >> 1, (out >> 1) + n * 16);
  }
}

/** A kernel and a table of `tableInts` int32 in its memory, or null when WebAssembly SIMD is unavailable. */
export function simdSums(tableInts: number, shift: number): SimdSums | null {
  const mod = wasmModule();
  return mod ? new SimdSums(mod, tableInts, shift) : null;
}
