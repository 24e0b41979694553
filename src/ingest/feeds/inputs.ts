/**
 * What `hearsay ingest PATH|URL…` can read, turned into one stream of
 * articles (text + metadata) or per-item problems: folders of .txt/.html,
 * single article files, JSONL, RSS/Atom (file or URL), WARC(.gz), and web
 * pages by URL. Inputs are read in the order given and folders in name order,
 * so two runs over the same inputs see the same articles in the same order.
 */
import { closeSync, openSync, readSync, statSync, createReadStream } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ArticleMeta } from '../../doc/doc.js';
import { expandInputs, readArticleFile } from '../read.js';
import { readHtml } from '../html.js';
import { isoDate } from '../html-meta.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { readJsonl } from './jsonl.js';
import { looksLikeFeed, parseFeed, type FeedItem } from './rss.js';
import { readWarc } from './warc.js';
import { isProblem, type InputItem, type InputProblem, type RawArticle } from './types.js';

export interface Article {
  text: string;
  meta: ArticleMeta;
}

/** An item whose URL is already stored: neither fetched nor read again. */
export interface KnownItem {
  known: string;
  origin: string;
}

export type ResolvedItem = Article | InputProblem | KnownItem;

export interface ReadOptions {
  fetch?: FetchOptions;
  /** Fetch the linked page of feed items that carry only a teaser (default true). */
  fetchLinks?: boolean;
  /** URLs already stored: their pages are not fetched or read again. */
  known?: (url: string) => boolean;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

type FileKind = 'jsonl' | 'warc' | 'feed' | 'article';

function head(path: string, n = 4096): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

export function fileKind(path: string): FileKind {
  const lower = path.toLowerCase();
  if (/\.(jsonl|ndjson)$/.test(lower)) return 'jsonl';
  if (/\.warc(\.gz)?$/.test(lower)) return 'warc';
  if (/\.(rss|atom)$/.test(lower)) return 'feed';
  const h = head(path);
  if (h.subarray(0, 5).toString('latin1') === 'WARC/') return 'warc';
  if (lower.endsWith('.xml') || !/\.(txt|html?|xhtml)$/.test(lower)) {
    if (looksLikeFeed(h.toString('utf8'))) return 'feed';
  }
  return 'article';
}

/** Fills what an item lacks from what its page says, and normalises the date. */
function toArticle(item: RawArticle, text: string, page: Omit<ArticleMeta, 'origin'> = {}): Article {
  return {
    text,
    meta: {
      url: item.url, title: item.title ?? page.title, publisher: item.publisher ?? page.publisher,
      published: isoDate(item.published) ?? isoDate(page.published) ?? isoDate(item.crawled) ?? item.published,
      byline: item.byline ?? page.byline, origin: item.origin,
    },
  };
}

async function resolve(item: InputItem, opts: ReadOptions): Promise<ResolvedItem> {
  if (isProblem(item)) return item;
  if (item.url && opts.known?.(item.url)) return { known: item.url, origin: item.origin };
  const feed = item as FeedItem;
  if (feed.teaser && item.url && opts.fetchLinks !== false) {
    try {
      const page = await fetchUrl(item.url, opts.fetch);
      const { text, meta } = readHtml(item.url, page.body);
      return toArticle({ ...item, url: item.url }, text, meta);
    } catch (e) {
      // The feed's own summary is better than nothing when the page cannot be had.
      if (!item.text) return { problem: message(e), origin: item.origin };
    }
  }
  if (item.text?.trim()) return toArticle(item, item.text);
  if (item.html) {
    try {
      const { text, meta } = readHtml(item.origin, item.html);
      return toArticle(item, text, meta);
    } catch (e) {
      return { problem: message(e).replace(item.origin + ': ', ''), origin: item.origin };
    }
  }
  return { problem: 'no article text', origin: item.origin };
}

async function* fromUrl(url: string, opts: ReadOptions): AsyncGenerator<InputItem | KnownItem> {
  if (opts.known?.(url)) {
    yield { known: url, origin: url };
    return;
  }
  let page;
  try {
    page = await fetchUrl(url, opts.fetch);
  } catch (e) {
    yield { problem: message(e).replace(url + ': ', ''), origin: url };
    return;
  }
  if (looksLikeFeed(page.body) || /(rss|atom)\+xml/.test(page.contentType)) {
    yield* parseFeed(page.body, url);
  } else if (/text\/plain/.test(page.contentType)) {
    yield { text: page.body, url: page.url, origin: url };
  } else {
    yield { html: page.body, url: page.url, origin: url };
  }
}

async function* fromFile(path: string): AsyncGenerator<InputItem> {
  let kind: FileKind;
  try {
    kind = fileKind(path);
  } catch (e) {
    yield { problem: `cannot read it (${(e as NodeJS.ErrnoException).code ?? message(e)})`, origin: path };
    return;
  }
  if (kind === 'jsonl') yield* readJsonl(path);
  else if (kind === 'warc') yield* readWarc(path);
  else if (kind === 'feed') yield* parseFeed(readFileSync(path, 'utf8'), path);
  else {
    try {
      const { text, meta } = readArticleFile(path);
      yield { text, ...meta, origin: path };
    } catch (e) {
      yield { problem: message(e).replace(path + ': ', ''), origin: path };
    }
  }
}

/** Every article the arguments stand for, in order; unreadable items come as problems in place. */
export async function* readInputs(args: string[], opts: ReadOptions = {}): AsyncGenerator<ResolvedItem> {
  for (const arg of args) {
    const items = isUrl(arg) ? fromUrl(arg, opts) : fromPaths(arg);
    for await (const item of items) yield 'known' in item ? item : await resolve(item, opts);
  }
}

async function* fromPaths(arg: string): AsyncGenerator<InputItem> {
  for (const p of expandInputs([arg])) {
    if (typeof p !== 'string') yield { problem: p.reason, origin: p.file };
    else yield* fromFile(p);
  }
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) n++;
  return n;
}

/** How many articles the inputs hold, when that is cheap to know (for the progress bar's ETA); else null. */
export async function estimateTotal(args: string[]): Promise<number | null> {
  let total = 0;
  for (const arg of args) {
    if (isUrl(arg)) return null;
    for (const p of expandInputs([arg])) {
      if (typeof p !== 'string') continue;
      try {
        if (!statSync(p).isFile()) continue;
        const kind = fileKind(p);
        if (kind === 'jsonl') total += await countLines(p);
        else if (kind === 'article') total += 1;
        else return null;
      } catch {
        continue;
      }
    }
  }
  return total;
}
