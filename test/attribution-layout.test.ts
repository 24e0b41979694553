// Attributions the layout or the sentence shape carries: quotations signed after a dash
// (src/attribution/signature.ts), content a parenthetical cue interrupts and quotations that go on
// after their cue (src/attribution/interrupted.ts, src/attribution/tagger/link.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeDoc } from '../src/analyze.js';
import { Doc, type Attribution } from '../src/doc/doc.js';
import type { Span } from '../src/doc/span.js';
import { mergeAttributions } from '../src/attribution/merge.js';
import { ruleAttributions } from '../src/attribution/rules.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { signedQuotations } from '../src/attribution/signature.js';
import { withQuotationClosed } from '../src/attribution/index.js';

const signed = (text: string) => {
  const d = new Doc(text);
  tokenize(d);
  return signedQuotations(d).map((a) => ({ cue: d.slice(a.cue), source: d.slice(a.sourceMention!), content: a.content.map((c) => d.slice(c)) }));
};

test('a quotation signed after a dash: the dash is the cue, the name the source, the quotation the content', () => {
  const text = [
    'We asked readers what the flood meant to them.',
    '“The water took everything we had, and nobody came for three days.” ― Maria Okafor',
    '“I have lived here forty years. I am not leaving now.”\u00a0―\u00a0Tomás Ruiz.',
    '',
  ].join('\n');
  assert.deepEqual(signed(text), [
    { cue: '―', source: 'Maria Okafor', content: ['“The water took everything we had, and nobody came for three days.”'] },
    { cue: '―', source: 'Tomás Ruiz', content: ['“I have lived here forty years. I am not leaving now.”'] },
  ]);
});

test('a signature on the line after its quotation, and an embedded post signed with its handle', () => {
  const text = [
    '"We will look into it. I do not know the status yet."',
    '',
    '- Hillary Clinton.',
    '',
    'No one should be above the law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016',
    '',
  ].join('\n');
  assert.deepEqual(signed(text), [
    { cue: '-', source: 'Hillary Clinton', content: ['"We will look into it. I do not know the status yet."'] },
    { cue: '—', source: 'Paul Ryan (@SpeakerRyan)', content: ['No one should be above the law.'] },
  ]);
});

test('a dash in running prose signs nothing', () => {
  assert.deepEqual(signed('Crutcher, 40 ― a father and student who sang at church ― was shot on Friday.\n'), []);
  assert.deepEqual(signed('The vote was close — Democrats held the seat.\n'), []);
  // A name after a dash, but no quotation before it.
  assert.deepEqual(signed('The committee heard from one witness — Dana Reyes\n'), []);
});

test('the signed quotation is one attribution in the analysis, its words nobody else’s', () => {
  const d = analyzeDoc('Readers wrote to us.\n“He said he would fix the roads, and he never did.” ― Janet Moss\n');
  const a = d.attributions.find((x) => d.slice(x.cue) === '―');
  assert.ok(a);
  assert.equal(d.slice(a.sourceMention!), 'Janet Moss');
  for (const b of d.attributions) if (b !== a) for (const c of b.content) assert.ok(c.end <= a.content[0]!.start || c.start >= a.content[0]!.end);
});

test('the subject before a parenthetical cue is content too', () => {
  const d = analyzeDoc('Climate change, the president often says, is the greatest long-term threat facing the world.');
  const a = d.attributions.find((x) => /says/.test(d.slice(x.cue)));
  assert.ok(a);
  assert.deepEqual(a.content.map((c) => d.slice(c)), ['Climate change', 'is the greatest long-term threat facing the world']);
});

test('an adverbial phrase before the source is not content', () => {
  const d = analyzeDoc('During the debate on Monday, the senator said, the moderators ignored the economy.');
  for (const a of d.attributions) for (const c of a.content) assert.doesNotMatch(d.slice(c), /^During/);
});

test('a quotation that goes on after its cue, in the same paragraph, is the same speaker’s', () => {
  const text = [
    '“We know something is very wrong,” said Keron Blair, the group’s director. “Many schools in our communities are called failing.”',
    '',
    'The group argues that families want neighbourhood schools.',
    '',
  ].join('\n');
  const d = analyzeDoc(text);
  const a = d.attributions.find((x) => d.slice(x.cue) === 'said');
  assert.ok(a);
  assert.deepEqual(a.content.map((c) => d.slice(c)), ['“We know something is very wrong,”', '“Many schools in our communities are called failing.”']);
});

test('how the words were put out is not part of them: "in a statement on Thursday", "on its website"', () => {
  const d = analyzeDoc('The teachers union called for more school investment in a statement on Thursday.');
  const a = d.attributions.find((x) => /called for/.test(d.slice(x.cue)));
  assert.ok(a);
  assert.deepEqual(a.content.map((c) => d.slice(c)), ['more school investment']);
  // A quotation keeps all it says.
  const q = analyzeDoc('She said, “We will talk about it in a statement on Monday.”');
  assert.ok(q.attributions.some((x) => x.content.some((c) => q.slice(c).endsWith('on Monday.”'))));
});

test('what follows the speaker is not the speaker: a comparison, the occasion, the day', () => {
  const d = analyzeDoc('Democratic nominee Hillary Clinton, at a later press gaggle, said the plan was reckless. Senator Bernie Sanders on Tuesday said the vote would be close.');
  const sources = d.attributions.map((a) => a.sourceMention && d.slice(a.sourceMention));
  assert.ok(sources.includes('Democratic nominee Hillary Clinton'), JSON.stringify(sources));
  assert.ok(sources.includes('Senator Bernie Sanders'), JSON.stringify(sources));
});

test('the subject of a passive report is part of what is alleged', () => {
  const d = analyzeDoc('Mr. Quiros was accused of using $50 million for personal expenses, including a condominium in New York.');
  const a = d.attributions.find((x) => /accused/.test(d.slice(x.cue)));
  assert.ok(a);
  assert.equal(a.sourceMention, null);
  assert.equal(d.slice(a.content[0]!), 'Mr. Quiros');
});

test('a clause before its speaker is what was said, whole and without its dateline; a headline\'s "…, newspaper reports" too', () => {
  const d = analyzeDoc([
    "Danish defence supplier's parts reached Russia through middlemen, newspaper reports",
    '',
    'COPENHAGEN — A Danish manufacturer of navigation equipment sold precision components that ended up in Russia through a chain of intermediaries, despite European Union sanctions banning such trade, the Copenhagen daily Kystposten reported on Tuesday.',
  ].join('\n'));
  const contentOf = (cue: RegExp) => d.attributions.filter((a) => cue.test(d.slice(a.cue))).map((a) => a.content.map((c) => d.slice(c)).join(' … '));
  assert.deepEqual(contentOf(/^reports$/), ["Danish defence supplier's parts reached Russia through middlemen"]);
  const reported = contentOf(/^reported/);
  assert.equal(reported.length, 1, JSON.stringify(reported));
  assert.match(reported[0]!, /^A Danish manufacturer .* despite European Union sanctions banning such trade$/);
  // A headline that ends in a noun after no comma is no report: "as officials weigh sabotage claims".
  const h = analyzeDoc('Blast rips through arms depot as officials weigh sabotage claims\n\nThe blast was heard across the valley.');
  assert.ok(!h.attributions.some((a) => /claims/.test(h.slice(a.cue))), JSON.stringify(h.attributions.map((a) => h.slice(a.cue))));
});

/** The speaker and content of each report whose cue is `cue`, from the whole analysis. */
const reportsOf = (text: string, cue: RegExp) => {
  const d = analyzeDoc(text);
  return d.attributions.filter((a) => cue.test(d.slice(a.cue))).map((a) => ({ source: a.sourceMention ? d.slice(a.sourceMention) : null, content: a.content.map((c) => d.slice(c)).join(' … ') }));
};

test('a report whose clause goes on after the speaker (", adding", ", but", ", though") said the clause before it', () => {
  const cases: Array<[string, string, string]> = [
    ['The bridge could close for repairs within weeks and may stay shut until spring, the engineer said, adding that no decision had been taken.',
      'the engineer', 'The bridge could close for repairs within weeks and may stay shut until spring'],
    ['The warehouse was probably used to store fertiliser at some point, the company said, but the photographs could not show what it held last month.',
      'the company', 'The warehouse was probably used to store fertiliser at some point'],
    ['Ferry services could resume within days, the port authority said, though it warned that the forecast was uncertain.',
      'the port authority', 'Ferry services could resume within days'],
  ];
  for (const [text, source, content] of cases) assert.deepEqual(reportsOf(text, /^said$/), [{ source, content }], text);
});

test('a speaker the tagger read as what was said, and a content that ran on over that speaker, give way to the clause before it', () => {
  const text = 'A detained journalist has lost weight and has been refused family visits for weeks at a prison east of Tunis, a Tunis-based rights group said on Monday.\n'
    + 'The Nour Center for Civil Liberties said the journalist, 52, had been held in a cell without daylight.';
  assert.deepEqual(reportsOf(text, /^said/).filter((r) => /rights group/.test(r.source ?? '')), [{ source: 'a Tunis-based rights group',
    content: 'A detained journalist has lost weight and has been refused family visits for weeks at a prison east of Tunis' }]);
  for (const r of reportsOf(text, /refused/)) assert.doesNotMatch(r.content, /rights group/);
});

test('who backs an institution is not what it is: "Sudan\'s army-backed government" is a government', () => {
  const ledger = analyze("Sudan's army-backed government said the strike had hit a weapons store.");
  assert.deepEqual(ledger.sources.map((s) => [s.name, s.kind]), [["Sudan's army-backed government", 'government']]);
});

test('merging: a tagged cue without content takes a rule\'s clause that holds a whole tagged report; tagged content cut inside a phrase takes the rule\'s clause', () => {
  const d = new Doc('Orbita Watch said pictures taken on Wednesday showed at least six burn scars near the depot. The engineer said a fault in a transformer had set off a cascade of shutdowns across the network.\n');
  tokenize(d);
  const at = (s: string, from = 0) => { const i = d.text.indexOf(s, from); return { start: i, end: i + s.length }; };
  const tagged = (cue: Span, source: Span | null, content: Span[]): Attribution => ({ id: '', cue, sourceMention: source, content, quote: 'indirect', via: [], by: 'tagger' });
  const second = d.text.indexOf('The engineer');
  const merged = mergeAttributions(d, [
    tagged(at('said'), at('Orbita Watch'), []),
    tagged(at('showed'), at('pictures'), [at('at least six burn scars near the depot')]),
    tagged(at('said', second), at('The engineer'), [at('shutdowns across the network')]),
  ], ruleAttributions(d));
  const contentOf = (cue: Span) => merged.filter((a) => a.cue.start === cue.start).map((a) => a.content.map((c) => d.slice(c)));
  assert.deepEqual(contentOf(at('said')), [['pictures taken on Wednesday showed at least six burn scars near the depot']]);
  assert.deepEqual(contentOf(at('said', second)), [['a fault in a transformer had set off a cascade of shutdowns across the network']]);
});

test('what was told: past the listener and where ("told reporters in Johor Bahru that …"), and around it ("The solution, the partner told them, was simple")', () => {
  const told = reportsOf('The Malaysian coast guard said it had stepped up patrols this year.\nIts regional director, First Admiral Aziz Rahman, told reporters in Johor Bahru that officers had boarded one tanker in July.', /^told$/);
  assert.deepEqual(told.map((r) => r.content), ['that officers had boarded one tanker in July']);
  assert.deepEqual(reportsOf('The solution, the partner told them, was simple.', /^told$/).map((r) => r.content), ['The solution … was simple']);
});

test('a content that opens with a quotation mark ends where the quotation closes at the end of its sentence', () => {
  const d = new Doc('He posted it with the words: "The bridge is closed, every ferry cancelled." His post was shared 5,000 times. "Not true," she said.\n');
  tokenize(d);
  const at = (s: string) => { const i = d.text.indexOf(s); return { start: i, end: i + s.length }; };
  const a: Attribution = { id: '', cue: at('posted'), sourceMention: at('He'), quote: 'mixed', via: [], by: 'tagger',
    content: [at('"The bridge is closed, every ferry cancelled." His post was shared 5,000 times')] };
  const fixed = withQuotationClosed(d, a);
  assert.deepEqual([fixed.content.map((c) => d.slice(c)), fixed.quote], [['"The bridge is closed, every ferry cancelled."'], 'direct']);
  // (A quotation that closes inside its sentence keeps what follows: the sentence goes on.)
  const inside: Attribution = { ...a, content: [at('"Not true," she said')] };
  assert.deepEqual(withQuotationClosed(d, inside).content, inside.content);
});
