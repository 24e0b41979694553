/**
 * Read-side of the store: what the CLI prints and the web API serves. Cluster
 * origins and contradictions are computed when a cluster is shown, from its
 * member claims, so they always reflect every report stored so far.
 */
import type { Statement } from 'better-sqlite3';
import type { DB } from './open.js';
import { nameKey, words } from '../corpus/text.js';
import { mergeOrigins, originOf, type ChainLink } from '../corpus/origins.js';
import { findContradictions, type Contradiction, type Figure } from '../corpus/figures.js';
import type { Ledger } from '../ledger/types.js';

const STATEMENTS = new WeakMap<DB, Map<string, Statement>>();

/** Prepared once per connection: a cluster view runs the same statements for every cluster. */
function stmt(db: DB, text: string): Statement {
  let m = STATEMENTS.get(db);
  if (!m) STATEMENTS.set(db, (m = new Map()));
  let st = m.get(text);
  if (!st) m.set(text, (st = db.prepare(text)));
  return st;
}

export interface Stats {
  articles: number;
  duplicates: number;
  claims: number;
  clusters: number;
  sources: number;
}

/** Counts only: nothing here varies between two identical ingests. Syndicated copies count once. */
export function stats(db: DB): Stats {
  const n = (sql: string) => Number(stmt(db, sql).pluck().get());
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
  publisher: string | null;
  published: string | null;
  title: string | null;
  /** Set when this article is a syndicated / near-duplicate copy of another. */
  duplicateOf: number | null;
  /** This report's wording of the claim (single-cluster view only). */
  claim?: string;
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
  title: string | null; publisher: string | null; published: string | null;
  dup_of: number | null; original_publisher: string | null;
}

/**
 * One claim cluster with its reports, sources, independent origins and contradictions.
 * A cluster of one claim is read from that claim; a larger one from the view rows the writer
 * keeps for it (cluster_reports / _origins / _sources), a few adjacent rows however many
 * reports it has. `full` adds each report's own wording.
 */
export function clusterView(db: DB, id: number, opts: { full?: boolean } = {}): ClusterView | null {
  const head = stmt(db, 'SELECT id, text, outlets, reports FROM clusters WHERE id = ?').get(id) as
    { id: number; text: string; outlets: number; reports: number } | undefined;
  if (!head) return null;
  const rows = stmt(db, `SELECT article_id, publisher, published, title, dup_of, figures FROM cluster_reports
    WHERE cluster_id = ? ORDER BY article_id`).all(id) as Array<{
      article_id: number; publisher: string | null; published: string | null; title: string | null; dup_of: number | null; figures: string | null }>;
  let view: ClusterView;
  if (!rows.length) view = viewFromClaims(db, head);
  else {
    const o = mergeOrigins((stmt(db, 'SELECT key, label, anonymous FROM cluster_origins WHERE cluster_id = ?').all(id) as
      Array<{ key: string; label: string; anonymous: number }>).map((x) => ({ ...x, anonymous: !!x.anonymous })));
    view = {
      id: head.id, text: head.text,
      reports: rows.map((r) => ({ article: r.article_id, publisher: r.publisher, published: r.published, title: r.title, duplicateOf: r.dup_of })),
      sources: stmt(db, 'SELECT name FROM cluster_sources WHERE cluster_id = ?').pluck().all(id) as string[],
      origins: o.origins.length,
      originList: o.origins.map((x) => ({ label: x.label, anonymous: x.anonymous })),
      anonymousOnly: o.anonymousOnly,
      contradictions: findContradictions(rows.filter((r) => r.figures).map((r) => ({
        article: r.dup_of ?? r.article_id, publisher: r.publisher, figures: JSON.parse(r.figures!) as Figure[] }))),
      outlets: head.outlets,
    };
  }
  if (opts.full) {
    const wording = new Map<number, string>();
    for (const r of stmt(db, 'SELECT article_id, text FROM claims WHERE cluster_id = ? ORDER BY id').all(id) as Array<{ article_id: number; text: string }>) {
      if (!wording.has(r.article_id)) wording.set(r.article_id, r.text);
    }
    for (const r of view.reports) r.claim = wording.get(r.article);
  }
  return view;
}

/** A cluster without view rows: one claim (or one article's claims), read directly. */
function viewFromClaims(db: DB, head: { id: number; text: string; outlets: number }): ClusterView {
  const rows = stmt(db, `SELECT c.article_id, c.text, c.chain, c.figures, a.title, a.publisher, a.published, a.dup_of,
      o.publisher AS original_publisher
    FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN articles o ON o.id = a.dup_of
    WHERE c.cluster_id = ? ORDER BY c.id`).all(head.id) as MemberRow[];
  const reports: Report[] = [];
  const seen = new Set<number>();
  const sources: string[] = [];
  const origins = [];
  const figures = [];
  for (const r of rows) {
    const chain = JSON.parse(r.chain) as ChainLink[];
    for (const l of chain) if (!sources.includes(l.name)) sources.push(l.name);
    const carrier = r.dup_of !== null ? r.original_publisher : r.publisher;
    origins.push(originOf({ carrier, article: r.dup_of ?? r.article_id, chain }));
    figures.push({ article: r.dup_of ?? r.article_id, publisher: r.publisher, figures: JSON.parse(r.figures) as Figure[] });
    if (seen.has(r.article_id)) continue;
    seen.add(r.article_id);
    reports.push({ article: r.article_id, publisher: r.publisher, published: r.published, title: r.title, duplicateOf: r.dup_of });
  }
  const o = mergeOrigins(origins);
  return {
    id: head.id, text: head.text, reports, sources: sources.sort(),
    origins: o.origins.length,
    originList: o.origins.map((x) => ({ label: x.label, anonymous: x.anonymous })),
    anonymousOnly: o.anonymousOnly,
    contradictions: findContradictions(figures),
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

/** How many best-ranked matching clusters `--about` considers before ordering them by outlets. */
const ABOUT_CANDIDATES = 2000;

/**
 * Ranking (bm25) costs time per matching row, and a common word ("Trump") matches most of a
 * large corpus. Beyond this many matches only the most recently stored ones are ranked, so a
 * query's cost stays bounded whatever the corpus size; rarer words are ranked over all matches.
 */
export const RANK_WINDOW = 2_000;

/** The lowest rowid worth ranking for this match, or 0 when all matches fit in the window. */
function rankFloor(db: DB, table: 'articles_fts' | 'clusters_fts', match: string): number {
  const edge = stmt(db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`)
    .pluck().get(match, RANK_WINDOW - 1) as number | undefined;
  return edge ?? 0;
}

export function clusterIds(db: DB, q: ClaimQuery): number[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.about !== undefined) {
    const m = ftsQuery(q.about);
    if (!m) return [];
    // bm25() rather than the rank column: FTS5 ranks by "rank" over every match, ignoring the rowid bound.
    where.push(`k.id IN (SELECT rowid FROM clusters_fts WHERE clusters_fts MATCH ? AND rowid >= ?
      ORDER BY bm25(clusters_fts) LIMIT ${ABOUT_CANDIDATES})`);
    params.push(m, rankFloor(db, 'clusters_fts', m));
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
  return stmt(db, sql).pluck().all(...params) as number[];
}

export function claims(db: DB, q: ClaimQuery): ClusterView[] {
  return clusterIds(db, q).map((id) => clusterView(db, id)!).filter(Boolean);
}

/** Corpus source keys a user's NAME refers to: the exact key first, else keys containing it. */
export function matchingSourceKeys(db: DB, name: string): string[] {
  const key = nameKey(name);
  if (!key) return [];
  const exact = stmt(db, 'SELECT key FROM corpus_sources WHERE key = ?').pluck().all(key) as string[];
  if (exact.length) return exact;
  const like = key.replace(/[%_\\]/g, (c) => '\\' + c);
  return stmt(db, `SELECT key FROM corpus_sources WHERE key LIKE ? ESCAPE '\\' ORDER BY articles DESC, key LIMIT 50`)
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
  const rows = stmt(db, `SELECT name, kind, anonymous, articles, claims FROM corpus_sources
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
  return stmt(db, `SELECT a.id AS article, a.title, a.publisher, a.published, a.url,
      snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snippet
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH ? AND articles_fts.rowid >= ? ORDER BY bm25(articles_fts) LIMIT ?`)
    .all(m, rankFloor(db, 'articles_fts', m), Math.max(1, Math.floor(limit))) as SearchHit[];
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
  return stmt(db, `SELECT a.id, a.title, a.publisher, a.published, a.url, a.dup_of AS duplicateOf,
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
  const row = stmt(db, 'SELECT id, text, ledger, dup_of FROM articles WHERE id = ?').get(id) as
    { id: number; text: string; ledger: string; dup_of: number | null } | undefined;
  if (!row) return null;
  const ledger = JSON.parse(row.ledger) as Ledger;
  ledger.article = { ...ledger.article, text: row.text };
  const clusters: ArticleView['clusters'] = {};
  for (const c of stmt(db, `SELECT c.local_id, k.id, k.reports, k.outlets FROM claims c JOIN clusters k ON k.id = c.cluster_id
      WHERE c.article_id = ?`).all(id) as Array<{ local_id: string; id: number; reports: number; outlets: number }>) {
    clusters[c.local_id] = { id: c.id, reports: c.reports, outlets: c.outlets };
  }
  const copies = stmt(db, 'SELECT id FROM articles WHERE dup_of = ? ORDER BY id').pluck().all(id) as number[];
  return { id: row.id, duplicateOf: row.dup_of, copies, ledger, clusters };
}

export interface TimelinePoint { date: string; publisher: string | null; articles: number }

/** Articles per publication day and publisher (undated articles are left out). */
export function timeline(db: DB): TimelinePoint[] {
  return stmt(db, `SELECT substr(published, 1, 10) AS date, publisher, count(*) AS articles FROM articles
    WHERE published IS NOT NULL AND published != '' AND dup_of IS NULL
    GROUP BY date, publisher ORDER BY date, publisher`).all() as TimelinePoint[];
}

export interface PlacePoint { name: string; lat: number; lon: number; country: string | null; articles: number; mentions: number }

export function places(db: DB, limit = 500): PlacePoint[] {
  return stmt(db, `SELECT name, round(lat, 3) AS lat, round(lon, 3) AS lon, country,
      count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
    FROM places GROUP BY name, round(lat, 3), round(lon, 3) ORDER BY articles DESC, name LIMIT ?`).all(limit) as PlacePoint[];
}

export function publishers(db: DB): Array<{ publisher: string | null; articles: number }> {
  return stmt(db, `SELECT publisher, count(*) AS articles FROM articles WHERE dup_of IS NULL
    GROUP BY publisher ORDER BY articles DESC, publisher`).all() as Array<{ publisher: string | null; articles: number }>;
}
