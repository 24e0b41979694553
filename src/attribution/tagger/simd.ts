/**
 * A WebAssembly SIMD kernel for the tagger's row sums (decode.ts,
 * staticScores and the stacked pass's features): per token, the 16-byte
 * paired rows of its feature ids are widened to 16-bit lanes and added, two
 * v128 adds a row, where the JS SWAR loop spends ~20 integer ops a row.
 * Exact: the same integer sums (a lane holds at most ~60 rows × 255, far
 * below 2^16), converted to scores by the same JS expression as before.
 *
 * The module is ~150 bytes, assembled here at load time from named opcodes.
 * Why not a .wat file and a compiler: none is installed, and a build-time
 * wat toolchain (wabt and its bindings) for this little code would cost more
 * than it saves; no maintained npm package assembles wasm at run time
 * without pulling in a compiler. The encoder below covers what the kernel
 * uses and nothing more.
 *
 * Where WebAssembly SIMD is missing (WebAssembly.validate rejects the
 * bytes), `simdSums` is null and callers keep the JS loop.
 */

// ---------------------------------------------------------------- encoder

/** Unsigned LEB128 (lengths, indices, memarg fields, SIMD sub-opcodes). */
function uleb(n: number): number[] {
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

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => vec([...s].map((c) => [c.charCodeAt(0)]));
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

const I32 = 0x7f, V128 = 0x7b, EMPTY = 0x40;
/** Core opcodes (WebAssembly spec, binary format §5.4). */
const op = {
  loop: 0x03, br_if: 0x0d, end: 0x0b,
  local_get: 0x20, local_set: 0x21, local_tee: 0x22,
  i32_load: 0x28, i32_const: 0x41, i32_ne: 0x47,
  i32_add: 0x6a, i32_sub: 0x6b, i32_mul: 0x6c, i32_shl: 0x74, i32_shr_u: 0x76,
} as const;
/** SIMD opcodes: prefix 0xfd, then the sub-opcode as a LEB128 u32 (spec §5.4.8). */
const simd = (sub: number): number[] => [0xfd, ...uleb(sub)];
const v = {
  load: 0x00, store: 0x0b, const: 0x0c,
  i16x8_extend_low_i8x16_u: 0x89, i16x8_extend_high_i8x16_u: 0x8a, i16x8_add: 0x8e,
} as const;
/** memarg: log2 of the alignment hint, then a static offset. */
const memarg = (alignLog2: number, offset: number): number[] => [...uleb(alignLog2), ...uleb(offset)];
const get = (i: number): number[] => [op.local_get, ...uleb(i)];
const set = (i: number): number[] => [op.local_set, ...uleb(i)];
const tee = (i: number): number[] => [op.local_tee, ...uleb(i)];
const i32 = (k: number): number[] => [op.i32_const, ...sleb(k)];

// ---------------------------------------------------------------- kernel

/**
 * sums(feat, n, width, out, shift): for each of n tokens, its `width` int32
 * feature ids at `feat` (consecutive), sums the 16-byte rows at
 * ((id × −1640531535) >>> shift) << 4 (the table sits at address 0, as
 * decode.ts hashes: Math.imul, >>> shift, × 4 int32) as two i16x8: the low 8
 * bytes widened (pass 1's row) and the high 8 (pass 2's). Stores both, 32
 * bytes a token, at `out`. n and width must be > 0.
 */
function kernel(): number[] {
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
    op.end, // function
  ];
  // Locals after the 5 params: one i32 (END), three v128.
  const locals = vec([[1, I32], [3, V128]]);
  const code = [...locals, ...body];
  return [...uleb(code.length), ...code];
}

/** The module: imports its memory (env.mem), exports `sums`. */
export function moduleBytes(): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32]]), ...vec([])]])), // type 0: (i32 × 5) → ()
    ...section(2, vec([[...name('env'), ...name('mem'), 0x02, 0x00, ...uleb(1)]])), // import memory, min 1 page
    ...section(3, vec([[0]])), // function 0 has type 0
    ...section(7, vec([[...name('sums'), 0x00, 0]])), // export function 0 as "sums"
    ...section(10, vec([kernel()])),
  ]);
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null without WebAssembly SIMD (or with HEARSAY_NO_SIMD=1, to compare). */
function wasmModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    const bytes = moduleBytes();
    compiled = typeof WebAssembly === 'object' && !process.env.HEARSAY_NO_SIMD && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  }
  return compiled;
}

const PAGE = 65536;
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
