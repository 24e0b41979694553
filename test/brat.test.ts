// The brat exporter: what score-attribution.mjs and brat itself read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { toBrat } from '../src/export/brat.js';
import { parseBrat } from '../src/attribution/tagger/corpus.js';
import type { Ledger } from '../src/ledger/types.js';

const ARTICLE = [
  'Flood warnings stayed in place on Sunday.',
  '“The river has not peaked yet,” the county’s emergency manager said, “and we expect it to rise through Monday.”',
  'Residents said the water had reached their doorsteps by noon.',
].join('\n\n') + '\n';

test('every attribution becomes T lines and one E line whose fragments round-trip', () => {
  const ledger = analyze(ARTICLE);
  assert.ok(ledger.attributions.length >= 2);
  const ann = toBrat(ledger);
  const lines = ann.trimEnd().split('\n');
  assert.equal(lines.filter((l) => l.startsWith('E')).length, ledger.attributions.length);
  const ids = new Set(lines.filter((l) => l.startsWith('T')).map((l) => l.split('\t')[0]));
  for (const l of lines) {
    const cols = l.split('\t');
    if (l.startsWith('T')) {
      // text column = the fragments' text joined by a space
      const frags = cols[1]!.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      assert.equal(cols[2], frags.map(([s, e]) => ARTICLE.slice(s, e)).join(' ').replace(/\n/g, ' '));
      assert.match(cols[1]!, /^(Source|Cue|Content|Attribution) \d+ \d+(;\d+ \d+)*$/);
    } else {
      assert.match(l, /^E\d+\tAttribution:T\d+/);
      for (const part of cols[1]!.split(' ')) assert.ok(ids.has(part.split(':')[1]), `${part} names an unknown T id`);
    }
  }
  const back = parseBrat(ann, ARTICLE);
  const sorted = [...ledger.attributions].sort((a, b) => a.cue.start - b.cue.start);
  assert.deepEqual(back.map((a) => a.cue[0]), sorted.map((a) => a.cue));
  assert.deepEqual(back.map((a) => a.content.length), sorted.map((a) => a.content.length));
  assert.deepEqual(back.map((a) => a.source[0] ?? null), sorted.map((a) => a.sourceMention));
});

test('discontinuous content is one T line with start end;start end', () => {
  const ledger = analyze(ARTICLE);
  const split = ledger.attributions.find((a) => a.content.length === 2);
  assert.ok(split, 'the split quotation gives two content fragments');
  const line = toBrat(ledger).split('\n').find((l) => /^T\d+\tContent \d+ \d+;\d+ \d+\t/.test(l));
  assert.ok(line);
});

test('line breaks inside a fragment become spaces; no attribution, empty file', () => {
  const text = 'Lead paragraph.\n\n“First part\nsecond part,” she said.\n';
  const a = text.indexOf('First'), b = text.indexOf('part,') + 4, cue = text.indexOf('said');
  const ledger: Ledger = {
    schema: 'hearsay/ledger@1', article: { text }, sentences: [], entities: [], sources: [], claims: [],
    attributions: [{ id: 'a1', cue: { start: cue, end: cue + 4 }, cueText: 'said', source: null, sourceMention: { start: cue - 4, end: cue - 1 }, content: [{ start: a, end: b }], quote: 'direct' }],
  };
  const ann = toBrat(ledger);
  assert.ok(ann.includes('\tFirst part second part\n'));
  assert.equal(ann.split('\n').filter(Boolean).length, 5);
  assert.equal(toBrat({ ...ledger, attributions: [] }), '');
});

test('a quotation that goes on after the cue\'s sentence is its own report in the ledger, one more fragment in brat', () => {
  const text = 'The association had received dozens of abusive messages since Sunday, its chair, Sofia Berg, said. "People are calling us cowards for cancelling something we have not cancelled."\n';
  const ledger = analyze(text);
  const said = ledger.attributions.filter((a) => text.slice(a.cue.start, a.cue.end) === 'said');
  assert.deepEqual(said.map((a) => [a.quote, a.content.map((c) => text.slice(c.start, c.end))]), [
    ['indirect', ['The association had received dozens of abusive messages since Sunday']],
    ['direct', ['"People are calling us cowards for cancelling something we have not cancelled."']],
  ]);
  const contentLines = toBrat(ledger).split('\n').filter((l) => /^T\d+\tContent /.test(l));
  assert.ok(contentLines.some((l) => /^T\d+\tContent \d+ \d+;\d+ \d+\t/.test(l)), contentLines.join('\n'));
  assert.equal(toBrat(ledger).split('\n').filter((l) => l.startsWith('E')).length, ledger.attributions.length - 1);
  // The speaker set off between commas after her role is who speaks, not part of what was said.
  assert.deepEqual(said.map((a) => a.source && ledger.sources.find((x) => x.id === a.source)?.name), ['Sofia Berg', 'Sofia Berg']);
});
