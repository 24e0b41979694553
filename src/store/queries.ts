/**
 * Read-side of the store: what the CLI prints and the web API serves. Cluster
 * origins and contradictions are computed when a cluster is shown, from its
 * member claims, so they always reflect every report stored so far.
 */
import type { DB } from './open.js';
import { nameKey, words } from '../corpus/text.js';
import { countOrigins, type ChainLink } from '../corpus/origins.js';
import { findContradictions, type Contradiction, type Figure } from '../corpus/figures.js';
import type { Ledger } from '../ledger/types.js';

export interface Stats {
  articles: number;
  duplicates: number;
  claims: number;
  clusters: number;
  sources: number;
}

/** Counts only: nothing here varies between two identical ingests. Syndicated copies count once. */
export function stats(db: DB): Stats {
  const n = (sql: string) => Number(db.prepare(sql).pluck().get());
  return {
    articles: n('SELECT count(*) FROM articles WHERE dup_of IS NULL'),
    duplicates: n('SELECT count(*) FROM articles WHERE dup_of IS NOT NULL'),
    claims: n('SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.dup_of IS NULL'),
    clusters: n('SELECT count(*) FROM clusters'),
    sources: n('SELECT count(*) FROM corpus_sources'),
  };
}

export interface Report {
  article: number;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  /** Set when this article is a syndicated / near-duplicate copy of another. */
  duplicateOf: number | null;
  claim: string;
}

export interface ClusterView {
  id: number;
  text: string;
  reports: Report[];
  sources: string[];
  origins: number;
  originList: Array<{ label: string; anonymous: boolean }>;
  anonymousOnly: boolean;
  contradictions: Contradiction[];
  outlets: number;
}

interface MemberRow {
  article_id: number; text: string; chain: string; figures: string;
  title: string | null; publisher: string | null; published: string | null; url: string | null;
  dup_of: number | null; original_publisher: string | null;
}

export function clusterView(db: DB, id: number): ClusterView | null {
  const head = db.prepare('SELECT id, text, outlets FROM clusters WHERE id = ?').get(id) as { id: number; text: string; outlets: number } | undefined;
  if (!head) return null;
  const rows = db.prepare(`SELECT c.article_id, c.text, c.chain, c.figures, a.title, a.publisher, a.published, a.url, a.dup_of,
      o.publisher AS original_publisher
    FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN articles o ON o.id = a.dup_of
    WHERE c.cluster_id = ? ORDER BY c.id`).all(id) as MemberRow[];
  const reports: Report[] = [];
  const seenArticles = new Set<number>();
  const sources: string[] = [];
  const originReports = [];
  const figureReports = [];
  for (const r of rows) {
    const chain = JSON.parse(r.chain) as ChainLink[];
    for (const l of chain) if (!sources.includes(l.name)) sources.push(l.name);
    // A copy carries its original's text, so it relays the original outlet's reporting.
    const carrier = r.dup_of !== null ? r.original_publisher : r.publisher;
    originReports.push({ carrier, article: r.dup_of ?? r.article_id, chain });
    figureReports.push({ article: r.dup_of ?? r.article_id, publisher: r.publisher, figures: JSON.parse(r.figures) as Figure[] });
    if (seenArticles.has(r.article_id)) continue;
    seenArticles.add(r.article_id);
    reports.push({ article: r.article_id, title: r.title, publisher: r.publisher, published: r.published, url: r.url, duplicateOf: r.dup_of, claim: r.text });
  }
  const o = countOrigins(originReports);
  return {
    id: head.id, text: head.text, reports, sources,
    origins: o.origins.length,
    originList: o.origins.map((x) => ({ label: x.label, anonymous: x.anonymous })),
    anonymousOnly: o.anonymousOnly,
    contradictions: findContradictions(figureReports),
    outlets: head.outlets,
  };
}

/** User text to an FTS5 query: every word must appear (quoted, so no FTS syntax leaks through). */
export function ftsQuery(text: string): string | null {
  const w = words(text).map((x) => x.replace(/"/g, ''));
  return w.length ? w.map((x) => `"${x}"`).join(' ') : null;
}

export interface ClaimQuery {
  about?: string;
  source?: string;
  /** Only clusters with at least this many reports (articles). */
  minReports?: number;
  /** 0 for no limit. */
  limit?: number;
}

/** How many best-ranked matching claims `--about` considers before grouping them into clusters. */
const ABOUT_CANDIDATES = 2000;

export function clusterIds(db: DB, q: ClaimQuery): number[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.about !== undefined) {
    const m = ftsQuery(q.about);
    if (!m) return [];
    where.push(`k.id IN (SELECT c.cluster_id FROM claims c WHERE c.id IN
      (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ${ABOUT_CANDIDATES}))`);
    params.push(m);
  }
  if (q.source !== undefined) {
    const keys = matchingSourceKeys(db, q.source);
    if (!keys.length) return [];
    where.push(`k.id IN (SELECT c.cluster_id FROM sources s JOIN claim_sources cs ON cs.source_id = s.id JOIN claims c ON c.id = cs.claim_id
      WHERE s.key IN (${keys.map(() => '?').join(',')}))`);
    params.push(...keys);
  }
  if (q.minReports && q.minReports > 1) {
    where.push('k.reports >= ?');
    params.push(q.minReports);
  }
  const limit = q.limit && q.limit > 0 ? ` LIMIT ${Math.floor(q.limit)}` : '';
  const sql = `SELECT k.id FROM clusters k ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY k.outlets DESC, k.reports DESC, k.id${limit}`;
  return db.prepare(sql).pluck().all(...params) as number[];
}

export function claims(db: DB, q: ClaimQuery): ClusterView[] {
  return clusterIds(db, q).map((id) => clusterView(db, id)!).filter(Boolean);
}

/** Corpus source keys a user's NAME refers to: the exact key first, else keys containing it. */
export function matchingSourceKeys(db: DB, name: string): string[] {
  const key = nameKey(name);
  if (!key) return [];
  const exact = db.prepare('SELECT key FROM corpus_sources WHERE key = ?').pluck().all(key) as string[];
  if (exact.length) return exact;
  const like = key.replace(/[%_\\]/g, (c) => '\\' + c);
  return db.prepare(`SELECT key FROM corpus_sources WHERE key LIKE ? ESCAPE '\\' ORDER BY articles DESC, key LIMIT 50`)
    .pluck().all(`%${like}%`) as string[];
}

export interface SourceRow {
  name: string;
  kind: string;
  anonymous: boolean;
  articles: number;
  claims: number;
}

export function sources(db: DB, opts: { limit?: number; name?: string } = {}): SourceRow[] {
  const limit = opts.limit && opts.limit > 0 ? ` LIMIT ${Math.floor(opts.limit)}` : '';
  const keys = opts.name ? matchingSourceKeys(db, opts.name) : null;
  if (keys && !keys.length) return [];
  const rows = db.prepare(`SELECT name, kind, anonymous, articles, claims FROM corpus_sources
    ${keys ? `WHERE key IN (${keys.map(() => '?').join(',')})` : ''}
    ORDER BY articles DESC, claims DESC, key${limit}`).all(...(keys ?? [])) as Array<Omit<SourceRow, 'anonymous'> & { anonymous: number }>;
  return rows.map((r) => ({ ...r, anonymous: !!r.anonymous }));
}

export interface SearchHit {
  article: number;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  /** Plain text around the match; the matched words sit between \u0002 and \u0003 (escaped by whoever renders). */
  snippet: string;
}

export function search(db: DB, text: string, limit = 20): SearchHit[] {
  const m = ftsQuery(text);
  if (!m) return [];
  return db.prepare(`SELECT a.id AS article, a.title, a.publisher, a.published, a.url,
      snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snippet
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(m, Math.max(1, Math.floor(limit))) as SearchHit[];
}

export interface ArticleSummary {
  id: number; title: string | null; publisher: string | null; published: string | null; url: string | null;
  duplicateOf: number | null; claims: number;
}

export function articles(db: DB, opts: { limit?: number; offset?: number; publisher?: string; date?: string } = {}): ArticleSummary[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (opts.publisher) { where.push('a.publisher = ?'); params.push(opts.publisher); }
  if (opts.date) { where.push('substr(a.published, 1, 10) = ?'); params.push(opts.date); }
  return db.prepare(`SELECT a.id, a.title, a.publisher, a.published, a.url, a.dup_of AS duplicateOf,
      (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
    FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?`).all(...params, opts.limit ?? 50, opts.offset ?? 0) as ArticleSummary[];
}

export interface ArticleView {
  id: number;
  duplicateOf: number | null;
  /** Articles that are copies of this one. */
  copies: number[];
  ledger: Ledger;
  /** Claim cluster of each of the ledger's claims, by claim id. */
  clusters: Record<string, { id: number; reports: number; outlets: number }>;
}

export function article(db: DB, id: number): ArticleView | null {
  const row = db.prepare('SELECT id, text, ledger, dup_of FROM articles WHERE id = ?').get(id) as
    { id: number; text: string; ledger: string; dup_of: number | null } | undefined;
  if (!row) return null;
  const ledger = JSON.parse(row.ledger) as Ledger;
  ledger.article = { ...ledger.article, text: row.text };
  const clusters: ArticleView['clusters'] = {};
  for (const c of db.prepare(`SELECT c.local_id, k.id, k.reports, k.outlets FROM claims c JOIN clusters k ON k.id = c.cluster_id
      WHERE c.article_id = ?`).all(id) as Array<{ local_id: string; id: number; reports: number; outlets: number }>) {
    clusters[c.local_id] = { id: c.id, reports: c.reports, outlets: c.outlets };
  }
  const copies = db.prepare('SELECT id FROM articles WHERE dup_of = ? ORDER BY id').pluck().all(id) as number[];
  return { id: row.id, duplicateOf: row.dup_of, copies, ledger, clusters };
}

export interface TimelinePoint { date: string; publisher: string | null; articles: number }

/** Articles per publication day and publisher (undated articles are left out). */
export function timeline(db: DB): TimelinePoint[] {
  return db.prepare(`SELECT substr(published, 1, 10) AS date, publisher, count(*) AS articles FROM articles
    WHERE published IS NOT NULL AND published != '' AND dup_of IS NULL
    GROUP BY date, publisher ORDER BY date, publisher`).all() as TimelinePoint[];
}

export interface PlacePoint { name: string; lat: number; lon: number; country: string | null; articles: number; mentions: number }

export function places(db: DB, limit = 500): PlacePoint[] {
  return db.prepare(`SELECT name, round(lat, 3) AS lat, round(lon, 3) AS lon, country,
      count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
    FROM places GROUP BY name, round(lat, 3), round(lon, 3) ORDER BY articles DESC, name LIMIT ?`).all(limit) as PlacePoint[];
}

export function publishers(db: DB): Array<{ publisher: string | null; articles: number }> {
  return db.prepare(`SELECT publisher, count(*) AS articles FROM articles WHERE dup_of IS NULL
    GROUP BY publisher ORDER BY articles DESC, publisher`).all() as Array<{ publisher: string | null; articles: number }>;
}
