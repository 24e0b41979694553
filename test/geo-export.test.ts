import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../src/analyze.js';
import { Pipeline } from '../src/pipeline/registry.js';
import { toLedger } from '../src/ledger/build.js';
import { geojsonOf } from '../src/export/geojson.js';
import { mapSvg } from '../src/export/map.js';
import type { Ledger } from '../src/ledger/types.js';

const pipeline = new Pipeline(['tokenize', 'entities', 'places']);
const TEXT = 'Troops were moved from Khabarovsk to Blagoveshchensk, officials said. '
  + 'A spokesman in Moscow said the <b>"exercise"</b> would end soon & troops would return to Khabarovsk.';

/** A ledger with one claim per sentence, so that the claims-per-place link is tested on real spans. */
function ledgerWithClaims(text: string): Ledger {
  const ledger = toLedger(analyzeDoc(text, {}, pipeline));
  ledger.claims = ledger.sentences.map((s, i) => ({
    id: `c${i + 1}`, text: text.slice(s.start, s.end), span: [{ start: s.start, end: s.end }], attribution: null,
    sources: [], certainty: 'certain', hedges: [], verification: [],
  }));
  return ledger;
}

test('geojson: one Feature per geocoded place, [lon, lat], with the claims that mention it', () => {
  const ledger = ledgerWithClaims(TEXT);
  const fc = geojsonOf(ledger);
  assert.equal(fc.type, 'FeatureCollection');
  const names = fc.features.map((f) => f.properties.name).sort();
  assert.deepEqual(names, ['Blagoveshchensk', 'Khabarovsk', 'Moscow']);
  const kh = fc.features.find((f) => f.properties.name === 'Khabarovsk')!;
  assert.equal(kh.properties.mentions, 2);
  assert.equal(kh.properties.country, 'RU');
  assert.ok(kh.properties.geonameId);
  const [lon, lat] = kh.geometry.coordinates;
  assert.ok(Math.abs(lat - 48.48) < 0.5 && Math.abs(lon - 135.08) < 0.5, `${lat},${lon}`);
  // Khabarovsk is in both sentences, Moscow only in the second.
  assert.deepEqual(kh.properties.claims.map((c) => c.id), ['c1', 'c2']);
  assert.deepEqual(fc.features.find((f) => f.properties.name === 'Moscow')!.properties.claims.map((c) => c.id), ['c2']);
  // Valid JSON round trip.
  assert.deepEqual(JSON.parse(JSON.stringify(fc)), fc);
});

test('map: an offline SVG with a pin per place and escaped claims', () => {
  const ledger = ledgerWithClaims(TEXT);
  const svg = mapSvg(ledger);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.equal((svg.match(/class="pin"/g) ?? []).length, 3);
  // Countries are drawn.
  assert.ok((svg.match(/<path d=/g) ?? []).length > 10);
  // Article text is escaped: no markup from the article survives.
  assert.ok(!svg.includes('<b>'));
  assert.ok(svg.includes('&lt;b&gt;&quot;exercise&quot;&lt;/b&gt;'));
  assert.ok(svg.includes('&amp; troops'));
  // Nothing is fetched: no external reference.
  assert.ok(!/href=|url\(|<image/.test(svg));
});

test('map: empty when nothing is geocoded', () => {
  assert.equal(mapSvg(ledgerWithClaims('Nobody said anything about anywhere.')), '');
});
