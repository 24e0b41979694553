/**
 * Scratch typed arrays for tagging one document, carved out of one buffer
 * that is reused from document to document.
 *
 * Why: tagging an article makes some ninety typed arrays of its length
 * (token values, their padded copies, the stacked pass's values, scores).
 * V8 keeps an array of more than 64 bytes outside its heap, and making one
 * costs far more than using it: `new Int32Array(800)` took 1.2 µs on this
 * machine, a view of an existing buffer with its zeroing 0.06 µs (about
 * 0.1 ms an article in all, and less memory for the collector to track).
 *
 * Arrays are carved only inside `withScratch` (tagRuns, which keeps nothing
 * of them once it returns); the next document's arrays take the same memory.
 * Outside it (training keeps many documents' features at once) they are new.
 * Either way an array starts zeroed, as `new` makes it.
 */

const INITIAL_BYTES = 1 << 20;
/** A buffer grown past this for one very long document is let go afterwards, not kept for the next. */
const KEPT_BYTES = 16 << 20;

let buffer = new ArrayBuffer(INITIAL_BYTES);
let offset = 0;
let depth = 0;

/** Runs `f` with carved arrays; they must not be kept once it returns. */
export function withScratch<T>(f: () => T): T {
  if (depth++ === 0) offset = 0;
  try {
    return f();
  } finally {
    if (--depth === 0 && buffer.byteLength > KEPT_BYTES) buffer = new ArrayBuffer(INITIAL_BYTES);
  }
}

/**
 * The byte offset of `bytes` more in the buffer (a new, larger buffer when it is full: views of the
 * old stay valid). Called before `buffer` is read, which it may replace.
 */
function carve(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (offset + size > buffer.byteLength) {
    buffer = new ArrayBuffer(Math.max(2 * buffer.byteLength, 2 * size));
    offset = 0;
  }
  const at = offset;
  offset += size;
  return at;
}

export function int32s(n: number): Int32Array {
  if (depth === 0) return new Int32Array(n);
  const at = carve(4 * n);
  return new Int32Array(buffer, at, n).fill(0);
}

export function int8s(n: number): Int8Array {
  if (depth === 0) return new Int8Array(n);
  const at = carve(n);
  return new Int8Array(buffer, at, n).fill(0);
}

export function uint8s(n: number): Uint8Array {
  if (depth === 0) return new Uint8Array(n);
  const at = carve(n);
  return new Uint8Array(buffer, at, n).fill(0);
}

export function float64s(n: number): Float64Array {
  if (depth === 0) return new Float64Array(n);
  const at = carve(8 * n);
  return new Float64Array(buffer, at, n).fill(0);
}
