// Ingest end to end on real articles (PolNeAR dev, as JSONL): analysis and
// storage, idempotence, and crash safety (kill -9 mid-ingest, then rerun,
// gives the same store as one clean run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { polnearArticles } from '../src/corpus/polnear.js';
import { openStore } from '../src/store/open.js';
import { ingest } from '../src/store/ingest.js';
import * as q from '../src/store/queries.js';

const ROOT = resolve(import.meta.dirname, '..');
const POLNEAR = resolve(ROOT, '../shared/data/polnear');
// One process (tsx as a loader, not tsx's CLI, which runs the program in a child process
// that a kill of the parent would leave running).
const CLI = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
const dir = mkdtempSync(join(tmpdir(), 'hearsay-ingest-'));

function jsonl(n: number): string {
  const file = join(dir, `polnear-${n}.jsonl`);
  if (!existsSync(file)) writeFileSync(file, polnearArticles(POLNEAR, ['dev', 'train']).slice(0, n).map((a) => JSON.stringify(a)).join('\n') + '\n');
  return file;
}

const count = (path: string): number => {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // the schema may not exist yet
  }
};

/** Starts an ingest and kills it (SIGKILL) once some batches are committed; false if it finished first. */
async function killMidway(file: string, db: string, total: number): Promise<boolean> {
  const child = spawn(process.execPath, [...CLI, 'ingest', file, '--db', db, '--batch', '4'], { stdio: 'ignore', cwd: ROOT });
  let exited = false;
  child.once('exit', () => { exited = true; });
  let committed = 0;
  for (let i = 0; i < 3000 && committed < 12 && !exited; i++) {
    await new Promise((r) => setTimeout(r, 10));
    committed = count(db);
  }
  child.kill('SIGKILL');
  if (!exited) await new Promise((r) => child.once('exit', r));
  return committed >= 12 && count(db) < total;
}

const hearsay = (...args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', cwd: ROOT });

test('ingest of real articles: stored with their claims; a second ingest changes nothing', { skip: !existsSync(POLNEAR) && 'needs ../shared' }, async () => {
  const db = openStore(join(dir, 'twice.db'));
  const file = jsonl(30);
  const first = await ingest(db, [file]);
  assert.equal(first.failed, 0);
  assert.equal(first.added, 30);
  const stats = q.stats(db);
  assert.equal(stats.articles + stats.duplicates, 30);
  assert.ok(stats.claims > 0 && stats.sources > 0, JSON.stringify(stats));
  const second = await ingest(db, [file]);
  assert.deepEqual([second.added, second.skipped], [0, 30]);
  assert.deepEqual(q.stats(db), stats);
  db.close();
});

test('analysis in a worker thread (--jobs 1) gives the same store as analysis in the main thread', { skip: !existsSync(POLNEAR) && 'needs ../shared' }, async () => {
  const file = jsonl(30);
  const stores = [];
  for (const jobs of [0, 1]) {
    const db = openStore(join(dir, `jobs-${jobs}.db`));
    const s = await ingest(db, [file], { jobs, batchSize: 8 });
    assert.deepEqual([s.added, s.failed], [30, 0]);
    stores.push({ stats: q.stats(db), claims: q.claims(db, { minReports: 1, limit: 0 }).map((c) => [c.id, c.text, c.origins]) });
    db.close();
  }
  assert.deepEqual(stores[1], stores[0]);
});

test('kill -9 during an ingest, then a rerun, gives the same stats --json as one clean run', { skip: !existsSync(POLNEAR) && 'needs ../shared' }, async () => {
  const N = 160;
  const file = jsonl(N);
  const clean = join(dir, 'clean.db');
  const crashed = join(dir, 'crashed.db');
  const run = hearsay('ingest', file, '--db', clean, '--batch', '4');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout + run.stderr, '', 'piped, ingest prints nothing (no progress bar)');

  // A fast machine may finish before the kill lands: try again on a fresh store.
  let killed = false;
  for (let attempt = 0; attempt < 3 && !killed; attempt++) {
    rmSync(crashed, { force: true }); rmSync(crashed + '-wal', { force: true }); rmSync(crashed + '-shm', { force: true });
    killed = await killMidway(file, crashed, N);
  }
  assert.ok(killed, 'could not kill the ingest midway');

  const rerun = hearsay('ingest', file, '--db', crashed, '--batch', '4');
  assert.equal(rerun.status, 0, rerun.stderr);
  const a = hearsay('stats', '--json', '--db', clean);
  const b = hearsay('stats', '--json', '--db', crashed);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.stdout, a.stdout);
  assert.deepEqual(Object.keys(JSON.parse(a.stdout)), ['articles', 'duplicates', 'claims', 'clusters', 'sources']);
  // Not only the counts: the same clusters with the same reports.
  const c1 = hearsay('claims', '--json', '--limit', '0', '--db', clean);
  const c2 = hearsay('claims', '--json', '--limit', '0', '--db', crashed);
  assert.equal(c2.stdout, c1.stdout);
  const clusters = JSON.parse(c1.stdout) as Array<Record<string, unknown>>;
  assert.ok(clusters.length > 0);
  for (const c of clusters) {
    for (const k of ['id', 'text', 'reports', 'sources', 'origins', 'anonymousOnly', 'contradictions']) assert.ok(k in c, k);
    assert.ok(Number.isInteger(c.origins) && (c.origins as number) >= 1);
    for (const r of c.reports as Array<Record<string, unknown>>) for (const k of ['article', 'publisher', 'published']) assert.ok(k in r, k);
  }
});
