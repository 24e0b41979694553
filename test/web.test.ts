// The web app in a real browser: Debian's chromium driven by playwright-core.
// Checks what a reader sees (figures, clusters, origins, contradictions,
// highlighted attributions, the map) and that article text cannot run script.
// Screenshots go to scratch/ (git-ignored) for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { analyze } from '../src/analyze.js';
import { openStore, type DB } from '../src/store/open.js';
import { StoreWriter } from '../src/store/writer.js';
import { serve, type RunningServer } from '../src/server/serve.js';
import { filler, makeLedger } from './store-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
// In CI the browser must be there (.ci/run installs it); on a developer's machine without it, skip.
const skip = !existsSync(CHROMIUM) && !process.env.CI ? 'chromium is not installed (apt-get install -y chromium)' : false;
const SHOTS = resolve(import.meta.dirname, '..', 'scratch');

let db: DB, server: RunningServer, ctx: BrowserContext, page: Page, profile: string;
const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

before(async () => {
  if (skip) return;
  db = openStore(join(mkdtempSync(join(tmpdir(), 'hearsay-web-')), 'web.db'));
  const w = new StoreWriter(db);
  const claim = (n: string) => `${n} troops were deployed to the eastern border region last week`;
  const quoted = 'The mayor, Ana Lopez, said the old bridge would reopen to traffic in May after repairs. ' +
    '"We are confident the new supports will hold," she told reporters on Tuesday. ' + XSS;
  w.addBatch([
    { ledger: makeLedger({ publisher: 'Alpha', published: '2024-03-01', title: 'Troops on the border', claims: [{ text: claim('more than 10,000'), chain: [['defence officials', true]] }], filler: filler(21) }), meta: {} },
    { ledger: makeLedger({ publisher: 'Beta', published: '2024-03-02', title: 'Border build-up', claims: [{ text: claim('12,000'), chain: [['Alpha', false], ['defence officials', true]] }], filler: filler(22) }), meta: {} },
    { ledger: makeLedger({ publisher: 'Gamma', published: '2024-03-04', title: 'Deployment', claims: [{ text: claim('12,000'), chain: [['General Sam Poe', false]] }], filler: filler(23) }), meta: {} },
    { ledger: analyze(quoted, { title: 'Bridge ' + XSS, publisher: 'Delta', published: '2024-03-05' }), meta: {} },
  ]);
  server = await serve(db, { port: 0, host: '127.0.0.1' });
  profile = mkdtempSync(join(tmpdir(), 'hearsay-chromium-'));
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  page = ctx.pages()[0] ?? (await ctx.newPage());
});

after(async () => {
  if (skip) return;
  await ctx?.close();
  await server?.close();
  db?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function open(hash: string, shot: string) {
  await page.goto(server.url + hash);
  await page.waitForFunction((h) => document.body.dataset.ready === h, hash);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `web-${shot}.png`), fullPage: true });
}

test('overview: the corpus at a glance, a timeline, and the claim reported by the most outlets', { skip }, async () => {
  await open('#/', 'overview');
  const tiles = await page.locator('#stats .tile').allInnerTexts();
  assert.deepEqual(tiles.map((t) => t.replace(/\s+/g, ' ')), ['4 articles', '0 near-duplicate copies', `${tiles[2]!.split(/\s/)[0]} claims`, `${tiles[3]!.split(/\s/)[0]} claim clusters`, `${tiles[4]!.split(/\s/)[0]} sources`]);
  assert.equal(await page.locator('.timeline rect').count(), 4, 'one bar per publication day');
  const card = page.locator('.cluster').first();
  assert.match(await card.innerText(), /3 reports/);
  assert.match(await card.innerText(), /2 independent origins/);
  assert.match(await card.innerText(), /Figures disagree: more than 10,000 \(Alpha\) vs 12,000 \(Beta, Gamma\)/);
});

test('claims: filter by words and by source; a cluster page lists origins', { skip }, async () => {
  await open('#/claims?about=border%20troops', 'claims');
  assert.equal(await page.locator('.cluster').count(), 1);
  await open('#/claims?source=General%20Sam%20Poe', 'claims-source');
  assert.equal(await page.locator('.cluster').count(), 1);
  await page.locator('.cluster .text a').first().click();
  await page.waitForFunction(() => document.body.dataset.ready?.startsWith('#/claim/'));
  const text = await page.locator('main').innerText();
  assert.match(text, /Independent origins: defence officials via Alpha \(anonymous\); General Sam Poe/);
});

test('article: attributions highlighted, article text shown as text and never run', { skip }, async () => {
  await open('#/search?q=Lopez%20confident', 'search');
  assert.equal(await page.locator('main .card').count(), 1);
  await page.locator('main .card a').first().click();
  await page.waitForFunction(() => document.body.dataset.ready?.startsWith('#/article/'));
  await page.waitForFunction(() => document.querySelector('#article-text') !== null);
  await page.screenshot({ path: join(SHOTS, 'web-article.png'), fullPage: true });
  const body = await page.locator('#article-text').innerText();
  assert.ok(body.includes('<script>window.__pwned=1</script>'), 'markup in the article is shown literally');
  assert.ok((await page.locator('h1').innerText()).includes('<img src=x'), 'the title too');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator('#article-text img, #article-text script').count(), 0);
  assert.ok(await page.locator('#article-text .hl-cue').count() >= 1, 'at least one attribution cue is highlighted');
  assert.ok(await page.locator('#article-text .hl-content').count() >= 1);
});

test('sources and map pages render', { skip }, async () => {
  await open('#/sources', 'sources');
  assert.ok((await page.locator('#sources').innerText()).includes('General Sam Poe'));
  await open('#/map', 'map');
  const size = await page.locator('.map img').evaluate((img: HTMLImageElement) => img.naturalWidth);
  assert.ok(size > 0, 'the map image loaded');
});
