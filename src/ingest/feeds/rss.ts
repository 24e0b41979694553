/**
 * RSS 2.0 and Atom feeds. Feeds often carry only a teaser; an item whose text
 * is short is fetched from its link, when it has one and fetching is allowed.
 */
import { loadLinkedom } from '../dom.js';
import type { InputItem, RawArticle } from './types.js';

export interface FeedItem extends RawArticle {
  /** True when the feed gives only a summary: the page at `url` holds the article. */
  teaser: boolean;
}

/** Below this many characters of text, a feed item is taken as a teaser for its linked page. */
const TEASER_CHARS = 600;

export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

const childText = (el: Element, ...names: string[]): string | undefined => {
  for (const n of names) {
    for (const c of el.children) {
      if (c.tagName.toLowerCase() === n.toLowerCase()) {
        const t = c.textContent?.trim();
        if (t) return t;
      }
    }
  }
  return undefined;
};

/** Text of an HTML fragment without running it: tags stripped, entities decoded by the XML parser already. */
function fragmentText(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<\/(p|div|li|h\d|blockquote)>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function parseFeed(xml: string, origin: string): Array<FeedItem | InputItem> {
  const doc = new (loadLinkedom().DOMParser)().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  if (!root || !/^(rss|feed|rdf:rdf)$/i.test(root.tagName)) return [{ problem: 'not an RSS or Atom feed', origin }];
  const atom = root.tagName.toLowerCase() === 'feed';
  const channel = atom ? root : [...root.children].find((c) => c.tagName.toLowerCase() === 'channel') ?? root;
  const publisher = childText(channel, 'title');
  const entries = [...(atom ? root.children : channel.children), ...(atom ? [] : root.children)]
    .filter((c) => c.tagName.toLowerCase() === (atom ? 'entry' : 'item'));
  const out: Array<FeedItem | InputItem> = [];
  entries.forEach((e, i) => {
    const where = `${origin} item ${i + 1}`;
    let url: string | undefined;
    if (atom) {
      const links = [...e.children].filter((c) => c.tagName.toLowerCase() === 'link');
      const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
      url = alt?.getAttribute('href') ?? undefined;
    } else {
      url = childText(e, 'link') ?? childText(e, 'guid');
    }
    const body = childText(e, 'content:encoded', 'content', 'description', 'summary') ?? '';
    const text = fragmentText(body);
    const authorEl = [...e.children].find((c) => c.tagName.toLowerCase() === 'author');
    const byline = childText(e, 'dc:creator') ?? (authorEl ? childText(authorEl, 'name') ?? authorEl.textContent?.trim() : undefined);
    const item: FeedItem = {
      text: text || undefined,
      url: url && /^https?:/i.test(url) ? url : undefined,
      title: childText(e, 'title'),
      publisher,
      published: childText(e, 'pubDate', 'published', 'dc:date', 'updated'),
      byline: byline || undefined,
      origin: where,
      teaser: text.length < TEASER_CHARS,
    };
    if (!item.text && !item.url) out.push({ problem: 'has no text and no link', origin: where });
    else out.push(item);
  });
  return out;
}
