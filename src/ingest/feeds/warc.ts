/**
 * WARC and WARC.gz files as Common Crawl's CC-NEWS writes them: `response`
 * records holding an HTTP response with an HTML page. Read with warcio
 * (webrecorder's maintained reader), which also handles per-record gzip.
 */
import { createReadStream } from 'node:fs';
import { decodeBody } from './fetch.js';
import type { InputItem } from './types.js';

export async function* readWarc(path: string): AsyncGenerator<InputItem> {
  // Loaded here, not when hearsay starts: ~40 ms that only a WARC input needs.
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(createReadStream(path));
  let n = 0;
  try {
    for await (const record of parser) {
      n++;
      if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
      const origin = `${path} record ${n}`;
      const status = record.httpHeaders?.statusCode;
      const contentType = String(record.httpHeaders?.headers.get('content-type') ?? record.warcContentType ?? '');
      if (!/html|xml|text\/plain/i.test(contentType)) continue; // images, scripts, robots.txt
      if (status !== undefined && (Number(status) < 200 || Number(status) >= 300)) continue; // redirects, errors
      const bytes = await record.readFully(true);
      const body = decodeBody(bytes, contentType);
      const url = record.warcTargetURI ?? undefined;
      const crawled = record.warcDate ?? undefined;
      if (/text\/plain/i.test(contentType)) yield { text: body, url, origin, crawled };
      else yield { html: body, url, origin, crawled };
    }
  } catch (err) {
    yield { problem: `unreadable WARC after record ${n} (${(err as Error).message})`, origin: path };
  }
}
