/**
 * JSONL: one article a line, `{url, title, text | html, published, publisher, byline}`.
 * Read as a stream so a corpus of any size costs one line of memory.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { InputItem } from './types.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function jsonlLineToItem(line: string, origin: string): InputItem | null {
  if (!line.trim()) return null;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { problem: 'not valid JSON', origin };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { problem: 'not a JSON object', origin };
  const o = obj as Record<string, unknown>;
  const text = typeof o.text === 'string' ? o.text : undefined;
  const html = typeof o.html === 'string' ? o.html : undefined;
  if (!text?.trim() && !html?.trim()) return { problem: 'has neither "text" nor "html"', origin };
  return {
    text, html: text?.trim() ? undefined : html,
    url: str(o.url), title: str(o.title), publisher: str(o.publisher), published: str(o.published), byline: str(o.byline),
    origin,
  };
}

export async function* readJsonl(path: string): AsyncGenerator<InputItem> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    const item = jsonlLineToItem(line, `${path} line ${n}`);
    if (item) yield item;
  }
}
