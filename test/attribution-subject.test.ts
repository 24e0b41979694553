// A cue left without a source takes the subject right before it (src/attribution/subject.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, type Attribution } from '../src/doc/doc.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { withParentheticalPronounsRepaired, withParticipleClausesCut, withSubjectSources } from '../src/attribution/subject.js';

const attribution = (d: Doc, cue: string, content: string): Attribution => {
  const c = d.text.indexOf(cue), t = d.text.indexOf(content);
  return {
    id: '', cue: { start: c, end: c + cue.length }, sourceMention: null, quote: 'indirect', via: [], by: 'tagger',
    content: [{ start: t, end: t + content.length }],
  };
};

test('the subject before the cue becomes the source', () => {
  const d = new Doc('The city council is demanding an apology from the contractor.\n');
  tokenize(d);
  const [a] = withSubjectSources(d, [attribution(d, 'is demanding', 'an apology from the contractor')]);
  assert.equal(d.slice(a!.sourceMention!), 'The city council');
});

test('a source already found, or a subject inside the content, is left alone', () => {
  const d = new Doc('Residents say the water is safe, and the utility agrees.\n');
  tokenize(d);
  const found = { ...attribution(d, 'say', 'the water is safe'), sourceMention: { start: 0, end: 9 } };
  assert.deepEqual(withSubjectSources(d, [found])[0]!.sourceMention, { start: 0, end: 9 });
  const inside = attribution(d, 'agrees', 'Residents say the water is safe, and the utility');
  assert.equal(withSubjectSources(d, [inside])[0]!.sourceMention, null);
});

/** The speaker a repair (withParentheticalPronounsRepaired by default) gives a cue whose tagged source was `tagged`, in `text`. */
const repairedSpeaker = (text: string, cue: string, content: string, tagged: string, repair = withParentheticalPronounsRepaired): string => {
  const d = new Doc(text);
  tokenize(d);
  const at = d.text.indexOf(tagged);
  const [fixed] = repair(d, [{ ...attribution(d, cue, content), sourceMention: { start: at, end: at + tagged.length } }]);
  return d.slice(fixed!.sourceMention!);
};

test('a participle after a comma speaks for its clause\'s subject, not for the object the tagger took', () => {
  assert.equal(repairedSpeaker('The provincial fire service gave a higher count, saying nine homes had burned.\n', 'saying', 'nine homes had burned', 'a higher count'),
    'The provincial fire service');
});

test('the subject of a relative clause inside an apposition is not who speaks after it', () => {
  assert.equal(repairedSpeaker('Harlow Foods, the supplier that the audit identifies as the largest buyer, said it would cooperate.\n', 'said', 'it would cooperate', 'the audit'),
    'Harlow Foods');
});

test('a cue after ", but" is a second verb of the first clause\'s subject, not of the phrase that ends the first clause', () => {
  assert.equal(repairedSpeaker("The Electoral Authority confirmed on Tuesday that its website was breached, days before Sunday's election, but insisted that the tally had not been touched.\n",
    'insisted', 'that the tally had not been touched', "Sunday's election"), 'The Electoral Authority');
});

test('the subject a relative clause hangs on speaks, not a phrase inside the clause; but a name the clause gives is the speaker', () => {
  assert.equal(repairedSpeaker('The brother of a miner who was trapped in the shaft near Kolwezi late on Monday said rescuers had stopped digging.\n',
    'said', 'rescuers had stopped digging', 'Kolwezi late'), 'The brother of a miner');
  assert.equal(repairedSpeaker('A man who introduced himself as Captain Idrissa Kone said the base was under control.\n',
    'said', 'the base was under control', 'Captain Idrissa Kone'), 'Captain Idrissa Kone');
});

test('a participle after a comma, on a clause whose verb is a second one, speaks for the first verb\'s subject', () => {
  const d = new Doc('The fact-checking service Verity reviewed the video and rated it false, saying it had found no evidence for the claim.\n');
  tokenize(d);
  const [a] = withSubjectSources(d, [attribution(d, 'saying', 'it had found no evidence for the claim')]);
  assert.match(d.slice(a!.sourceMention!), /Verity$/);
});

test('a speaker drawn over the clause a participle cue hangs on is that clause\'s subject; a relative clause keeps its verb', () => {
  const cut = (text: string, cue: string, content: string, tagged: string) => repairedSpeaker(text, cue, content, tagged, withParticipleClausesCut);
  const text = 'Interior Minister Greta Laukaite went further, alleging that the leak had been planned.\n';
  assert.equal(cut(text, 'alleging', 'that the leak had been planned', 'Interior Minister Greta Laukaite went further,'), 'Interior Minister Greta Laukaite');
  assert.equal(cut(text, 'went further, alleging', 'that the leak had been planned', 'Interior Minister Greta Laukaite went further,'), 'Interior Minister Greta Laukaite');
  const rel = 'A farmer who lost his herd, speaking to reporters, said the water was poisoned.\n';
  assert.equal(cut(rel, 'speaking', 'to reporters', 'A farmer who lost his herd,'), 'A farmer who lost his herd,');
});
