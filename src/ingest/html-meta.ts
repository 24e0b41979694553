/**
 * An article's title, byline, publisher, date and URL from the page's own
 * metadata. Publishers state these for search engines and social cards in
 * three overlapping vocabularies; we prefer the most structured one:
 * JSON-LD (schema.org NewsArticle) > Open Graph / article:* > citation_* and
 * plain <meta> > what Readability guesses from the visible page.
 */
import type { ArticleMeta } from '../doc/doc.js';

interface QueryableDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { textContent: string | null } | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every <meta name|property="…"> value, keyed by lower-cased name; first one wins. */
function metaTags(doc: QueryableDocument): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = clean(m.getAttribute('content'));
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

const clean = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

/** "By Jane Doe" and "Jane Doe" are the same byline. */
const stripBy = (s: string | undefined) => clean(s?.replace(/^\s*by\s+/i, ''));

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Objects in the page's JSON-LD, flattening arrays and @graph. */
function jsonLdObjects(doc: QueryableDocument): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const collect = (v: Json) => {
    if (Array.isArray(v)) { v.forEach(collect); return; }
    if (v && typeof v === 'object') {
      out.push(v);
      if (Array.isArray(v['@graph'])) collect(v['@graph']);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      collect(JSON.parse(scripts[i]!.textContent ?? '') as Json);
    } catch {
      // Broken JSON-LD is common on real pages; the other metadata still counts.
    }
  }
  return out;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

function isArticle(o: Record<string, Json>): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x));
}

/** schema.org values may be a string, an object with a name, or a list of either. */
function names(v: Json | undefined): string[] {
  if (v == null) return [];
  if (typeof v === 'string') return clean(v) ? [clean(v)!] : [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'object') return names(v['name'] ?? null);
  return [];
}

const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? clean(v) : undefined);

/**
 * An ISO calendar date (YYYY-MM-DD). A timestamp keeps the date as the
 * publisher wrote it (its local day), not the UTC day.
 */
export function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s);
  if (m) {
    const [mo, d] = [Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return undefined;
  }
  if (/^\s*\d{8}\s*$/.test(s)) return isoDate(s.trim().replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3'));
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

export interface ReadabilityGuess {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

export function htmlMeta(doc: QueryableDocument, guess: ReadabilityGuess = {}): Omit<ArticleMeta, 'origin'> {
  const meta = metaTags(doc);
  const ld = jsonLdObjects(doc).find(isArticle) ?? {};
  const m = (...keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined);

  // Readability's guess beats the bare <title>: it strips the " | Site name" tail.
  const title = str(ld['headline']) ?? str(ld['name']) ?? m('og:title', 'citation_title', 'dc.title', 'twitter:title')
    ?? clean(guess.title) ?? clean(doc.querySelector('title')?.textContent);

  const authors = names(ld['author']);
  const citationAuthors = (() => {
    const all = doc.querySelectorAll('meta[name="citation_author"]');
    const list: string[] = [];
    for (let i = 0; i < all.length; i++) { const v = clean(all[i]!.getAttribute('content')); if (v) list.push(v); }
    return list;
  })();
  const metaAuthor = [m('author'), m('byl'), m('dc.creator'), m('article:author'), m('sailthru.author')].find((v) => v && !isUrl(v));
  const byline = (authors.length ? authors.join(', ') : undefined) ?? stripBy(metaAuthor)
    ?? (citationAuthors.length ? citationAuthors.join(', ') : undefined) ?? stripBy(guess.byline ?? undefined);

  const publisher = names(ld['publisher'])[0] ?? m('og:site_name', 'citation_publisher', 'citation_journal_title', 'dc.publisher', 'application-name')
    ?? clean(guess.siteName);

  const published = isoDate(str(ld['datePublished']))
    ?? isoDate(m('article:published_time', 'citation_publication_date', 'citation_date', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'))
    ?? isoDate(guess.publishedTime ?? undefined)
    ?? isoDate(doc.querySelectorAll('time[datetime]')[0]?.getAttribute('datetime') ?? undefined);

  const canonical = doc.querySelectorAll('link[rel="canonical"]')[0]?.getAttribute('href') ?? undefined;
  const ldUrl = str(ld['url']) ?? (typeof ld['mainEntityOfPage'] === 'string' ? str(ld['mainEntityOfPage']) : names((ld['mainEntityOfPage'] as Record<string, Json> | undefined)?.['@id'] ?? null)[0]);
  const url = [clean(canonical), m('og:url'), ldUrl].find((u) => u && isUrl(u));

  const out: Omit<ArticleMeta, 'origin'> = {};
  if (title) out.title = title;
  if (url) out.url = url;
  if (publisher) out.publisher = publisher;
  if (published) out.published = published;
  if (byline) out.byline = byline;
  return out;
}
