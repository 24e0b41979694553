/**
 * Bytes to text. Articles arrive as UTF-8 (with or without a BOM), UTF-16
 * with a BOM, or, for HTML pages, in whatever legacy charset the page
 * declares. Anything that does not decode cleanly is refused with a reason a
 * person can act on, because a half-decoded article silently corrupts every
 * offset in the ledger.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from './errors.js';

/** Largest article we read: news articles are kilobytes; 20 MB is a book. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;

export function checkSize(file: string, size: number): void {
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(file, `too large (${formatBytes(size)}); hearsay reads articles up to ${formatBytes(MAX_INPUT_BYTES)}`);
  }
}

export type Bom = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number };

export function sniffBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Signatures of common binary formats people pass by mistake, for a better message. */
const MAGIC: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Refuses bytes that are not text: a NUL byte never occurs in UTF-8 prose
 * (and UTF-16 without a BOM we cannot tell from binary reliably).
 */
export function assertNotBinary(file: string, bytes: Uint8Array): void {
  for (const [what, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) throw new InputError(file, `binary data (looks like ${what}), not a text or HTML article`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(file, `binary data (a NUL byte at byte ${nul}), not a text or HTML article`);
}

/** Control characters (NUL included) other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** Decoded text that is mostly control characters is binary that happened to decode. */
export function assertMostlyText(file: string, text: string): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / sample.length > 0.02) {
    throw new InputError(file, `binary data (${Math.round((controls / sample.length) * 100)}% control characters), not a text or HTML article`);
  }
}

/** Offset of the first byte that breaks UTF-8 (Buffer.isUtf8 says whether; this says where). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number, min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function decodeUtf8Strict(file: string, bytes: Uint8Array): string {
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(file, `not valid UTF-8 at byte ${at < 0 ? 0 : at} (save it as UTF-8, or as HTML that declares its charset)`);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Decodes with the given charset (a WHATWG label: "windows-1251", "koi8-r",
 * "shift_jis", …). Node's full ICU build knows the legacy charsets.
 */
export function decodeWithCharset(file: string, bytes: Uint8Array, charset: string): string {
  const label = charset.trim().toLowerCase();
  if (label === 'utf-8' || label === 'utf8' || label === 'unicode-1-1-utf-8') return decodeUtf8Strict(file, bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InputError(file, `declares a charset hearsay does not know: "${charset}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(file, `is not valid ${charset} as it declares`);
  }
}

/**
 * Plain text: a BOM decides UTF-8 or UTF-16; without one, the text must be
 * UTF-8 (plain text carries no charset declaration to trust).
 */
export function decodeText(file: string, bytes: Uint8Array, fallbackCharset?: string): string {
  const bom = sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8') return decodeUtf8Strict(file, body);
    try {
      return new TextDecoder(bom.encoding, { fatal: true }).decode(body);
    } catch {
      throw new InputError(file, `starts with a ${bom.encoding.toUpperCase()} byte-order mark but is not valid ${bom.encoding.toUpperCase()}`);
    }
  }
  assertNotBinary(file, bytes);
  return fallbackCharset ? decodeWithCharset(file, bytes, fallbackCharset) : decodeUtf8Strict(file, bytes);
}
