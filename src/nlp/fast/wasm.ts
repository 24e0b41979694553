/**
 * A minimal WebAssembly binary encoder, and the POS tagger's SIMD scoring
 * kernel (tagger.ts). The attribution tagger's kernel (attribution/tagger/simd.ts)
 * is built with the same encoder.
 *
 * Why we assemble the bytes ourselves, at load time, from named opcodes:
 * the kernels are ~100 bytes of code each; a .wat file would need a wat
 * compiler at build time (none is installed, and wabt and its bindings are a
 * toolchain out of all proportion to this), and no maintained npm package
 * assembles wasm at run time without pulling in a compiler. The encoder
 * covers what the kernels use and nothing more; WebAssembly.validate checks
 * its output, and the tests compare the kernels' results with the JS loops.
 */

// ---------------------------------------------------------------- encoder

/** Unsigned LEB128 (lengths, indices, memarg fields, SIMD sub-opcodes). */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

/** Signed LEB128 (i32.const immediates). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

export const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => vec([...s].map((c) => [c.charCodeAt(0)]));
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

export const I32 = 0x7f, V128 = 0x7b, EMPTY = 0x40;
/** Core opcodes (WebAssembly spec, binary format §5.4). */
export const op = {
  block: 0x02, loop: 0x03, br_if: 0x0d, end: 0x0b, select: 0x1b,
  local_get: 0x20, local_set: 0x21, local_tee: 0x22,
  i32_load: 0x28, i32_load8_s: 0x2c, i32_load16_s: 0x2e, i32_const: 0x41, i32_eq: 0x46, i32_ne: 0x47, i32_gt_s: 0x4a,
  i32_add: 0x6a, i32_sub: 0x6b, i32_mul: 0x6c, i32_xor: 0x73, i32_shl: 0x74, i32_shr_u: 0x76,
} as const;
/** SIMD opcodes: prefix 0xfd, then the sub-opcode as a LEB128 u32 (spec §5.4.8). */
export const simd = (sub: number): number[] => [0xfd, ...uleb(sub)];
export const v = {
  load: 0x00, store: 0x0b, const: 0x0c,
  i16x8_extend_low_i8x16_s: 0x87, i16x8_extend_high_i8x16_s: 0x88,
  i16x8_extend_low_i8x16_u: 0x89, i16x8_extend_high_i8x16_u: 0x8a, i16x8_add: 0x8e,
  i32x4_extract_lane: 0x1b, v128_xor: 0x51, i32x4_shl: 0xab, i32x4_shr_u: 0xad, i32x4_add: 0xae, i32x4_mul: 0xb5,
} as const;
/** memarg: log2 of the alignment hint, then a static offset. */
export const memarg = (alignLog2: number, offset: number): number[] => [...uleb(alignLog2), ...uleb(offset)];
export const get = (i: number): number[] => [op.local_get, ...uleb(i)];
export const set = (i: number): number[] => [op.local_set, ...uleb(i)];
export const tee = (i: number): number[] => [op.local_tee, ...uleb(i)];
export const i32 = (k: number): number[] => [op.i32_const, ...sleb(k)];

/**
 * A module of one function, exported as `name`, over an imported memory
 * (env.mem): `params` i32 parameters, i32 results as given, `locals` as
 * [count, type] groups, and the body (without the final `end`).
 */
export function moduleBytes(fn: string, params: number, results: number, locals: Array<[number, number]>, body: number[]): Uint8Array<ArrayBuffer> {
  const code = [...vec(locals.map(([k, t]) => [...uleb(k), t])), ...body, op.end];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, vec([[0x60, ...vec(new Array<number[]>(params).fill([I32])), ...vec(new Array<number[]>(results).fill([I32]))]])), // type 0
    ...section(2, vec([[...name('env'), ...name('mem'), 0x02, 0x00, ...uleb(1)]])), // import memory, min 1 page
    ...section(3, vec([[0]])), // function 0 has type 0
    ...section(7, vec([[...name(fn), 0x00, 0]])), // export function 0
    ...section(10, vec([[...uleb(code.length), ...code]])),
  ]);
}

/** Compiles `bytes`, or null without WebAssembly SIMD (or with HEARSAY_NO_SIMD=1, to compare). */
export function compileSimd(bytes: Uint8Array<ArrayBuffer>): WebAssembly.Module | null {
  return typeof WebAssembly === 'object' && !process.env.HEARSAY_NO_SIMD && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
}

export const PAGE = 65536;

// ---------------------------------------------------------------- POS tagger kernel

/**
 * tag(rows, end) → tag: sums the int8 rows of 17 tag weights at the byte
 * offsets rows[0 …] (int32, up to `end`; the table sits at address 0) and
 * returns the first tag with the highest sum, as tagSentence's JS loop
 * does. Tags 0–15 are one v128 load widened to two i16x8 (18 rows × 128
 * fit in 16 bits), tag 16 a scalar byte. The sums are stored at `end` for
 * the arg max.
 */
export function posKernel(): Uint8Array<ArrayBuffer> {
  const ROWS = 0, END = 1, R = 2, S16 = 3, BEST = 4, TAG = 5, T = 6, V = 7, LO = 8, HI = 9, ROW = 10;
  const gt = [...get(V), ...get(BEST), op.i32_gt_s];
  return moduleBytes('tag', 2, 1, [[6, I32], [3, V128]], [ // locals start at zero
    op.loop, EMPTY, // per row
    ...get(ROWS), op.i32_load, ...memarg(2, 0), ...tee(R), ...simd(v.load), ...memarg(0, 0), ...set(ROW),
    ...get(LO), ...get(ROW), ...simd(v.i16x8_extend_low_i8x16_s), ...simd(v.i16x8_add), ...set(LO),
    ...get(HI), ...get(ROW), ...simd(v.i16x8_extend_high_i8x16_s), ...simd(v.i16x8_add), ...set(HI),
    ...get(S16), ...get(R), op.i32_load8_s, ...memarg(0, 16), op.i32_add, ...set(S16),
    ...get(ROWS), ...i32(4), op.i32_add, ...tee(ROWS), ...get(END), op.i32_ne, op.br_if, 0,
    op.end,
    ...get(END), ...get(LO), ...simd(v.store), ...memarg(0, 0),
    ...get(END), ...get(HI), ...simd(v.store), ...memarg(0, 16),
    // Arg max, the first of equal sums winning: best = sum of tag 0, then tags 1…15, then 16.
    ...get(END), op.i32_load16_s, ...memarg(1, 0), ...set(BEST),
    ...i32(1), ...set(T),
    op.loop, EMPTY,
    ...get(END), ...get(T), ...i32(1), op.i32_shl, op.i32_add, op.i32_load16_s, ...memarg(1, 0), ...set(V),
    ...get(T), ...get(TAG), ...gt, op.select, ...set(TAG),
    ...get(V), ...get(BEST), ...gt, op.select, ...set(BEST),
    ...get(T), ...i32(1), op.i32_add, ...tee(T), ...i32(16), op.i32_ne, op.br_if, 0,
    op.end,
    ...i32(16), ...get(TAG), ...get(S16), ...get(BEST), op.i32_gt_s, op.select,
  ]);
}
