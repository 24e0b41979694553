/**
 * Writes analysed articles into the store, one transaction per batch. Every
 * derived row (duplicates, sources, claims, clusters) is written in the same
 * transaction as its article, so a crash leaves either the whole batch or
 * none of it, and a rerun that skips what is stored ends in the same state as
 * one clean run (ids are assigned in input order either way).
 */
import type { Ledger } from '../ledger/types.js';
import type { DB } from './open.js';
import { foldText, hashOfFolded, isUnresolvedName, nameKey } from '../corpus/text.js';
import { ARTICLE_BANDS, CANDIDATE_ESTIMATE, copyScoreSorted, shinglesOfFolded, signatureOfFolded } from '../corpus/duplicates.js';
import { CLAIM_THRESHOLD, claimKey } from '../corpus/claimkey.js';
import { bufferToSig, estimateJaccard, sigToBuffer, sortedJaccard } from '../corpus/minhash.js';
import { figuresOfFolded, type Figure } from '../corpus/figures.js';
import { originOf, type ChainLink } from '../corpus/origins.js';
import { ClaimIndex, type IndexedClaim } from './claim-index.js';

export interface StoredArticleMeta {
  url?: string;
  title?: string;
  publisher?: string;
  published?: string;
  byline?: string;
}

/** One analysed article for addBatch. */
export interface BatchItem {
  ledger: Ledger;
  meta: StoredArticleMeta;
  /**
   * The text the caller already folded and hashed (ingest does, to skip stored articles before
   * analysing them): reused when it is the ledger's text, so the article is folded only once.
   */
  identity?: { text: string; folded: string; hash: string };
}

export type AddResult = { status: 'added'; id: number; duplicateOf: number | null } | { status: 'skipped'; reason: 'url' | 'text' };

/** How many LSH candidates are checked at most: bounds the cost of very common texts. */
const CANDIDATE_LIMIT = 256;
/** Per claim and band: bounds the cost of a very common claim wording. */
const CLAIM_CANDIDATES_PER_BAND = 64;

/** The article a claim comes from, as its cluster's view rows need it. */
interface ReportArticle {
  id: number;
  publisher: string | null;
  published: string | null;
  title: string | null;
  dupOf: number | null;
  /** Whose reporting the text is: the original outlet for a near-copy. */
  carrier: string | null;
}

/** The distinct ids of a claim's chain, in order: most chains have one or two links, no Set needed. */
const distinct = (ids: string[]): string[] => (ids.length < 2 || (ids.length === 2 && ids[0] !== ids[1]) ? ids : [...new Set(ids)]);
const marks = (n: number) => Array(n).fill('?').join(', ');
const interleave = (keys: number[], id: number) => keys.flatMap((k) => [k, id]);

export class StoreWriter {
  private readonly q;

  constructor(private readonly db: DB) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      byUrl: p('SELECT id FROM articles WHERE url = ?').pluck(),
      byHash: p('SELECT id FROM articles WHERE text_hash = ?').pluck(),
      articleCandidates: p(`SELECT DISTINCT b.article_id AS id, a.minhash, a.dup_of FROM article_bands b JOIN articles a ON a.id = b.article_id
        WHERE b.band IN (${marks(ARTICLE_BANDS)}) LIMIT ${CANDIDATE_LIMIT}`),
      insertArticle: p(`INSERT INTO articles (url, text_hash, title, publisher, published, byline, text, ledger, dup_of, minhash)
        VALUES (@url, @hash, @title, @publisher, @published, @byline, @text, @ledger, @dupOf, @minhash)`),
      insertArticleBands: p(`INSERT INTO article_bands (band, article_id) VALUES ${Array(ARTICLE_BANDS).fill('(?, ?)').join(', ')}`),
      insertSource: p(`INSERT INTO sources (article_id, local_id, name, key, kind, anonymous, role, affiliation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      upsertCorpusSource: p(`INSERT INTO corpus_sources (key, name, kind, anonymous, articles, claims) VALUES (?, ?, ?, ?, 1, ?)
        ON CONFLICT(key) DO UPDATE SET articles = articles + 1, claims = claims + excluded.claims`),
      newFounders: p('SELECT id, cluster_id, features, bands FROM claims WHERE id > ? AND bands IS NOT NULL ORDER BY id'),
      maxArticle: p('SELECT coalesce(max(id), 0) FROM articles').pluck(),
      maxCluster: p('SELECT coalesce(max(id), 0) FROM clusters').pluck(),
      indexArticles: p(`INSERT INTO articles_fts (rowid, title, text) SELECT id, coalesce(title, ''), text FROM articles WHERE id > ?`),
      indexClusters: p('INSERT INTO clusters_fts (rowid, text) SELECT id, text FROM clusters WHERE id > ?'),
      insertCluster: p('INSERT INTO clusters (text, reports, outlets, first_published) VALUES (?, 1, 1, ?)'),
      articleText: p('SELECT text FROM articles WHERE id = ?').pluck(),
      isMaterialised: p('SELECT 1 FROM cluster_reports WHERE cluster_id = ? LIMIT 1').pluck(),
      clusterMembers: p(`SELECT c.article_id, c.chain, c.figures, a.publisher, a.published, a.title, a.dup_of, o.publisher AS original_publisher
        FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN articles o ON o.id = a.dup_of WHERE c.cluster_id = ? ORDER BY c.id`),
      clusterHasPublisher: p('SELECT 1 FROM cluster_reports WHERE cluster_id = ? AND publisher IS ? LIMIT 1').pluck(),
      insertReport: p(`INSERT OR IGNORE INTO cluster_reports (cluster_id, article_id, publisher, published, title, dup_of, figures)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      reportFigures: p('SELECT figures FROM cluster_reports WHERE cluster_id = ? AND article_id = ?').pluck(),
      setReportFigures: p('UPDATE cluster_reports SET figures = ? WHERE cluster_id = ? AND article_id = ?'),
      insertOrigin: p('INSERT OR IGNORE INTO cluster_origins (cluster_id, key, label, anonymous) VALUES (?, ?, ?, ?)'),
      insertClusterSource: p('INSERT OR IGNORE INTO cluster_sources (cluster_id, name) VALUES (?, ?)'),
      publisherOf: p('SELECT publisher FROM articles WHERE id = ?').pluck(),
      bumpCluster: p(`UPDATE clusters SET reports = reports + ?, outlets = outlets + ?,
        first_published = CASE WHEN first_published IS NULL OR (? IS NOT NULL AND ? < first_published) THEN ? ELSE first_published END
        WHERE id = ?`),
      insertClaim: p(`INSERT INTO claims (article_id, local_id, cluster_id, text, certainty, chain, figures, features, bands)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertClaimSource: p('INSERT INTO claim_sources (claim_id, source_id) VALUES (?, ?)'),
      insertPlace: p('INSERT INTO places (article_id, name, lat, lon, country, mentions) VALUES (?, ?, ?, ?, ?, ?)'),
    };
  }

  /** Is an article with this URL, else this normalised text, already stored? */
  has(url: string | undefined, hash: string): 'url' | 'text' | null {
    if (url && this.q.byUrl.get(url) !== undefined) return 'url';
    if (this.q.byHash.get(hash) !== undefined) return 'text';
    return null;
  }

  /** Writes a batch of analysed articles in one transaction. */
  addBatch(items: BatchItem[]): AddResult[] {
    const run = this.db.transaction(() => {
      // Inside the write lock: claims another writer committed meanwhile join the index first.
      this.refreshClaimIndex();
      const articlesBefore = this.q.maxArticle.get() as number;
      const clustersBefore = this.q.maxCluster.get() as number;
      const results = items.map((it) => this.add(it));
      // Full-text rows of the batch's new articles and clusters, one statement each rather than
      // one per row (cheaper per row; nothing reads them before the commit).
      this.q.indexArticles.run(articlesBefore);
      this.q.indexClusters.run(clustersBefore);
      return results;
    });
    try {
      // IMMEDIATE: take the write lock before reading, so the index cannot miss a concurrent commit.
      return run.immediate();
    } catch (e) {
      // The index may hold claims of the rolled-back batch: rebuild it from the store next time.
      this.claimIndex.clear();
      this.indexedUpTo = 0;
      throw e;
    }
  }

  /**
   * The claim LSH index (band key -> first claims of clusters) lives in memory, with each indexed
   * claim's cluster and features: an index row per band in SQLite cost more than anything else a
   * claim needs (random B-tree inserts), and reading candidates' features back from SQLite cost
   * more than comparing them (the features take about 100 bytes a cluster, some 25 MB for a
   * 100k-article store). The band keys and features are stored with each cluster's first claim,
   * so the index is rebuilt from the store, and extended with what other writers committed, at
   * the start of every batch.
   */
  private readonly claimIndex = new ClaimIndex(CLAIM_CANDIDATES_PER_BAND);
  private indexedUpTo = 0;

  private refreshClaimIndex(): void {
    for (const row of this.q.newFounders.iterate(this.indexedUpTo) as Iterable<{ id: number; cluster_id: number; features: Buffer; bands: Buffer }>) {
      const keys = new Float64Array(row.bands.buffer.slice(row.bands.byteOffset, row.bands.byteOffset + row.bands.byteLength));
      this.claimIndex.add({ id: row.id, cluster: row.cluster_id, features: bufferToSig(row.features) }, keys);
      this.indexedUpTo = row.id;
    }
  }

  /** Adds one article; inside addBatch's transaction, which then indexes its text. */
  private add({ ledger, meta, identity }: BatchItem): AddResult {
    const text = ledger.article.text;
    const known = identity && identity.text === text ? identity : null;
    const folded = known ? known.folded : foldText(text);
    const hash = known ? known.hash : hashOfFolded(folded);
    const url = meta.url ?? ledger.article.url;
    const seen = this.has(url, hash);
    if (seen) return { status: 'skipped', reason: seen };

    const { shingles, sig, bands } = signatureOfFolded(folded);
    const dupOf = this.findOriginal(shingles, sig, bands);
    const publisher = meta.publisher ?? ledger.article.publisher ?? null;
    const published = meta.published ?? ledger.article.published ?? null;
    const title = meta.title ?? ledger.article.title ?? null;
    const { text: _omit, ...articleRest } = ledger.article;
    const id = Number(this.q.insertArticle.run({
      url: url ?? null, hash, title, publisher, published,
      byline: meta.byline ?? ledger.article.byline ?? null,
      text, ledger: JSON.stringify({ ...ledger, article: articleRest }), dupOf, minhash: sigToBuffer(sig),
    }).lastInsertRowid);
    this.q.insertArticleBands.run(...interleave(bands, id));

    const sourceRow = this.addSources(id, ledger, dupOf !== null);
    // A copy carries its original's text, so its claims relay the original outlet's reporting.
    const carrier = dupOf !== null ? (this.q.publisherOf.get(dupOf) as string | null) : publisher;
    this.addClaims(ledger, sourceRow, { id, publisher, published, title, dupOf, carrier });
    for (const e of ledger.entities) {
      if (e.type === 'place' && e.geo) this.q.insertPlace.run(id, e.name, e.geo.lat, e.geo.lon, e.geo.country ?? null, e.mentions.length);
    }
    return { status: 'added', id, duplicateOf: dupOf };
  }

  /** The earliest stored article this text is a near-copy of, or null. */
  private findOriginal(shingles: Uint32Array, sig: Uint32Array, bands: number[]): number | null {
    let best: { id: number; score: number } | null = null;
    for (const row of this.q.articleCandidates.all(...bands) as Array<{ id: number; minhash: Buffer; dup_of: number | null }>) {
      // The estimate only filters: the few candidates near the threshold are compared exactly.
      if (estimateJaccard(sig, bufferToSig(row.minhash)) < CANDIDATE_ESTIMATE) continue;
      const score = copyScoreSorted(shingles, shinglesOfFolded(foldText(this.q.articleText.get(row.id) as string)));
      const original = row.dup_of ?? row.id;
      if (score > 0 && (!best || score > best.score || (score === best.score && original < best.id))) {
        best = { id: original, score };
      }
    }
    return best ? best.id : null;
  }

  private addSources(articleId: number, ledger: Ledger, isDuplicate: boolean): Map<string, number> {
    const rows = new Map<string, number>();
    const claimsPerSource = new Map<string, number>();
    for (const c of ledger.claims) for (const s of distinct(c.sources)) claimsPerSource.set(s, (claimsPerSource.get(s) ?? 0) + 1);
    // Each source's key once, and the claims of all the article's sources that share it.
    const keys = ledger.sources.map((s) => nameKey(s.name) || s.name.toLowerCase());
    const claimsPerKey = new Map<string, number>();
    ledger.sources.forEach((s, i) => claimsPerKey.set(keys[i]!, (claimsPerKey.get(keys[i]!) ?? 0) + (claimsPerSource.get(s.id) ?? 0)));
    const counted = new Set<string>();
    ledger.sources.forEach((s, i) => {
      const key = keys[i]!;
      rows.set(s.id, Number(this.q.insertSource.run(articleId, s.id, s.name, key, s.kind, s.anonymous ? 1 : 0, s.role ?? null, s.affiliation ?? null).lastInsertRowid));
      // A syndicated copy repeats its original's sources: count them once, in the original.
      // An unresolved pronoun ("his") names nobody: no entry in the corpus's sources.
      if (!isDuplicate && !counted.has(key) && !isUnresolvedName(s.name)) {
        counted.add(key);
        this.q.upsertCorpusSource.run(key, s.name, s.kind, s.anonymous ? 1 : 0, claimsPerKey.get(key) ?? 0);
      }
    });
    return rows;
  }

  private addClaims(ledger: Ledger, sourceRow: Map<string, number>, art: ReportArticle): void {
    const { id: articleId, published } = art;
    const sources = new Map(ledger.sources.map((s) => [s.id, s]));
    for (const c of ledger.claims) {
      const text = c.text.trim();
      if (!text) continue;
      // Folded once for both the clustering key and the figures.
      const folded = foldText(text);
      const key = claimKey(text, folded);
      let cluster = key ? this.findCluster(key.features, key.bands) : null;
      // Only a cluster's first claim is indexed: a new claim is compared with it, not with every
      // member, so a cluster cannot drift by chaining ("A~B, B~C" without "A~C").
      const founds = cluster === null;
      if (cluster === null) cluster = Number(this.q.insertCluster.run(text, published).lastInsertRowid);
      const chain: ChainLink[] = [];
      for (const id of c.sources) {
        const s = sources.get(id);
        if (s !== undefined) chain.push({ name: s.name, anonymous: s.anonymous });
      }
      const figures = figuresOfFolded(folded);
      if (!founds) {
        // The cluster's second claim: from now on the cluster keeps its view rows.
        if (this.q.isMaterialised.get(cluster) === undefined) this.materialise(cluster);
        const newOutlet = this.q.clusterHasPublisher.get(cluster, art.publisher) === undefined;
        const newArticle = this.record(cluster, art, chain, figures);
        if (newArticle) this.q.bumpCluster.run(1, newOutlet ? 1 : 0, published, published, published, cluster);
      }
      const indexed = founds && key !== null && key.bands.length > 0;
      const claimId = Number(this.q.insertClaim.run(articleId, c.id, cluster, text, c.certainty,
        chain.length ? JSON.stringify(chain) : '[]', figures.length ? JSON.stringify(figures) : '[]',
        key ? sigToBuffer(key.features) : null,
        indexed ? Buffer.from(Float64Array.from(key.bands).buffer) : null).lastInsertRowid);
      if (indexed) {
        // Later claims, of this article too, find it.
        this.claimIndex.add({ id: claimId, cluster, features: key.features }, key.bands);
        this.indexedUpTo = Math.max(this.indexedUpTo, claimId);
      }
      for (const sid of distinct(c.sources)) {
        const row = sourceRow.get(sid);
        if (row !== undefined) this.q.insertClaimSource.run(claimId, row);
      }
    }
  }

  /** Writes the view rows of a cluster that so far had one claim (or one article's claims). */
  private materialise(cluster: number): void {
    for (const m of this.q.clusterMembers.all(cluster) as Array<{
      article_id: number; chain: string; figures: string; publisher: string | null; published: string | null;
      title: string | null; dup_of: number | null; original_publisher: string | null;
    }>) {
      this.record(cluster, {
        id: m.article_id, publisher: m.publisher, published: m.published, title: m.title, dupOf: m.dup_of,
        carrier: m.dup_of !== null ? m.original_publisher : m.publisher,
      }, JSON.parse(m.chain) as ChainLink[], JSON.parse(m.figures) as Figure[]);
    }
  }

  /** Adds one claim to its cluster's view rows; true when its article is new to the cluster. */
  private record(cluster: number, art: ReportArticle, chain: ChainLink[], figures: Figure[]): boolean {
    const o = originOf({ carrier: art.carrier, article: art.dupOf ?? art.id, chain });
    this.q.insertOrigin.run(cluster, o.key, o.label, o.anonymous ? 1 : 0);
    for (const l of chain) this.q.insertClusterSource.run(cluster, l.name);
    const fig = figures.length ? JSON.stringify(figures) : null;
    const added = this.q.insertReport.run(cluster, art.id, art.publisher, art.published, art.title, art.dupOf, fig).changes === 1;
    if (!added && fig) {
      // The same article states the claim twice: keep the figures of both statements.
      const old = this.q.reportFigures.get(cluster, art.id) as string | null;
      this.q.setReportFigures.run(JSON.stringify([...(old ? JSON.parse(old) as Figure[] : []), ...figures]), cluster, art.id);
    }
    return added;
  }

  /** The cluster whose first claim is most similar to this one, if similar enough. */
  private findCluster(features: Uint32Array, bands: number[]): number | null {
    let best: { cluster: number; score: number } | null = null;
    const seen = new Set<number>();
    const consider = (cand: IndexedClaim) => {
      if (seen.has(cand.id)) return;
      seen.add(cand.id);
      const score = sortedJaccard(features, cand.features);
      if (score >= CLAIM_THRESHOLD && (!best || score > best.score || (score === best.score && cand.cluster < best.cluster))) {
        best = { cluster: cand.cluster, score };
      }
    };
    for (const b of bands) this.claimIndex.forEachInBand(b, consider);
    return best === null ? null : (best as { cluster: number }).cluster;
  }
}
