/**
 * Which charset an HTML page is in: a byte-order mark wins, then what the
 * page declares in its first bytes (<meta charset>, the http-equiv
 * Content-Type, an XML declaration), as browsers do (WHATWG "prescan").
 */
import { sniffBom } from './decode.js';

/** Browsers look at the first 1024 bytes; real pages sometimes declare later, so we allow more. */
const PRESCAN_BYTES = 4096;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  // One pattern covers <meta charset="x"> and <meta http-equiv=... content="text/html; charset=x">.
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const found = meta?.[1] ?? xml?.[1];
  if (!found) return null;
  // A page that reached us as ASCII-compatible bytes cannot really be UTF-16,
  // whatever it claims; the HTML standard says to read it as UTF-8.
  return /^utf-?16/i.test(found) ? 'utf-8' : found;
}

export function htmlCharset(bytes: Uint8Array): { charset: string; from: 'bom' | 'declared' | 'default' } {
  const bom = sniffBom(bytes);
  if (bom) return { charset: bom.encoding, from: 'bom' };
  const declared = declaredCharset(bytes);
  if (declared) return { charset: declared, from: 'declared' };
  return { charset: 'utf-8', from: 'default' };
}
