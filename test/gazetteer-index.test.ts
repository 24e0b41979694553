import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameIndex, PackedTable } from '../src/geo/index-file.js';
import { gazetteer } from '../src/geo/gazetteer.js';

test('a packed table finds every key it was built from, and nothing else', () => {
  const words = ['kursk', 'kyiv', 'new york', 'são paulo', 'pyongyang', '', 'k'];
  const built = PackedTable.build(words.map((w, i) => [w, i * 3]));
  const t = new PackedTable(built.chars, built.keyStart, built.values, built.slots);
  words.forEach((w, i) => assert.equal(t.get(w), i * 3));
  for (const miss of ['kurs', 'kurskk', 'new  york', 'sao paulo', 'kx']) assert.equal(t.get(miss), undefined);
});

test('a name index gives each name its rows', () => {
  const { table, lists } = NameIndex.build({ springfield: [4, 9, 12], kursk: [7] });
  const idx = new NameIndex(new PackedTable(table.chars, table.keyStart, table.values, table.slots), lists);
  assert.deepEqual(idx.get('springfield'), [4, 9, 12]);
  assert.deepEqual(idx.get('kursk'), [7]);
  assert.equal(idx.get('paris'), undefined);
});

test('the built gazetteer index resolves real place names', () => {
  const g = gazetteer();
  const rows = g.exact('kursk') ?? [];
  assert.ok(rows.length > 0, 'Kursk is in the gazetteer');
  assert.ok(rows.some((r) => g.d.country[r] === 'RU' && Math.abs(g.d.lat[r]! - 51.7) < 0.5));
  assert.ok(g.maxWordsFrom('new') >= 2, 'names starting "New" run over several words');
  assert.equal(g.demonymCountry('ukrainian'), 'UA');
});

test('an English name a village also bears is the city\'s too ("Antwerp"), but not a town\'s ("New Delhi" is no name of Delhi)', () => {
  const g = gazetteer();
  const countries = (k: string) => (g.exact(k) ?? []).map((r) => g.d.country[r]);
  assert.ok(countries('antwerp').includes('BE'), countries('antwerp').join());
  assert.ok(countries('antwerp').includes('US'), 'the village in Ohio keeps its name');
  assert.ok(!(g.exact('new delhi') ?? []).some((r) => g.d.name.at(r) === 'Delhi'));
});

test('names of the newer GeoNames dump: a place renamed since the older one, a town it lacked, no quarter of a big city', async () => {
  const { normName } = await import('../src/geo/normalize.js');
  const g = gazetteer();
  const places = (name: string) => g.exact(normName(name)) ?? [];
  // "Cap-Haïtien" is the older dump's "Okap"; "Chattogram" its "Chittagong": the same places, with their population.
  assert.ok(places('Cap-Haïtien').some((r) => g.d.country[r] === 'HT' && g.d.population[r]! > 100_000));
  assert.ok(places('Chattogram').some((r) => g.d.country[r] === 'BD' && g.d.population[r]! > 1_000_000));
  // A name others bear already, given to the larger place the older dump calls otherwise ("Luimneach").
  assert.ok(places('Limerick').some((r) => g.d.country[r] === 'IE' && g.d.population[r]! > 50_000));
  // A town only the newer dump has, though a village elsewhere bears its name ("Quintero", Chile, besides one in Mexico).
  assert.ok(places('Quintero').some((r) => g.d.country[r] === 'CL'));
  // A town only the newer dump has.
  assert.ok(places('Savusavu').some((r) => g.d.country[r] === 'FJ'));
  // Not Madrid's quarter "Pacífico" (a word of many names: "Banco del Pacífico").
  assert.ok(!places('Pacífico').some((r) => g.d.country[r] === 'ES' && Math.abs(g.d.lat[r]! - 40.4) < 0.1));
});
