import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { escapeHtml, htmlReport } from '../src/export/html.js';
import { buildLedger, chainLedger } from './fixtures/ledger.js';

/** An article that tries everything a hostile page could: tags, attributes, entities, quotes. */
const HOSTILE = [
  `Officials said <script>alert("owned")</script> the "plan" was <img src=x onerror=alert(1)> ready & final.`,
  `A spokesman said it's </span></p><b>fine</b> &amp; nothing more.`,
].join('\n');

function hostileLedger() {
  return buildLedger({
    text: HOSTILE,
    title: '<script>alert("title")</script> & "quotes"',
    publisher: `O'Brien <Media>`,
    byline: '<b>Eve</b>',
    url: 'javascript:alert(1)',
    sources: [
      { id: 's1', name: 'Officials <script>', kind: 'government', anonymous: true, role: '"role" <i>', mentions: ['Officials'] },
      { id: 's2', name: 'A spokesman', kind: 'person', anonymous: true, mentions: ['A spokesman'] },
    ],
    attributions: [
      { id: 'a1', cue: 'said', source: 's1', sourceMention: 'Officials', content: [`<script>alert("owned")</script> the "plan" was <img src=x onerror=alert(1)> ready & final`], quote: 'indirect' },
      { id: 'a2', cue: 'said', source: 's2', sourceMention: 'A spokesman', content: [`it's </span></p><b>fine</b> &amp; nothing more`], quote: 'indirect' },
    ],
    claims: [
      { id: 'c1', span: [`<script>alert("owned")</script> the "plan" was <img src=x onerror=alert(1)> ready & final`], attribution: 'a1', sources: ['s1'], certainty: 'possible', hedges: [] },
      { id: 'c2', span: [`it's </span></p><b>fine</b> &amp; nothing more`], attribution: 'a2', sources: ['s2'], certainty: 'certain' },
    ],
  });
}

test('escapeHtml escapes the five characters that matter', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('article text, metadata and source names are escaped: no markup from the article survives', () => {
  const html = htmlReport(hostileLedger(), { map: '' });
  assert.doesNotMatch(html, /<script/i, 'no script element at all');
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /<b>fine/);
  assert.doesNotMatch(html, /<i>/);
  assert.doesNotMatch(html, /<[^>]*\sonerror/i, 'no element carries an event handler');
  assert.doesNotMatch(html, /href="javascript:/i);
  assert.match(html, /&lt;script&gt;alert\(&quot;owned&quot;\)&lt;\/script&gt;/);
  assert.match(html, /O&#39;Brien &lt;Media&gt;/);
  // A Content-Security-Policy forbids scripts and any request, as a second wall.
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"/);
});

test('the article reads back exactly from the report, one paragraph per line', () => {
  for (const ledger of [hostileLedger(), chainLedger()]) {
    const { document } = parseHTML(htmlReport(ledger, { map: '' }));
    const paragraphs = [...document.querySelectorAll('article.text p')].map((p) => p.textContent);
    assert.deepEqual(paragraphs, ledger.article.text.split('\n'));
  }
});

test('attributions are highlighted: source, cue, content, and claims coloured by certainty', () => {
  const html = htmlReport(chainLedger(), { map: '' });
  const { document } = parseHTML(html);
  const text = (sel: string) => [...document.querySelectorAll(`article.text ${sel}`)].map((e) => e.textContent).join('|');
  assert.match(text('.src'), /The Harbour Gazette/);
  assert.match(text('.cue'), /reported/);
  assert.match(text('.cert-probable'), /the ferry had been sold to a foreign buyer/);
  assert.match(text('.cert-possible'), /as many as 300 jobs/);
  assert.match(text('.claim.voice'), /The ferry has sailed/);
  // The hover text says who stands behind the claim and what verification it got.
  const claim = document.querySelector('#claim-c1');
  assert.ok(claim, 'the first piece of a claim is its anchor');
  const title = claim.getAttribute('title') ?? '';
  assert.match(title, /source: The Harbour Gazette ← unnamed sources/);
  assert.match(title, /could not verify \(A ministry spokesperson\)/);
});

test('the panel lists sources with kind, role and anonymity, and claims grouped by source', () => {
  const { document } = parseHTML(htmlReport(chainLedger(), { map: '' }));
  const rows = [...document.querySelectorAll('aside table tbody tr')].map((r) => r.textContent ?? '');
  assert.equal(rows.length, 6);
  assert.ok(rows.some((r) => /Mara Quist/.test(r) && /person/.test(r) && /union spokesperson/.test(r)));
  assert.ok(rows.some((r) => /unnamed sources/.test(r) && /anonymous/.test(r)));
  const groups = [...document.querySelectorAll('.group h3')].map((h) => h.textContent);
  assert.deepEqual(groups.slice(0, 2), ['The Harbour Gazette ← unnamed sources', 'Port officials & the ferry union']);
  assert.ok(document.querySelector('a[href="#claim-c1"]'));
});

test('the map hook: inline SVG from the geo module is embedded, and places are listed', () => {
  const html = htmlReport(chainLedger(), { map: '<svg id="test-map"></svg>' });
  assert.match(html, /<figure class="map"><svg id="test-map"><\/svg><\/figure>/);
  assert.match(html, /<b>Kell<\/b>/);
});

const CHROMIUM = '/usr/bin/chromium';
test('in a real browser the hostile report runs no script and makes no request', { skip: !existsSync(CHROMIUM) && 'chromium not installed' }, async () => {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-html-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, htmlReport(hostileLedger(), { map: '' }));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('request', (r) => { if (r.url() !== `file://${file}`) requests.push(r.url()); });
    await page.goto(`file://${file}`);
    const visible = await page.locator('article.text').innerText();
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, []);
    assert.match(visible, /<script>alert\("owned"\)<\/script>/);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
