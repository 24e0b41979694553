/**
 * The store's tables. Articles keep their text once (FTS5 indexes it as an
 * external-content table) and their ledger as JSON for the article view;
 * sources, claims and clusters are rows so that queries need no JSON parsing.
 * LSH band tables turn "which earlier article / claim looks like this one?"
 * into an index lookup.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  url TEXT UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  title TEXT, publisher TEXT, published TEXT, byline TEXT,
  dup_of INTEGER REFERENCES articles(id),  -- the article this one is a near-copy of
  minhash BLOB NOT NULL,
  -- The large columns last: SQLite reads a row's columns in order, so metadata placed after
  -- them would cost a walk through the text's overflow pages on every cluster view.
  text TEXT NOT NULL,
  ledger TEXT NOT NULL             -- the ledger JSON without article.text
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_dup ON articles(dup_of);

CREATE TABLE IF NOT EXISTS article_bands (band INTEGER NOT NULL, article_id INTEGER NOT NULL,
  PRIMARY KEY (band, article_id)) WITHOUT ROWID;

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, content='articles', content_rowid='id', tokenize='porter unicode61');

CREATE TABLE IF NOT EXISTS sources (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  anonymous INTEGER NOT NULL,
  role TEXT, affiliation TEXT
);
CREATE INDEX IF NOT EXISTS sources_article ON sources(article_id);
CREATE INDEX IF NOT EXISTS sources_key ON sources(key);

-- One row per source across the corpus (same normalised name), counted over distinct articles.
CREATE TABLE IF NOT EXISTS corpus_sources (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  anonymous INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  claims INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS clusters (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL,              -- the first report's wording
  reports INTEGER NOT NULL,        -- distinct articles
  outlets INTEGER NOT NULL,        -- distinct publishers
  first_published TEXT
);
CREATE INDEX IF NOT EXISTS clusters_rank ON clusters(outlets DESC, reports DESC, id);

-- What a cluster view needs, kept per cluster so that showing a cluster reads a few adjacent
-- rows instead of every member claim and its article. Written only once a cluster has a second
-- claim: single-claim clusters (most of them) are shown from their one claim.
CREATE TABLE IF NOT EXISTS cluster_reports (
  cluster_id INTEGER NOT NULL, article_id INTEGER NOT NULL,
  publisher TEXT, published TEXT, title TEXT, dup_of INTEGER,
  figures TEXT,                    -- JSON Figure[] of this article's claims in the cluster, null if none
  PRIMARY KEY (cluster_id, article_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cluster_origins (
  cluster_id INTEGER NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, anonymous INTEGER NOT NULL,
  PRIMARY KEY (cluster_id, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cluster_sources (
  cluster_id INTEGER NOT NULL, name TEXT NOT NULL,
  PRIMARY KEY (cluster_id, name)) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS claims (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  cluster_id INTEGER NOT NULL REFERENCES clusters(id),
  text TEXT NOT NULL,
  certainty TEXT NOT NULL,
  chain TEXT NOT NULL,             -- JSON [{name, anonymous}], outermost first
  figures TEXT NOT NULL,           -- JSON Figure[]
  features BLOB,                   -- sorted uint32 feature hashes (claimkey.ts), null when too thin to cluster
  bands BLOB                       -- LSH band keys (float64) of a cluster's first claim; null for the others
);
CREATE INDEX IF NOT EXISTS claims_cluster ON claims(cluster_id);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);


CREATE TABLE IF NOT EXISTS claim_sources (claim_id INTEGER NOT NULL, source_id INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS claim_sources_source ON claim_sources(source_id);
CREATE INDEX IF NOT EXISTS claim_sources_claim ON claim_sources(claim_id);

-- Full text of each cluster's first claim: \`claims --about\` finds clusters, not single claims, so
-- it searches one row per cluster (members are worded alike: that is what put them there).
CREATE VIRTUAL TABLE IF NOT EXISTS clusters_fts USING fts5(
  text, content='clusters', content_rowid='id', tokenize='porter unicode61');

CREATE TABLE IF NOT EXISTS places (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, country TEXT, mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS places_article ON places(article_id);
`;
