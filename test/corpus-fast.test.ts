// The ingest's fast paths must give exactly what the plain definitions give: the store's
// clusters, duplicates and figures depend on every hash. Checked on real PolNeAR text (every
// sentence taken as a claim) and on text chosen to stress Unicode handling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { polnearArticles } from '../src/corpus/polnear.js';
import { foldText, scanWords, WORD_PATTERN } from '../src/corpus/text.js';
import { claimBands, claimKey, clusterFeatures } from '../src/corpus/claimkey.js';
import { sortedFeatures } from '../src/corpus/minhash.js';
import { articleShingles, copyScore, copyScoreSorted, shinglesOfFolded } from '../src/corpus/duplicates.js';
import { extractFigures, figuresOfFolded } from '../src/corpus/figures.js';
import { ClaimIndex } from '../src/store/claim-index.js';

const articles = polnearArticles(resolve(process.cwd(), '../shared/data/polnear'), ['dev']).map((a) => a.text);
const sentences = articles.flatMap((t) => t.split(/(?<=[.!?"”])\s+/)).filter((s) => s.trim());
const unicode = [
  'don’t “stop” — 3.5%, 1.2.3, 4,,5. x', 'Émile Zoë naïve café 𝒜𝒷c 😀 ab😀cd', 'i̇stanbul İstanbul', 'a-b-c\'s 12-a',
  'e\u0301 café\u0301 ″ ﬁ ½ ² Å Å', 'x\u00a0\u00a0y\t\nz', '١٢٣ arabic ٣ digits', 'Ⅻ roman', '\ud800 lone \udc00 x',
];

/** foldText as first written: NFKC for any non-ASCII text, every white-space run replaced. */
function plainFold(text: string): string {
  const t = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC').replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u2010-\u2015\u2212]/g,
    (c) => ((c >= '\u2010' && c <= '\u2015') || c === '\u2212' ? '-' : '\u201C\u201D\u201E\u201F\u2033'.includes(c) ? '"' : "'")) : text;
  return t.replace(/\s+/g, ' ').trim().toLowerCase();
}

test('folding and word scanning give what NFKC and the word pattern give', () => {
  assert.ok(sentences.length > 1000);
  for (const t of [...articles, ...sentences, ...unicode]) {
    const f = foldText(t);
    assert.equal(f, plainFold(t), t.slice(0, 60));
    const scanned: string[] = [];
    scanWords(f, (s, e) => { scanned.push(f.slice(s, e)); });
    assert.deepEqual(scanned, f.match(WORD_PATTERN) ?? [], t.slice(0, 60));
  }
});

test('claim keys and figures from folded text equal the plain definitions', () => {
  let clusterable = 0;
  for (const t of [...sentences, ...unicode]) {
    const f = foldText(t);
    const k = claimKey(t, f);
    const plain = clusterFeatures(t);
    if (plain === null) assert.equal(k, null, t);
    else {
      clusterable++;
      assert.ok(k, t);
      assert.deepEqual([...k.features], [...sortedFeatures(plain)], t);
      assert.deepEqual(k.bands, claimBands(plain), t);
    }
    assert.deepEqual(figuresOfFolded(f), extractFigures(t), t);
  }
  assert.ok(clusterable > 500);
});

test('sorted shingles and copy scores equal the set-based ones', () => {
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!, b = articles[(i + 1) % articles.length]!;
    const sa = shinglesOfFolded(foldText(a));
    assert.deepEqual([...sa], [...articleShingles(a)].sort((x, y) => x - y));
    const trimmed = a.slice(0, Math.floor(a.length * 0.9)); // a trimmed copy: a real near-duplicate
    for (const [x, y] of [[a, b], [a, trimmed], [trimmed, a]] as const) {
      assert.equal(copyScoreSorted(shinglesOfFolded(foldText(x)), shinglesOfFolded(foldText(y))), copyScore(articleShingles(x), articleShingles(y)));
    }
  }
  for (const t of ['', 'one two', 'a b c d e f']) assert.deepEqual([...shinglesOfFolded(foldText(t))], [...articleShingles(t)].sort((x, y) => x - y));
});

test('the claim index keeps each band\'s claims in order, up to its limit, however large it grows', () => {
  const index = new ClaimIndex(3);
  const features = new Uint32Array(0);
  // Band keys as the writer makes them: band number * 2^32 + a 32-bit hash.
  const key = (band: number, h: number) => band * 2 ** 32 + h;
  for (let id = 1; id <= 20_000; id++) index.add({ id, cluster: id, features }, [key(0, id % 5000), key(5, 4294967295 - (id % 7))]);
  const ids = (k: number) => {
    const out: number[] = [];
    index.forEachInBand(k, (c) => out.push(c.id));
    return out;
  };
  assert.deepEqual(ids(key(0, 1)), [1, 5001, 10001]);
  assert.deepEqual(ids(key(5, 4294967295)), [7, 14, 21]);
  assert.deepEqual(ids(key(1, 1)), []);
  assert.equal(index.size, 20_000);
  index.clear();
  assert.deepEqual(ids(key(0, 1)), []);
});
