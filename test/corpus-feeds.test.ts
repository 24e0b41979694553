// Inputs for `hearsay ingest`: JSONL, RSS, Atom, WARC and WARC.gz (written
// here with warcio), folders, and URLs served by a local server on 127.0.0.1.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { readInputs, type ResolvedItem, type Article } from '../src/ingest/feeds/inputs.js';
import { fetchUrl } from '../src/ingest/feeds/fetch.js';
import { openStore } from '../src/store/open.js';
import { ingest } from '../src/store/ingest.js';
import * as q from '../src/store/queries.js';

const dir = mkdtempSync(join(tmpdir(), 'hearsay-feeds-'));

const STORY_A = 'The harbour authority said on Monday that the northern pier will close for repairs until March. ' +
  'Engineers found cracks in the concrete supports during a routine inspection last week, according to a statement. ' +
  'Ferry services will move to the southern terminal while the work goes on.';
const STORY_B = 'Officials in the river valley confirmed that the new bridge will open to traffic in June. ' +
  'The project ran two years late and cost 40 million euros more than planned, the regional council said. ' +
  'Local businesses welcomed the news after months of detours.';

const page = (title: string, body: string, extra = '') => `<!doctype html><html><head><title>${title}</title>
<meta property="og:site_name" content="Valley Times"><meta property="article:published_time" content="2024-05-02T09:00:00Z">${extra}</head>
<body><nav>Home | World | Sport</nav><article><h1>${title}</h1>${body.split('. ').map((s) => `<p>${s}.</p>`).join('')}</article>
<footer>Copyright Valley Times</footer></body></html>`;

let server: Server;
let base = '';
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/a.html') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(page('Pier closes', STORY_A)); }
    else if (req.url === '/b.html') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(page('Bridge to open', STORY_B)); }
    else if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Times</title>
        <item><title>Pier closes</title><link>${base}/a.html</link><pubDate>Thu, 02 May 2024 09:00:00 GMT</pubDate><description>The pier closes.</description></item>
        <item><title>Bridge to open</title><link>${base}/b.html</link><pubDate>Fri, 03 May 2024 09:00:00 GMT</pubDate><description>A bridge.</description></item>
      </channel></rss>`);
    } else if (req.url === '/slow') { setTimeout(() => res.end('late'), 3000); }
    else if (req.url === '/big') { res.setHeader('content-type', 'text/html'); res.end('<p>' + 'x'.repeat(3 * 1024 * 1024) + '</p>'); }
    else { res.statusCode = 404; res.end('not found'); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

async function collect(args: string[], opts = {}): Promise<ResolvedItem[]> {
  const out: ResolvedItem[] = [];
  for await (const x of readInputs(args, opts)) out.push(x);
  return out;
}
const articles = (xs: ResolvedItem[]) => xs.filter((x): x is Article => 'text' in x);
const problems = (xs: ResolvedItem[]) => xs.filter((x) => 'problem' in x) as Array<{ problem: string; origin: string }>;

test('JSONL: text or html per line; bad lines are reported by line number and skipped', async () => {
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, [
    JSON.stringify({ url: 'https://x.example/a', title: 'Pier closes', text: STORY_A, published: '2024-05-02', publisher: 'Valley Times', byline: 'A. Writer' }),
    '{not json',
    JSON.stringify({ title: 'no body' }),
    JSON.stringify({ url: 'https://x.example/b', html: page('Bridge to open', STORY_B) }),
    '',
  ].join('\n'));
  const items = await collect([file]);
  const arts = articles(items);
  assert.equal(arts.length, 2);
  assert.equal(arts[0]!.meta.publisher, 'Valley Times');
  assert.equal(arts[0]!.meta.byline, 'A. Writer');
  assert.ok(arts[1]!.text.includes('new bridge will open'));
  assert.ok(!arts[1]!.text.includes('Home | World'), 'page furniture is dropped');
  assert.equal(arts[1]!.meta.published, '2024-05-02');
  assert.deepEqual(problems(items).map((p) => [p.origin.replace(file, 'F'), p.problem]), [['F line 2', 'not valid JSON'], ['F line 3', 'has neither "text" nor "html"']]);
});

test('RSS and Atom files: full-text items are read without fetching', async () => {
  const rss = join(dir, 'feed.rss');
  writeFileSync(rss, `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Harbour News</title><item><title>Pier closes</title><link>https://harbour.example/pier</link>
    <dc:creator>Sam Reporter</dc:creator><pubDate>Thu, 02 May 2024 09:00:00 GMT</pubDate>
    <content:encoded><![CDATA[${STORY_A.split('. ').map((s) => `<p>${s}.</p>`).join('')}]]></content:encoded></item></channel></rss>`);
  const atom = join(dir, 'feed.atom');
  writeFileSync(atom, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
    <entry><title>Bridge to open</title><link rel="alternate" href="https://valley.example/bridge"/><published>2024-05-03T10:00:00Z</published>
    <author><name>Kim Writer</name></author><content type="html">${STORY_B.replace(/&/g, '&amp;')}</content></entry></feed>`);
  const arts = articles(await collect([rss, atom], { fetchLinks: false }));
  assert.equal(arts.length, 2);
  assert.deepEqual(arts.map((a) => [a.meta.publisher, a.meta.published, a.meta.byline, a.meta.url]), [
    ['Harbour News', '2024-05-02', 'Sam Reporter', 'https://harbour.example/pier'],
    ['Valley Times', '2024-05-03', 'Kim Writer', 'https://valley.example/bridge'],
  ]);
  assert.ok(arts[0]!.text.startsWith('The harbour authority said'));
});

async function writeWarc(file: string, gzip: boolean) {
  const chunks: Uint8Array[] = [];
  const enc = new TextEncoder();
  const records = [
    WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.0' }, { software: 'hearsay test' }),
    WARCRecord.create({ url: 'https://valley.example/pier', type: 'response', date: '2024-05-04T00:00:00Z', warcVersion: 'WARC/1.0',
      httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' }, [enc.encode(page('Pier closes', STORY_A))]),
    WARCRecord.create({ url: 'https://valley.example/logo.png', type: 'response', warcVersion: 'WARC/1.0',
      httpHeaders: { 'Content-Type': 'image/png' }, statusline: 'HTTP/1.1 200 OK' }, [new Uint8Array([137, 80, 78, 71])]),
    WARCRecord.create({ url: 'https://valley.example/bridge', type: 'response', date: '2024-05-05T00:00:00Z', warcVersion: 'WARC/1.0',
      httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 200 OK' }, [enc.encode(page('Bridge to open', STORY_B, '<meta charset="utf-8">'))]),
  ];
  for (const r of records) chunks.push(await WARCSerializer.serialize(r, { gzip }));
  writeFileSync(file, Buffer.concat(chunks));
}

test('WARC and WARC.gz (CC-NEWS style response records): pages become articles, other records are skipped', async () => {
  for (const gz of [false, true]) {
    const file = join(dir, gz ? 'crawl.warc.gz' : 'crawl.warc');
    await writeWarc(file, gz);
    const items = await collect([file]);
    const arts = articles(items);
    assert.equal(problems(items).length, 0, JSON.stringify(problems(items)));
    assert.deepEqual(arts.map((a) => a.meta.url), ['https://valley.example/pier', 'https://valley.example/bridge']);
    assert.equal(arts[0]!.meta.published, '2024-05-02', 'the page\'s own date wins over the crawl date');
    assert.equal(arts[0]!.meta.publisher, 'Valley Times');
    assert.ok(arts[1]!.text.includes('cost 40 million euros'));
  }
});

test('URLs: a page, a feed whose teasers are fetched from their links, and clear one-line errors', async () => {
  const arts = articles(await collect([`${base}/a.html`]));
  assert.equal(arts.length, 1);
  assert.ok(arts[0]!.text.includes('northern pier'));

  const fed = articles(await collect([`${base}/feed.xml`]));
  assert.deepEqual(fed.map((a) => a.meta.url), [`${base}/a.html`, `${base}/b.html`]);
  assert.ok(fed[1]!.text.includes('new bridge will open'), 'the teaser was replaced by the linked page');

  const bad = problems(await collect([`${base}/missing`]));
  assert.deepEqual(bad.map((p) => p.problem), ['HTTP 404 Not Found']);
  await assert.rejects(fetchUrl(`${base}/slow`, { timeoutMs: 300 }), /no answer within 0 s|no complete answer/);
  await assert.rejects(fetchUrl(`${base}/big`, { maxBytes: 1024 * 1024 }), /larger than the 1 MB limit/);
  await assert.rejects(fetchUrl('ftp://x.example/a'), /only http and https/);
  await assert.rejects(fetchUrl('http://127.0.0.1:1/'), /cannot connect/);
});

test('folders of .txt and .html ingest in name order; known URLs are not fetched again', async () => {
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  writeFileSync(join(folder, 'b.html'), page('Bridge to open', STORY_B));
  writeFileSync(join(folder, 'a.txt'), STORY_A);
  writeFileSync(join(folder, 'notes.md'), 'ignored');
  const db = openStore(join(dir, 'feeds.db'));
  const s1 = await ingest(db, [folder, `${base}/a.html`]);
  assert.deepEqual([s1.added, s1.duplicates, s1.failed], [3, 1, 0], 'the fetched page is a near-copy of a.txt (it adds a headline)');
  const s2 = await ingest(db, [`${base}/feed.xml`]);
  assert.deepEqual([s2.added, s2.skipped], [0, 2], 'a.html is known by its URL, b.html by its text (the folder had it)');
  const s3 = await ingest(db, [`${base}/feed.xml`, folder]);
  assert.deepEqual([s3.added, s3.skipped, s3.failed], [0, 4, 0]);
  assert.deepEqual(q.stats(db).articles, 2);
  assert.equal(q.stats(db).duplicates, 1);
  db.close();
});
