// The attribution filter: a learned second opinion on each finished
// attribution. The texts are the team's own sentences in news style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { Doc, type Attribution } from '../src/doc/doc.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { DEFAULT_FILTER_PATH, FILTER_THRESHOLD, filterFeatures, filterModel, FilterModel, trainFilter, withoutUnlikely } from '../src/attribution/filter.js';

function doc(text: string): Doc {
  const d = new Doc(text);
  tokenize(d);
  return d;
}

const attribution = (d: Doc, cue: string, source: string | null, content: string, by = 'tagger'): Attribution => {
  const span = (w: string) => {
    const at = d.text.indexOf(w);
    assert.ok(at >= 0, `"${w}" not in the text`);
    return { start: at, end: at + w.length };
  };
  return { id: '', cue: span(cue), sourceMention: source ? span(source) : null, content: [span(content)], quote: 'indirect', via: [], by };
};

test('the committed filter keeps a plain report and drops words misread as cues', { skip: !existsSync(DEFAULT_FILTER_PATH) && 'no committed filter model' }, () => {
  const m = filterModel();
  assert.ok(m instanceof FilterModel);
  const d = doc('The defence minister said on Tuesday that the troops had crossed the border near Kursk. The talks turned to Hillary Clinton. '
    + 'A ministry spokesman on Friday would not say who was behind the attack.');
  const real = attribution(d, 'said', 'The defence minister', 'that the troops had crossed the border near Kursk');
  // Prepositions taken for cues: no verb of saying, nobody's words.
  const misread = [attribution(d, 'to', null, 'Hillary Clinton'), attribution(d, 'on', 'A ministry spokesman', 'who was behind the attack')];
  const all = [real, ...misread];
  const p = (a: Attribution) => m.probability(filterFeatures(d, a, all));
  assert.ok(p(real) >= FILTER_THRESHOLD, `plain report scored ${p(real)}`);
  for (const a of misread) assert.ok(p(a) < FILTER_THRESHOLD, `"${d.slice(a.cue)}" scored ${p(a)}`);
  assert.deepEqual(withoutUnlikely(d, all, m), [real]);
});

test('the filter keeps what the ledger reads however unlike PolNeAR it is: a refusal to comment, a hedge, a chain, a report with any verb', () => {
  // A model that finds every attribution unlikely: only the kinds it never judges survive it.
  const never = new FilterModel(8, new Float32Array(256).fill(-1), new Float32Array(256).fill(-1));
  const d = doc('The embassy declined to comment on the report. The commander is believed to have fled to Minsk. '
    + 'The Financial Times, citing unnamed sources, said the deal was signed. Frontex recorded about 48,700 crossings in July. '
    + 'The weather was mild. The talks turned to trade.');
  const declined = attribution(d, 'declined', 'The embassy', 'to comment on the report');
  const believed = attribution(d, 'is believed', null, 'The commander');
  const chain = { ...attribution(d, 'said', 'The Financial Times', 'the deal was signed'), via: [{ start: d.text.indexOf('unnamed sources'), end: d.text.indexOf('unnamed sources') + 'unnamed sources'.length }] };
  const recorded = attribution(d, 'recorded', 'Frontex', 'about 48,700 crossings in July');
  // Judged, and dropped by this model: a two-word content; a preposition for a cue.
  const mild = attribution(d, 'was', 'The weather', 'mild');
  const turned = attribution(d, 'to', 'The talks', 'trade');
  assert.deepEqual(withoutUnlikely(d, [declined, believed, chain, recorded, mild, turned], never), [declined, believed, chain, recorded]);
});

test('without a filter model nothing is dropped', () => {
  const d = doc('The weather was mild.');
  const mild = attribution(d, 'was', 'The weather', 'mild');
  assert.deepEqual(withoutUnlikely(d, [mild], null), [mild]);
});

test('the filter learns from its examples, the same tables from the same examples', () => {
  const d = doc('The minister said the border was closed. The report about the border was long. Officials told reporters the talks had failed.');
  const good = [attribution(d, 'said', 'The minister', 'the border was closed'), attribution(d, 'told', 'Officials', 'the talks had failed')];
  const bad = [attribution(d, 'about', 'The report', 'the border')];
  const all = [...good, ...bad];
  const examples = all.flatMap((a) => Array.from({ length: 20 }, () => ({ ids: filterFeatures(d, a, all), cue: good.includes(a), relation: good.includes(a) })));
  const m1 = trainFilter(examples, 12, 5, 1), m2 = trainFilter(examples, 12, 5, 1);
  assert.deepEqual(m1.cue, m2.cue);
  assert.deepEqual(m1.relation, m2.relation);
  for (const a of good) assert.ok(m1.probability(filterFeatures(d, a, all)) > 0.8);
  for (const a of bad) assert.ok(m1.probability(filterFeatures(d, a, all)) < 0.2);
});
