/**
 * Corpus benchmarks (`npm run bench:corpus`):
 *  1. ingest the 924 PolNeAR train+dev articles as JSONL into a fresh store,
 *     analysis included, in one process on one core; then ingest again (must add nothing);
 *  2. a 100k-article store synthesised from those ledgers (inserted directly, no
 *     re-analysis): p50/p95 latency of `claims --about` and `search` queries.
 *
 *   node dist/bench/corpus.js [--articles N] [--queries N] [--polnear DIR] [--keep DIR] [--ledgers-from STORE]
 *
 * --ledgers-from skips step 1 and synthesises the large store from an existing store's ledgers;
 * --large-from STORE also skips the build and only times the queries on an existing large store.
 */
// First: the CLI's JIT budget, so the benchmark measures what `hearsay` runs (see the module).
import { analysedSoFar } from '../pipeline/jit-budget.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { polnearArticles } from '../corpus/polnear.js';
import { openStore, type DB } from '../store/open.js';
import { DEFAULT_BATCH_SIZE, ingest } from '../store/ingest.js';
import { StoreWriter } from '../store/writer.js';
import * as q from '../store/queries.js';
import type { Ledger } from '../ledger/types.js';
import { isStopword, words } from '../corpus/text.js';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
}

/** A fixed-seed generator (mulberry32) so every run builds the same synthetic corpus. */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function benchIngest(dir: string, polnear: string): Promise<DB> {
  const jsonl = join(dir, 'polnear.jsonl');
  const arts = polnearArticles(polnear, ['train', 'dev']);
  writeFileSync(jsonl, arts.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const db = openStore(join(dir, 'polnear.db'));
  // As `hearsay ingest` does (src/cli/corpus.ts).
  const s = await ingest(db, [jsonl], { onProgress: (p) => analysedSoFar(p.added) });
  const n = s.added + s.skipped;
  console.log(`ingest ${n} PolNeAR articles (JSONL, fresh store): ${s.seconds.toFixed(2)} s = ${(n / s.seconds).toFixed(0)} articles/s`);
  console.log(`  analysis ${s.analysisSeconds.toFixed(2)} s (${(n / s.analysisSeconds).toFixed(0)} articles/s alone), ` +
    `storage ${s.storageSeconds.toFixed(2)} s = ${((s.storageSeconds * 1000) / n).toFixed(2)} ms/article, ` +
    `reading ${(s.seconds - s.analysisSeconds - s.storageSeconds).toFixed(2)} s`);
  console.log(`  added ${s.added} (${s.duplicates} near-duplicates), skipped ${s.skipped}, failed ${s.failed}`);
  const before = JSON.stringify(q.stats(db));
  const again = await ingest(db, [jsonl]);
  console.log(`second ingest: added ${again.added}, skipped ${again.skipped} in ${again.seconds.toFixed(2)} s; stats unchanged: ${JSON.stringify(q.stats(db)) === before}`);
  console.log(`stats: ${before}`);
  const multi = q.claims(db, { minReports: 2, limit: 0 }).filter((c) => new Set(c.reports.map((r) => r.publisher)).size >= 2);
  console.log(`clusters whose reports come from >= 2 outlets: ${multi.length}`);
  benchStorage(dir, db);
  return db;
}

/**
 * The store alone: the ledgers just analysed, written again into a fresh store through the
 * writer in batches of the ingest's size. Independent of the analysis's speed (and of the
 * machine's other load, in CPU time), so changes to the store can be compared on their own.
 */
function benchStorage(dir: string, db: DB): void {
  const items = (db.prepare('SELECT id, url, title, publisher, published, byline FROM articles ORDER BY id').all() as Array<{
    id: number; url: string | null; title: string | null; publisher: string | null; published: string | null; byline: string | null }>)
    .map((r) => ({ ledger: q.article(db, r.id)!.ledger,
      meta: { url: r.url ?? undefined, title: r.title ?? undefined, publisher: r.publisher ?? undefined, published: r.published ?? undefined, byline: r.byline ?? undefined } }));
  const runs: Array<{ wall: number; cpu: number }> = [];
  for (let run = 0; run < 3; run++) {
    const path = join(dir, `storage-${run}.db`);
    const store = openStore(path);
    const w = new StoreWriter(store);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < items.length; i += DEFAULT_BATCH_SIZE) w.addBatch(items.slice(i, i + DEFAULT_BATCH_SIZE));
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    runs.push({ wall, cpu: (c.user + c.system) / 1000 });
    store.close();
    for (const ext of ['', '-wal', '-shm']) rmSync(path + ext, { force: true });
  }
  const best = (k: 'wall' | 'cpu') => Math.min(...runs.map((r) => r[k])) / items.length;
  console.log(`storage alone (the same ${items.length} ledgers into a fresh store, best of 3): ` +
    `${best('wall').toFixed(2)} ms/article, CPU ${best('cpu').toFixed(2)} ms/article`);
}

interface Piece { text: string; claims: Ledger['claims']; sources: Ledger['sources']; publisher: string; published: string }

/** Sentences of the analysed articles, each with the claims inside it, ready to be recombined. */
function pieces(db: DB): Piece[] {
  const out: Piece[] = [];
  for (const id of db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]) {
    const l = q.article(db, id)!.ledger;
    const sents = l.sentences.length ? l.sentences : [{ start: 0, end: l.article.text.length }];
    for (const s of sents) {
      const claims = l.claims.filter((c) => c.span.every((x) => x.start >= s.start && x.end <= s.end))
        .map((c) => ({ ...c, span: c.span.map((x) => ({ start: x.start - s.start, end: x.end - s.start })) }));
      const used = new Set(claims.flatMap((c) => c.sources));
      out.push({ text: l.article.text.slice(s.start, s.end), claims, sources: l.sources.filter((x) => used.has(x.id)),
        publisher: l.article.publisher ?? '?', published: l.article.published ?? '2016-01-01' });
    }
  }
  return out;
}

/** A synthetic article: a dozen random sentences of the corpus, their claims and sources carried along. */
function synthesise(pool: Piece[], r: () => number, i: number, publishers: string[]): Ledger {
  let text = '';
  const claims: Ledger['claims'] = [];
  const sources: Ledger['sources'] = [];
  const n = 8 + Math.floor(r() * 8);
  for (let k = 0; k < n; k++) {
    const p = pool[Math.floor(r() * pool.length)]!;
    const off = text.length;
    const ids = new Map<string, string>();
    for (const s of p.sources) {
      const id = `s${sources.length + 1}`;
      ids.set(s.id, id);
      sources.push({ ...s, id, mentions: [] });
    }
    for (const c of p.claims) {
      claims.push({ ...c, id: `c${claims.length + 1}`, attribution: null, sources: c.sources.map((s) => ids.get(s)!).filter(Boolean),
        span: c.span.map((x) => ({ start: x.start + off, end: x.end + off })) });
    }
    text += p.text + (k % 4 === 3 ? '\n\n' : ' ');
  }
  const day = new Date(Date.UTC(2015, 10, 1) + Math.floor(r() * 700) * 864e5).toISOString().slice(0, 10);
  return {
    schema: 'hearsay/ledger@1',
    article: { text, title: `Synthetic report ${i}`, url: `https://synthetic.example/${i}`, publisher: publishers[i % publishers.length], published: day },
    sentences: [], entities: [], attributions: [], sources, claims,
  };
}

function buildLarge(dir: string, pool: Piece[], total: number): DB {
  const publishers = Array.from({ length: 40 }, (_, i) => `outlet-${i + 1}`);
  const db = openStore(join(dir, 'large.db'));
  const w = new StoreWriter(db);
  const r = rng(42);
  const t0 = performance.now();
  const BATCH = 1000;
  for (let i = 0; i < total; i += BATCH) {
    const batch = [];
    for (let k = i; k < Math.min(total, i + BATCH); k++) batch.push({ ledger: synthesise(pool, r, k, publishers), meta: {} });
    w.addBatch(batch);
    if (process.stderr.isTTY) process.stderr.write(`\r  built ${Math.min(total, i + BATCH)}/${total}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  const buildS = (performance.now() - t0) / 1000;
  db.pragma('optimize');
  console.log(`\n${total}-article store built in ${buildS.toFixed(0)} s (${(total / buildS).toFixed(0)} articles/s, storage only); stats: ${JSON.stringify(q.stats(db))}`);

  return db;
}

function benchQueries(db: DB, pool: Piece[], queries: number): void {
  // Queries as a reader would type them: one or two neighbouring content words of a claim in the corpus.
  const qr = rng(7);
  const claimTexts = pool.flatMap((p) => p.claims.map((c) => c.text));
  const terms = Array.from({ length: queries }, (_, i) => {
    const w = words(claimTexts[Math.floor(qr() * claimTexts.length)]!).filter((x) => x.length > 3 && !isStopword(x) && !/\d/.test(x));
    if (!w.length) return 'campaign';
    const k = Math.floor(qr() * w.length);
    return i % 2 && k + 1 < w.length ? `${w[k]} ${w[k + 1]}` : w[k]!;
  });
  const time = (fn: (t: string) => unknown) => terms.map((t) => {
    const s = performance.now();
    fn(t);
    return performance.now() - s;
  });
  for (const [name, fn] of [
    ['claims --about', (t: string) => q.claims(db, { about: t, minReports: 1, limit: 50 })],
    ['search', (t: string) => q.search(db, t, 20)],
  ] as const) {
    fn('warm up');
    const ms = time(fn);
    console.log(`${name}: ${queries} queries, p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`);
  }
  for (const name of ['Donald Trump', 'Bernie Sanders']) {
    const s = performance.now();
    const n = q.claims(db, { source: name, minReports: 1, limit: 50 }).length;
    console.log(`  claims --source "${name}": ${(performance.now() - s).toFixed(1)} ms (${n} clusters)`);
  }
  for (const t of ['Trump', 'Clinton said', 'campaign']) {
    const s = performance.now();
    const n = q.claims(db, { about: t, minReports: 1, limit: 50 }).length;
    const m = performance.now();
    const hits = q.search(db, t, 20).length;
    console.log(`  common words "${t}": claims --about ${(m - s).toFixed(1)} ms (${n} clusters), search ${(performance.now() - m).toFixed(1)} ms (${hits} hits)`);
  }
}


async function main() {
  const polnear = resolve(arg('--polnear', resolve(process.cwd(), '../shared/data/polnear')));
  const total = Number(arg('--articles', '100000'));
  const queries = Number(arg('--queries', '200'));
  const keep = process.argv.includes('--keep') ? resolve(arg('--keep', 'scratch/bench-corpus')) : null;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'hearsay-bench-'));
  if (keep) {
    rmSync(dir, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(dir, { recursive: true });
  }
  const from = process.argv.includes('--ledgers-from') ? resolve(arg('--ledgers-from', '')) : null;
  try {
    const db = from ? openStore(from, { readonly: true }) : await benchIngest(dir, polnear);
    if (total > 0) {
      if (!q.stats(db).articles) throw new Error('no analysed articles to synthesise the large store from');
      const pool = pieces(db);
      const largeFrom = process.argv.includes('--large-from') ? resolve(arg('--large-from', '')) : null;
      const large = largeFrom ? openStore(largeFrom, { readonly: true }) : buildLarge(dir, pool, total);
      benchQueries(large, pool, queries);
      large.close();
    }
    db.close();
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench:corpus: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
