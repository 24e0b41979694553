/**
 * An HTML page to article text and metadata: the main text by
 * @mozilla/readability (Firefox Reader View) on linkedom, a DOM fast enough
 * for batches; the metadata from the page's <meta> tags and JSON-LD.
 */
import type { Readability } from '@mozilla/readability';
import { loadLinkedom, loadReadability } from './dom.js';
import type { ArticleMeta } from '../doc/doc.js';
import { InputError } from './errors.js';
import { decodeText, assertMostlyText } from './decode.js';
import { htmlCharset } from './charset.js';
import { blockText } from './html-text.js';
import { htmlMeta } from './html-meta.js';

/** Fewer words than this is navigation or an error page, not an article. */
const MIN_ARTICLE_WORDS = 15;

/** Page furniture we drop when Readability finds no article and we fall back to the body. */
const BOILERPLATE = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'menu', 'dialog']);

export function decodeHtml(file: string, bytes: Uint8Array): string {
  const { charset, from } = htmlCharset(bytes);
  // decodeText honours a BOM, refuses binary data and, without a declared
  // charset, invalid UTF-8.
  return decodeText(file, bytes, from === 'declared' ? charset : undefined);
}

export function readHtml(file: string, html: string): { text: string; meta: Omit<ArticleMeta, 'origin'> } {
  assertMostlyText(file, html);
  // linkedom needs a whole document; a bare fragment gets a body around it.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  // Two parses: Readability rewrites the DOM it works on, and the metadata
  // and the fallback need the page as it was.
  const { parseHTML } = loadLinkedom();
  const { document } = parseHTML(source);
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new (loadReadability().Readability)(parseHTML(source).document as unknown as Document, { serializer: (el: Node) => el }).parse();
  } catch {
    article = null; // Readability gives up on some malformed pages; the fallback below still reads them.
  }
  let text = article?.content ? blockText(article.content as never) : '';
  if (countWords(text) < MIN_ARTICLE_WORDS) {
    const body = document.body ?? document.documentElement;
    text = body ? blockText(body as never, BOILERPLATE) : '';
  }
  text = dropBylineLines(text);
  if (countWords(text) < MIN_ARTICLE_WORDS) {
    throw new InputError(file, 'no article text found in the HTML page');
  }
  return { text, meta: htmlMeta(document as never, article ?? {}) };
}

/**
 * A "By Jane Doe · 30 March 2021" line at the top is page furniture, not a
 * sentence of the article; the byline itself is kept in the metadata.
 */
function dropBylineLines(text: string): string {
  const lines = text.split('\n');
  const isByline = (l: string) => /^by\s+\S/i.test(l) && l.length <= 120 && !/[.!?]["”’]?$/.test(l.replace(/\s*\d{4}$/, ''));
  let i = 0;
  while (i < Math.min(3, lines.length - 1) && isByline(lines[i]!)) i++;
  return i ? lines.slice(i).join('\n') : text;
}

const countWords = (s: string) => (s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
