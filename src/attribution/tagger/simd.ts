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
import { seed, type Recorder } from './hash.js';

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

/** Tokens per chunk of the fused kernel. */
export const CHUNK = 32;

/**
 * fused(desc, e1, e2, e3, chunks, out, shift, ids, idBytes): the same sums as
 * `sums`, with the feature ids computed from the templates rather than read.
 * Per chunk of CHUNK tokens, first the row offsets of every template for
 * every token, four tokens at a time (i32x4), into `ids` (template-major,
 * CHUNK int32 a template; idBytes = templates × CHUNK × 4); then each
 * token's rows summed as in `sums`. Why two phases: the hashing vectorises,
 * and the summing loop stays as short as `sums`' (a loop that hashed and
 * summed in one was slower than reading written ids: fewer row reads in flight).
 *
 * A template descriptor (32 bytes: its seed four times, then the byte
 * addresses of its value arrays at token 0 with the template's offsets
 * applied) gives token i's id as Cols does (hash.ts): x = seed + A[i];
 * arity 2: mix(x, B[i]); arity 3: mix(mix(x, B[i]), C[i]), with
 * mix(a, b) = imul(a ^ (a >>> 15), 0x2c1b3c6d) + b. Descriptors of arity 1
 * are at [desc, e1), of arity 2 at [e1, e2), of arity 3 at [e2, e3) (each
 * group may be empty, not all): the lane sums are integers, so the order of
 * the rows does not change them. `chunks` > 0; the value arrays must be
 * readable CHUNK × chunks + 4 values past token 0's (the extra tokens' sums
 * are written, not meant to be read).
 */
export function fusedKernel(): Uint8Array<ArrayBuffer> {
  const DESC = 0, E1 = 1, E2 = 2, E3 = 3, N = 4, OUT = 5, SHIFT = 6, IDS = 7, IDB = 8;
  const I4 = 9, D = 10, Q = 11, P = 12, J = 13, JE = 14, X = 15, ACC1 = 16, ACC2 = 17, ROW = 18;
  const CB = CHUNK * 4;
  const splat = (k: number): number[] => [...simd(v.const), ...[0, 8, 16, 24].flatMap(() => [k & 0xff, (k >>> 8) & 0xff, (k >>> 16) & 0xff, (k >>> 24) & 0xff])];
  /** Tokens i…i+3's values (i = chunk start + Q / 4) of the descriptor's array at byte offset `at` (16, 20, 24). */
  const value = (at: number): number[] => [
    ...get(D), op.i32_load, ...memarg(2, at), ...get(I4), op.i32_add, ...get(Q), op.i32_add, ...simd(v.load), ...memarg(0, 0),
  ];
  const mix = (at: number): number[] => [
    ...tee(X), ...get(X), ...i32(15), ...simd(v.i32x4_shr_u), ...simd(v.v128_xor), ...splat(0x2c1b3c6d), ...simd(v.i32x4_mul),
    ...value(at), ...simd(v.i32x4_add),
  ];
  const group = (arity: number, from: number, end: number): number[] => [
    ...get(from), ...set(D),
    op.block, EMPTY,
    ...get(D), ...get(end), op.i32_eq, op.br_if, 0,
    op.loop, EMPTY, // per template
    ...i32(0), ...set(Q),
    op.loop, EMPTY, // per 4 tokens
    ...get(P),
    ...get(D), ...simd(v.load), ...memarg(4, 0), ...value(16), ...simd(v.i32x4_add),
    ...(arity >= 2 ? mix(20) : []), ...(arity >= 3 ? mix(24) : []),
    ...splat(-1640531535), ...simd(v.i32x4_mul), ...get(SHIFT), ...simd(v.i32x4_shr_u), ...i32(4), ...simd(v.i32x4_shl),
    ...simd(v.store), ...memarg(4, 0),
    ...get(P), ...i32(16), op.i32_add, ...set(P),
    ...get(Q), ...i32(16), op.i32_add, ...tee(Q), ...i32(CB), op.i32_ne, op.br_if, 0,
    op.end,
    ...get(D), ...i32(32), op.i32_add, ...tee(D), ...get(end), op.i32_ne, op.br_if, 0,
    op.end,
    op.end,
  ];
  const zero = splat(0);
  const body = [
    op.loop, EMPTY, // per chunk
    ...get(IDS), ...set(P),
    ...group(1, DESC, E1), ...group(2, E1, E2), ...group(3, E2, E3),
    ...get(IDS), ...set(J), // token t's first row offset
    op.loop, EMPTY, // per token
    ...zero, ...set(ACC1), ...zero, ...set(ACC2),
    ...get(J), ...get(IDB), op.i32_add, ...set(JE),
    op.loop, EMPTY, // per template
    ...get(J), op.i32_load, ...memarg(2, 0), ...simd(v.load), ...memarg(4, 0), ...set(ROW),
    ...get(ACC1), ...get(ROW), ...simd(v.i16x8_extend_low_i8x16_u), ...simd(v.i16x8_add), ...set(ACC1),
    ...get(ACC2), ...get(ROW), ...simd(v.i16x8_extend_high_i8x16_u), ...simd(v.i16x8_add), ...set(ACC2),
    ...get(J), ...i32(CB), op.i32_add, ...tee(J), ...get(JE), op.i32_ne, op.br_if, 0,
    op.end,
    ...get(OUT), ...get(ACC1), ...simd(v.store), ...memarg(4, 0),
    ...get(OUT), ...get(ACC2), ...simd(v.store), ...memarg(4, 16),
    ...get(OUT), ...i32(32), op.i32_add, ...set(OUT),
    // Next token: J = its first offset (J ended at IDS + idBytes + t × 4).
    ...get(J), ...get(IDB), op.i32_sub, ...i32(4), op.i32_add, ...tee(J), ...get(IDS), ...i32(CB), op.i32_add, op.i32_ne, op.br_if, 0,
    op.end,
    ...get(I4), ...i32(CB), op.i32_add, ...set(I4),
    ...get(N), ...i32(1), op.i32_sub, ...tee(N), op.br_if, 0,
    op.end,
  ];
  // Locals after the 9 params: six i32 (I4, D, Q, P, J, JE), four v128 (X, ACC1, ACC2, ROW).
  return moduleBytes('fused', 9, 0, [[6, I32], [4, V128]], body);
}

let compiled: WebAssembly.Module | null | undefined;
let compiledFused: WebAssembly.Module | null | undefined;

/** The compiled modules, each compiled once, or null without WebAssembly SIMD (or with HEARSAY_NO_SIMD=1, to compare). */
const wasmModule = (): WebAssembly.Module | null => (compiled === undefined ? (compiled = compileSimd(kernel())) : compiled);
const fusedModule = (): WebAssembly.Module | null => (compiledFused === undefined ? (compiledFused = compileSimd(fusedKernel())) : compiledFused);

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
  private readonly fusedFn: ((desc: number, e1: number, e2: number, e3: number, chunks: number, out: number, shift: number, ids: number, idBytes: number) => void) | null;
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
    const fm = fusedModule();
    this.fusedFn = fm ? (new WebAssembly.Instance(fm, { env: { mem } }).exports.fused as SimdSums['fusedFn']) : null;
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

  /**
   * The lane sums of a template list's rows (as `run` over Recorder.replay()'s
   * ids) without writing the ids: the value arrays the templates read are
   * copied into the scratch area, each once, and the fused kernel computes the
   * ids. False (nothing done) when they do not fit or the kernel is missing;
   * then the caller writes the ids and calls `run`.
   */
  fused(rec: Recorder): boolean {
    const fn = this.fusedFn, n = rec.n, calls = rec.calls;
    if (!fn || n <= 0 || calls.length === 0) return false;
    const arrays: Int32Array[] = [];
    for (const c of calls) {
      if (!arrays.includes(c.A)) arrays.push(c.A);
      if (c.arity >= 2 && !arrays.includes(c.B)) arrays.push(c.B);
      if (c.arity >= 3 && !arrays.includes(c.C)) arrays.push(c.C);
    }
    // Arrays of n + CHUNK + 4 values: the kernel reads values up to the end of the last chunk (and offsets to +2).
    const chunks = Math.ceil(n / CHUNK), stride = (n + CHUNK + 4) * 4;
    const desc = (this.base + arrays.length * stride + 15) & ~15, ids = desc + calls.length * 32, idBytes = calls.length * CHUNK * 4;
    const out = ids + idBytes;
    if (out + chunks * CHUNK * 32 > this.limit) return false;
    const i32 = this.i32;
    arrays.forEach((a, k) => i32.set(a, (this.base + k * stride) >> 2));
    const at = (a: Int32Array, d: number): number => this.base + arrays.indexOf(a) * stride + (2 + d) * 4;
    let p = desc >> 2;
    const ends = [0, 0, 0];
    for (let arity = 1; arity <= 3; arity++) {
      for (const c of calls) {
        if (c.arity !== arity) continue;
        i32[p] = i32[p + 1] = i32[p + 2] = i32[p + 3] = seed(c.t);
        i32[p + 4] = at(c.A, c.da); i32[p + 5] = arity >= 2 ? at(c.B, c.db) : 0; i32[p + 6] = arity >= 3 ? at(c.C, c.dc) : 0;
        p += 8;
      }
      ends[arity - 1] = p << 2;
    }
    fn(desc, ends[0]!, ends[1]!, ends[2]!, chunks, out, this.shift, ids, idBytes);
    this.outAt = out >> 1;
    return true;
  }
}

/** A kernel and a table of `tableInts` int32 in its memory, or null when WebAssembly SIMD is unavailable. */
export function simdSums(tableInts: number, shift: number): SimdSums | null {
  const mod = wasmModule();
  return mod ? new SimdSums(mod, tableInts, shift) : null;
}
