/**
 * Fetching a page or feed by URL: Node's fetch, with a timeout, a size limit
 * (read as a stream, so a huge response is cut off rather than buffered) and
 * one-line errors a user can act on.
 */
export interface Fetched {
  url: string;
  contentType: string;
  body: string;
  bytes: Uint8Array;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export class FetchError extends Error {}

/** The charset a response declares in its header, else in an HTML <meta>, else UTF-8. */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  let charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (!charset) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? /encoding=["']([\w-]+)["']/.exec(head)?.[1];
  }
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(`${url}: not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchError(`${url}: only http and https URLs can be fetched`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(parsed, { signal: controller.signal, redirect: 'follow', headers: { 'user-agent': 'hearsay/0.1 (+news analysis)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5' } });
    } catch (err) {
      if (controller.signal.aborted) throw new FetchError(`${url}: no answer within ${Math.round(timeoutMs / 1000)} s`);
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new FetchError(`${url}: cannot connect (${cause?.code ?? cause?.message ?? (err as Error).message})`);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError(`${url}: HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError(`${url}: larger than the ${Math.round(maxBytes / 1048576)} MB limit`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body?.getReader();
    try {
      while (reader) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => {});
          throw new FetchError(`${url}: larger than the ${Math.round(maxBytes / 1048576)} MB limit`);
        }
        chunks.push(value);
      }
    } catch (err) {
      if (err instanceof FetchError) throw err;
      if (controller.signal.aborted) throw new FetchError(`${url}: no complete answer within ${Math.round(timeoutMs / 1000)} s`);
      throw new FetchError(`${url}: connection failed while reading (${(err as Error).message})`);
    }
    const bytes = new Uint8Array(size);
    let off = 0;
    for (const c of chunks) { bytes.set(c, off); off += c.byteLength; }
    const contentType = res.headers.get('content-type') ?? '';
    return { url: res.url || url, contentType, bytes, body: decodeBody(bytes, contentType) };
  } finally {
    clearTimeout(timer);
  }
}
