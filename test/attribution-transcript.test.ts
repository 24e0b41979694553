// Interview transcripts: each speaker's turn is an attribution (src/attribution/transcript.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../src/analyze.js';
import { Doc, type Attribution } from '../src/doc/doc.js';
import { transcriptAttributions, withTranscripts } from '../src/attribution/transcript.js';

const INTERVIEW = [
  'The governor was asked about the flood response on a Sunday talk show hosted by Dana Reyes.',
  '',
  'REYES: Governor, residents say the warnings came too late. Did they?',
  '',
  'MORALES: No. We sent the first alert on Friday night, and we will publish every message we sent.',
  '',
  'REYES: Will there be an inquiry?',
  '',
  'MORALES: Yes, an independent one, starting next month.',
  '',
].join('\n');

test('each turn of a transcript: the label is the source, its colon the cue, the rest of the line the content', () => {
  const d = analyzeDoc(INTERVIEW);
  const turns = d.attributions.filter((a) => d.slice(a.cue) === ':');
  assert.equal(turns.length, 4);
  assert.deepEqual(turns.map((a) => d.slice(a.sourceMention!)), ['REYES', 'MORALES', 'REYES', 'MORALES']);
  assert.equal(d.slice(turns[1]!.content[0]!), 'No. We sent the first alert on Friday night, and we will publish every message we sent.');
  assert.equal(d.slice(turns[3]!.content[0]!), 'Yes, an independent one, starting next month.');
  // No other attribution's content swallows a speaker label.
  for (const a of d.attributions) for (const c of a.content) assert.doesNotMatch(d.slice(c), /^(REYES|MORALES):/);
});

test('headings in capitals are not turns', () => {
  const text = [
    'UPDATE: The bridge reopened on Tuesday afternoon.',
    '',
    'CORRECTION: An earlier version of this story misstated the length of the closure.',
    '',
    'The transport department said the repairs cost $2 million.',
    '',
  ].join('\n');
  assert.deepEqual(transcriptAttributions(new Doc(text)), []);
});

test('one speaker alone is not a transcript', () => {
  const text = 'The mayor spoke to reporters.\n\nSMITH: We are ready.\n\nSMITH: The roads are clear.\n';
  assert.deepEqual(transcriptAttributions(new Doc(text)), []);
});

test('another attribution loses content that runs over a speaker label, and keeps the rest', () => {
  const d = new Doc(INTERVIEW);
  const turns = transcriptAttributions(d);
  const label = turns[1]!.sourceMention!;
  const tagged: Attribution = {
    id: '', cue: { start: 0, end: 3 }, sourceMention: null, quote: 'indirect', via: [], by: 'tagger',
    content: [{ start: 4, end: 20 }, { start: label.start, end: turns[1]!.content[0]!.end }],
  };
  const out = withTranscripts([tagged], turns);
  assert.equal(out.length, 1 + turns.length);
  assert.deepEqual(out[0]!.content, [{ start: 4, end: 20 }]);
});

test('broadcast transcripts: a speaker label in capitals on a line of its own owns the paragraphs below it; section headings do not', () => {
  const text = [
    'HARBOUR RADIO — MORNING NEWS — TRANSCRIPT',
    '',
    'PRESENTER (ANA REYES)',
    'A cargo ship lost power off the coast overnight. Our reporter Tomas Ilagan is at the pier.',
    '',
    'TOMAS ILAGAN, REPORTER',
    'The harbour master, Captain Rosa Dimas, says the crew is safe.',
    '',
    'CAPT. ROSA DIMAS, HARBOUR AUTHORITY',
    'All nineteen crew members are accounted for. The engine failed at about two.',
    '',
    'ILAGAN',
    'The owners have not commented.',
  ].join('\n');
  const doc = analyzeDoc(text);
  const turn = doc.attributions.find((a) => doc.slice(a.content[0]!).startsWith('All nineteen crew members'));
  assert.ok(turn, JSON.stringify(doc.attributions.map((a) => doc.slice(a.content[0]!))));
  const dimas = doc.sources.find((s) => s.id === turn.source);
  assert.equal(dimas?.name, 'Rosa Dimas');
  const claims = doc.claims.filter((c) => c.attribution === turn.id);
  assert.ok(claims.length > 0);
  // Section headings of a fact-check are no speakers.
  const check = analyzeDoc(['Viral photo is old', '', 'THE CLAIM', 'A post says the airport flooded on Monday.', '', 'WHAT WE FOUND', 'The photo was taken in 2019.', '', 'OUR VERDICT', 'Misleading.'].join('\n'));
  assert.ok(!check.attributions.some((a) => a.by === 'rule:transcript'));
});
