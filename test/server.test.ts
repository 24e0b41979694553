// The JSON API and static front end, through hono's in-process request (no socket).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open.js';
import { StoreWriter } from '../src/store/writer.js';
import { createApp } from '../src/server/app.js';
import { filler, makeLedger } from './store-helpers.js';

function app() {
  const db = openStore(join(mkdtempSync(join(tmpdir(), 'hearsay-server-')), 's.db'));
  const claim = 'the ministry will reopen the northern border crossing for trucks next week';
  const ledgers = [
    makeLedger({ publisher: 'Alpha', published: '2024-03-01', title: 'Border to reopen', claims: [{ text: claim, chain: [['officials', true]] }], filler: filler(11) }),
    makeLedger({ publisher: 'Beta', published: '2024-03-02', title: '<script>window.__pwned=1</script>', claims: [{ text: claim, chain: [['Minister Jane Roe', false]] }], filler: filler(12) }),
  ];
  ledgers[1]!.entities.push({ id: 'e1', type: 'place', name: '<b>Evil</b> & Co', mentions: [{ start: 0, end: 3 }], geo: { lat: 50.4, lon: 30.5, country: 'UA' } });
  new StoreWriter(db).addBatch(ledgers.map((ledger) => ({ ledger, meta: {} })));
  return createApp(db);
}

test('API: stats, claims with integer origins, one cluster, one article, search, timeline, sources', async () => {
  const a = app();
  const get = async (path: string) => {
    const res = await a.request(path);
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('content-type') ?? '', /json/);
    return res.json() as Promise<any>;
  };
  const stats = await get('/api/stats');
  assert.equal(stats.articles, 2);
  assert.equal(stats.firstPublished, '2024-03-01');
  const clusters = await get('/api/claims');
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0].origins, 2);
  assert.equal(clusters[0].anonymousOnly, false);
  assert.deepEqual(clusters[0].reports.map((r: any) => r.publisher), ['Alpha', 'Beta']);
  const one = await get(`/api/claims/${clusters[0].id}`);
  assert.equal(one.text, clusters[0].text);
  const art = await get(`/api/articles/${clusters[0].reports[1].article}`);
  assert.equal(art.ledger.article.title, '<script>window.__pwned=1</script>', 'the API returns data; escaping is the page\'s job');
  assert.ok(art.ledger.article.text.includes('northern border'));
  assert.equal((await get('/api/search?q=border%20crossing')).length, 2);
  assert.deepEqual(await get('/api/search?q=%22%29%20OR%20*'), []);
  assert.deepEqual(await get('/api/claims?about=%22'), []);
  assert.equal((await get('/api/timeline')).length, 2);
  assert.ok((await get('/api/sources')).some((s: any) => s.name === 'Minister Jane Roe'));
  assert.equal((await get('/api/places'))[0].country, 'UA');
});

test('API errors are JSON 404s; no path reaches the file system; the page is served with a strict CSP', async () => {
  const a = app();
  for (const path of ['/api/claims/999999', '/api/articles/abc', '/api/nothing']) {
    const res = await a.request(path);
    assert.equal(res.status, 404, path);
    assert.ok((await res.json() as { error: string }).error);
  }
  assert.equal((await a.request('/../package.json')).status, 404);
  assert.equal((await a.request('/web/app.js')).status, 404);
  const index = await a.request('/');
  assert.equal(index.status, 200);
  assert.match(await index.text(), /<script type="module" src="\/app.js">/);
  assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.equal((await a.request('/app.js')).status, 200);
});

test('the map is an SVG with a pin per place, names escaped', async () => {
  const res = await app().request('/api/map.svg');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /image\/svg\+xml/);
  const svg = await res.text();
  assert.match(svg, /^<svg /);
  assert.equal((svg.match(/class="pin"/g) ?? []).length, 1);
  assert.ok(!svg.includes('<b>Evil</b>'));
  assert.ok(svg.includes('&#60;b&#62;Evil&#60;/b&#62; &#38; Co'));
  assert.ok((svg.match(/<path /g) ?? []).length > 100, 'countries are drawn');
});
