// The store on hand-built ledgers: idempotence, near-duplicates counted once,
// claims clustered across outlets with independent origins, anonymous-only
// flags and contradictions, and the queries the CLI and web app use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open.js';
import { StoreWriter } from '../src/store/writer.js';
import * as q from '../src/store/queries.js';
import { filler, makeLedger, type ArticleSpec } from './store-helpers.js';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'hearsay-store-')), 'test.db');

const TROOPS = 'more than 10,000 North Korean troops have been deployed to the Kursk region of Russia';
const TROOPS_2 = '12,000 North Korean troops have been deployed to the Kursk region in Russia';
const SANCTIONS = 'the European Union will impose new sanctions on Russian banks next month';

const corpus: ArticleSpec[] = [
  // The FT reports, citing unnamed sources.
  { publisher: 'Financial Times', published: '2024-11-01', url: 'https://ft.example/1', title: 'Troops sent',
    claims: [{ text: TROOPS, chain: [['unnamed sources', true]] }], filler: filler(1) },
  // Two outlets relay the FT's unnamed sources: no new origin.
  { publisher: 'Daily Relay', published: '2024-11-02', url: 'https://relay.example/1', title: 'Report: troops sent',
    claims: [{ text: TROOPS, chain: [['the FT', false], ['unnamed sources', true]] }], filler: filler(2) },
  { publisher: 'Evening Echo', published: '2024-11-02', url: 'https://echo.example/1', title: 'Troops in Kursk',
    claims: [{ text: TROOPS_2, chain: [['Financial Times', false], ['people familiar with the matter', true]] }], filler: filler(3) },
  // An official on the record, in two outlets: one more origin, named.
  { publisher: 'Wire Service', published: '2024-11-03', url: 'https://wire.example/1', title: 'EU sanctions',
    claims: [{ text: SANCTIONS, chain: [['Ursula Example', false]] }], filler: filler(4) },
  // A syndicated copy of the wire story (same text but a different outlet and URL): grouped, counted once.
  { publisher: 'Local Paper', published: '2024-11-03', url: 'https://local.example/1', title: 'EU sanctions',
    claims: [{ text: SANCTIONS, chain: [['Ursula Example', false]] }], filler: filler(4) + ' Local Paper staff contributed.' },
  { publisher: 'Daily Relay', published: '2024-11-04', url: 'https://relay.example/2', title: 'Sanctions coming',
    claims: [{ text: SANCTIONS, chain: [['Example', false]] }, { text: 'the summit ended without a joint statement on trade', chain: [] }], filler: filler(5) },
];

function build(path: string) {
  const db = openStore(path);
  const w = new StoreWriter(db);
  const results = w.addBatch(corpus.map((spec) => ({ ledger: makeLedger(spec), meta: {} })));
  return { db, w, results };
}

test('articles are stored once; a second ingest of the same articles adds nothing', () => {
  const path = tmpDb();
  const { db, w, results } = build(path);
  assert.deepEqual(results.map((r) => r.status), Array(corpus.length).fill('added'));
  const before = q.stats(db);
  const again = w.addBatch(corpus.map((spec) => ({ ledger: makeLedger(spec), meta: {} })));
  assert.deepEqual(again.map((r) => r.status === 'skipped' && r.reason), Array(corpus.length).fill('url'));
  // Same text under another URL: skipped as the same normalised text.
  const sameText = makeLedger({ ...corpus[0]!, url: 'https://elsewhere.example/x' });
  assert.deepEqual(w.addBatch([{ ledger: sameText, meta: {} }])[0], { status: 'skipped', reason: 'text' });
  assert.deepEqual(q.stats(db), before);
  db.close();
});

test('stats: exactly {articles, duplicates, claims, clusters, sources}; a syndicated copy counts once', () => {
  const { db, results } = build(tmpDb());
  const s = q.stats(db);
  assert.deepEqual(Object.keys(s), ['articles', 'duplicates', 'claims', 'clusters', 'sources']);
  const copy = results[4]!;
  assert.equal(copy.status, 'added');
  assert.equal(copy.status === 'added' && copy.duplicateOf, (results[3] as { id: number }).id);
  assert.equal(s.articles, 5);
  assert.equal(s.duplicates, 1);
  assert.equal(s.claims, 6); // the copy's claim is not counted again
  assert.equal(s.clusters, 3);
  db.close();
});

test('claim clusters: reports across outlets, independent origins, anonymous-only, contradictions', () => {
  const { db } = build(tmpDb());
  const all = q.claims(db, { minReports: 2 });
  assert.equal(all.length, 2);
  const troops = all.find((c) => c.text.includes('North Korean'))!;
  assert.equal(troops.reports.length, 3);
  assert.deepEqual(troops.reports.map((r) => r.publisher), ['Financial Times', 'Daily Relay', 'Evening Echo']);
  assert.equal(troops.origins, 1, JSON.stringify(troops.originList));
  assert.ok(Number.isInteger(troops.origins));
  assert.equal(troops.anonymousOnly, true);
  assert.equal(troops.contradictions.length, 1);
  assert.deepEqual(troops.contradictions[0]!.values.map((v) => v.value), [10000, 12000]);

  const sanctions = all.find((c) => c.text.includes('sanctions'))!;
  assert.equal(sanctions.reports.length, 3);
  assert.equal(sanctions.origins, 1, 'the official quoted by the wire, its copy and another outlet is one origin');
  assert.equal(sanctions.anonymousOnly, false);
  assert.ok(sanctions.reports.some((r) => r.duplicateOf !== null));
  db.close();
});

test('claims --about uses full-text search; --source matches a source name; sources lists who is quoted', () => {
  const { db } = build(tmpDb());
  const about = q.claims(db, { about: 'Korean troops' });
  assert.equal(about.length, 1);
  assert.ok(about[0]!.text.includes('Korean'));
  assert.deepEqual(q.claims(db, { about: '"; DROP TABLE claims; --' }), []);
  const bySource = q.claims(db, { source: 'ursula' });
  assert.equal(bySource.length, 1);
  assert.ok(bySource[0]!.text.includes('sanctions'));
  const names = q.sources(db).map((s) => s.name);
  assert.ok(names.includes('unnamed sources') && names.includes('Ursula Example'));
  const ursula = q.sources(db, { name: 'Ursula Example' })[0]!;
  assert.equal(ursula.articles, 1, 'the syndicated copy does not count the source again');
  db.close();
});

test('search finds articles by their words; article view returns the ledger with its text', () => {
  const { db } = build(tmpDb());
  const hits = q.search(db, 'summit joint statement');
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.publisher, 'Daily Relay');
  assert.match(hits[0]!.snippet, /\u0002summit\u0003/);
  const view = q.article(db, hits[0]!.article)!;
  assert.ok(view.ledger.article.text.includes('joint statement'));
  assert.equal(view.ledger.claims.length, 2);
  assert.equal(q.timeline(db).reduce((n, p) => n + p.articles, 0), 5);
  db.close();
});

test('a store that does not exist is a one-line error for queries, not an empty new file', () => {
  assert.throws(() => openStore(join(tmpdir(), 'no-such-dir-hearsay', 'x.db'), { readonly: true }), /no store at/);
});

test('two writers on one store (two ingests at once) still cluster each other\'s claims', () => {
  const path = tmpDb();
  const a = openStore(path), b = openStore(path);
  const wa = new StoreWriter(a), wb = new StoreWriter(b);
  // B builds its in-memory claim index first, then A commits a claim B has not seen.
  wb.addBatch([{ ledger: makeLedger({ ...corpus[5]!, url: 'https://b.example/0' }), meta: {} }]);
  wa.addBatch([{ ledger: makeLedger(corpus[0]!), meta: {} }]);
  wb.addBatch([{ ledger: makeLedger(corpus[1]!), meta: {} }]);
  const troops = q.claims(b, { about: 'Korean troops' });
  assert.equal(troops.length, 1);
  assert.equal(troops[0]!.reports.length, 2, 'B joined the cluster A created');
  a.close();
  b.close();
});
