// The corpus mechanisms on their own: normalisation, MinHash, claim
// similarity, figures and contradictions, independent origins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, textHash, nameKey, acronym } from '../src/corpus/text.js';
import { signature, estimateJaccard, jaccard } from '../src/corpus/minhash.js';
import { claimFeatures, isClusterable, CLAIM_THRESHOLD } from '../src/corpus/claimkey.js';
import { articleShingles } from '../src/corpus/duplicates.js';
import { extractFigures, findContradictions } from '../src/corpus/figures.js';
import { countOrigins } from '../src/corpus/origins.js';

test('normalised text hash ignores typography, case and spacing', () => {
  assert.equal(textHash('“Hello,”  she said — twice.\n'), textHash('"hello," she said - twice.'));
  assert.notEqual(textHash('troops arrived'), textHash('troops left'));
  assert.equal(foldText('A\u00a0B'), 'a b');
});

test('source and outlet names meet on one key', () => {
  assert.equal(nameKey('The Financial Times'), 'financial times');
  assert.equal(acronym(nameKey('The Financial Times')), 'ft');
  assert.equal(nameKey("Reuters's"), 'reuters');
});

test('MinHash estimates Jaccard similarity of shingle sets', () => {
  const a = 'the council approved a budget for the new bridge over the river after a long debate on tuesday night in the town hall';
  const b = a.replace('tuesday', 'wednesday');
  const c = 'a storm closed the harbour and the coastal road for two days while crews cleared fallen trees from the rail line';
  const [sa, sb, sc] = [a, b, c].map((t) => signature(articleShingles(t), 128));
  const trueAB = jaccard(articleShingles(a), articleShingles(b));
  assert.ok(Math.abs(estimateJaccard(sa!, sb!) - trueAB) < 0.15, `estimate ${estimateJaccard(sa!, sb!)} vs ${trueAB}`);
  assert.ok(estimateJaccard(sa!, sc!) < 0.1);
});

test('the same claim worded alike clusters; figures do not keep it apart; different claims stay apart', () => {
  const a = claimFeatures('more than 10,000 North Korean troops have been deployed to Russia');
  const b = claimFeatures('12,000 North Korean troops were deployed to Russia');
  const c = claimFeatures('the election commission will publish turnout figures on Monday');
  assert.ok(jaccard(a, b) >= CLAIM_THRESHOLD, `similar claims: ${jaccard(a, b)}`);
  assert.ok(jaccard(a, c) < 0.1);
  assert.ok(!isClusterable('Donald Trump scares me'), 'too few content words to cluster');
  assert.ok(isClusterable('the senator will vote against the spending bill'));
});

test('figures: values, scales, units and qualifiers; years and dates are not figures', () => {
  const f = extractFigures('more than 10,000 troops, $4.5 billion in aid, 12 percent of voters, on Nov. 5 in 2016, two tanks');
  assert.deepEqual(f.map((x) => [x.value, x.unit]), [[10000, 'troop'], [4.5e9, '$'], [12, '%'], [2, 'tank']]);
  assert.equal(f[0]!.text, 'more than 10,000');
});

test('contradictions: differing figures about the same thing, across reports only', () => {
  const r1 = { article: 1, publisher: 'A', figures: extractFigures('more than 10,000 troops were sent') };
  const r2 = { article: 2, publisher: 'B', figures: extractFigures('12,000 troops were sent') };
  const r3 = { article: 3, publisher: 'C', figures: extractFigures('12,000 troops were sent, the ministry said') };
  const found = findContradictions([r1, r2, r3]);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.about, 'troop');
  assert.deepEqual(found[0]!.values.map((v) => [v.value, v.publishers]), [[10000, ['A']], [12000, ['B', 'C']]]);
  // One report giving a range is not a disagreement between reports.
  assert.deepEqual(findContradictions([{ article: 1, publisher: 'A', figures: extractFigures('between 10,000 troops and 12,000 troops') }]), []);
  // Agreeing reports: none.
  assert.deepEqual(findContradictions([r2, r3]), []);
});

test('origins: relays of one source count once; anonymous sources are known through who cites them', () => {
  const ft = { carrier: 'ft', article: 1, chain: [{ name: 'unnamed sources', anonymous: true }] };
  const relay1 = { carrier: 'BBC', article: 2, chain: [{ name: 'The Financial Times', anonymous: false }, { name: 'unnamed sources', anonymous: true }] };
  const relay2 = { carrier: 'CNN', article: 3, chain: [{ name: 'FT', anonymous: false }, { name: 'people familiar with the matter', anonymous: true }] };
  let o = countOrigins([ft, relay1, relay2]);
  assert.equal(o.origins.length, 1, JSON.stringify(o.origins));
  assert.equal(o.anonymousOnly, true);

  // A named official quoted by two outlets is one origin; the outlet's own reporting is another.
  const dietz1 = { carrier: 'A', article: 4, chain: [{ name: 'Charlie Dietz', anonymous: false }] };
  const dietz2 = { carrier: 'B', article: 5, chain: [{ name: 'Dietz', anonymous: false }] };
  const own = { carrier: 'C', article: 6, chain: [] };
  o = countOrigins([ft, dietz1, dietz2, own]);
  assert.equal(o.origins.length, 3, JSON.stringify(o.origins));
  assert.equal(o.anonymousOnly, false);

  // Anonymous sources cited by two different outlets are two origins.
  const other = { carrier: 'Le Monde', article: 7, chain: [{ name: 'officials', anonymous: true }] };
  assert.equal(countOrigins([ft, other]).origins.length, 2);
});

test('origins: an unresolved pronoun is some source of the carrier; full names meet their short forms', () => {
  const his1 = { carrier: 'A', article: 1, chain: [{ name: 'his', anonymous: false }] };
  const his2 = { carrier: 'A', article: 2, chain: [{ name: '’s', anonymous: false }] };
  const other = { carrier: 'B', article: 3, chain: [{ name: 'they', anonymous: false }] };
  assert.equal(countOrigins([his1, his2]).origins.length, 1);
  assert.equal(countOrigins([his1, other]).origins.length, 2);
  const full = { carrier: 'A', article: 4, chain: [{ name: 'Donald J. Trump', anonymous: false }] };
  const short = { carrier: 'B', article: 5, chain: [{ name: 'Donald Trump', anonymous: false }] };
  const possessive = { carrier: 'C', article: 6, chain: [{ name: 'Trump’s', anonymous: false }] };
  const different = { carrier: 'D', article: 7, chain: [{ name: 'Melania Trump', anonymous: false }] };
  assert.equal(countOrigins([full, short, possessive]).origins.length, 1);
  assert.equal(countOrigins([full, different]).origins.length, 2);
});

test('copies: near-identical texts, and a trimmed or updated copy of comparable length; not a brief inside a roundup', async () => {
  const { articleShingles, copyScore } = await import('../src/corpus/duplicates.js');
  const sentences = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} tells how the ${['council', 'mayor', 'river', 'bridge'][i % 4]} changed in week ${i * 7}.`);
  const full = sentences.join(' ');
  const updated = sentences.slice(0, 34).join(' ') + ' An update adds a new closing paragraph with fresh details from officials today.';
  const brief = sentences.slice(0, 6).join(' ');
  assert.ok(copyScore(articleShingles(full), articleShingles(full.replace('week 7', 'week 8'))) >= 0.7);
  assert.ok(copyScore(articleShingles(full), articleShingles(updated)) >= 0.8, 'trimmed and updated copy');
  assert.equal(copyScore(articleShingles(full), articleShingles(brief)), 0, 'a brief is not a copy of the long piece');
});

test('claims made only of names and titles are not clustered; short real claims are', () => {
  assert.ok(!isClusterable('former Secretary of State Hillary Clinton'));
  assert.ok(!isClusterable('(Texas Sen. Ted Cruz also has 17.)'));
  assert.ok(!isClusterable('House Speaker Paul Ryan'));
  assert.ok(isClusterable('to ban Muslims from entering the United States'));
});
