// The fast tokenize stage (src/nlp/fast): wink's conventions on real
// sentences, and agreement with the wink-based stage on PolNeAR dev articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { tokenizeFast } from '../src/nlp/fast/index.js';
import { addAgreement, emptyAgreement } from '../src/nlp/fast/agreement.js';
import { SHARED } from '../src/corpus/shared-texts.js';

const SEED = join(SHARED, 'examples/seed-article.txt');
const DEV = join(SHARED, 'data/polnear/dev/text');

const run = (text: string) => { const d = new Doc(text); tokenizeFast(d); return d; };
const show = (d: Doc) => d.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);

test('contractions are split as wink splits them, with its lemmas', () => {
  const d = run("I don't know why they can't, but it's what we've got.");
  const by = (text: string) => d.tokens.find((t) => t.text === text);
  assert.deepEqual(d.tokens.slice(1, 3).map((t) => [t.text, t.lemma, t.spaceBefore]), [['do', 'do', true], ["n't", 'not', false]], show(d).join(' '));
  assert.equal(by('ca')?.lemma, 'can');
  assert.equal(by("'s")?.pos, 'AUX');
  assert.equal(by("'s")?.lemma, 'be');
  assert.equal(by("'ve")?.lemma, 'have');
});

test('possessive clitics are set apart, offsets point into the text', () => {
  const text = 'The nation’s capital and Clinton\'s aides; it\'s late.';
  const d = run(text);
  for (const t of d.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(d.tokens.slice(0, 4).map((t) => [t.text, t.spaceBefore]), [['The', true], ['nation', true], ['’s', false], ['capital', true]]);
  const it = d.tokens.findIndex((t) => t.text === 'it');
  assert.deepEqual([d.tokens[it + 1]!.text, d.tokens[it + 1]!.pos, d.tokens[it + 1]!.lemma], ["'s", 'AUX', 'be'], 'the contraction in "it\'s"');
  assert.equal(d.tokens[2]!.pos, 'PART');
});

test('abbreviations, initials, times and numbers stay whole and do not end sentences', () => {
  const d = run('Mr. Smith met Dr. Jones and George W. Bush in Washington, D.C., at 5:30 p.m. on Jan. 5, paying $1,250.50 (5%). He left.');
  const texts = d.tokens.map((t) => t.text);
  for (const whole of ['Mr.', 'Dr.', 'W.', 'D.C.', '5:30', 'p.m.', 'Jan.', '1,250.50']) assert.ok(texts.includes(whole), `${whole} in ${texts.join('|')}`);
  assert.ok(texts.includes('$') && texts.includes('%'));
  assert.equal(d.sentences.length, 2, d.sentences.map((s) => d.slice(s)).join(' || '));
  assert.equal(d.slice(d.sentences[1]!), 'He left.');
});

test('a closing quote stays with its sentence; line breaks end sentences and paragraphs', () => {
  const d = run('He said: “It’s fine.” She left.\nHEADLINE WITHOUT STOP\n\nNext paragraph here.');
  assert.deepEqual(d.sentences.map((s) => d.slice(s)), ['He said: “It’s fine.”', 'She left.', 'HEADLINE WITHOUT STOP', 'Next paragraph here.']);
  assert.deepEqual(d.sentences.map((s) => s.paragraph), [0, 0, 1, 2]);
  for (const s of d.sentences) for (let t = s.firstToken; t < s.endToken; t++) assert.equal(d.tokens[t]!.sentence, d.sentences.indexOf(s));
});

test('the seed article: 23 sentences, names as proper nouns, speech verbs with their lemmas', { skip: !existsSync(SEED) && 'no seed article' }, () => {
  const d = run(readFileSync(SEED, 'utf8'));
  assert.equal(d.sentences.length, 23);
  const texts = d.tokens.map((t) => t.text);
  const at = texts.indexOf('Dietz');
  assert.deepEqual(d.tokens.slice(at - 3, at + 1).map((t) => `${t.text}/${t.pos}`), ['Lt./PROPN', 'Col./PROPN', 'Charlie/PROPN', 'Dietz/PROPN']);
  assert.ok(texts.includes('U.S.'));
  const claimed = d.tokens.find((t) => t.text === 'claimed');
  assert.deepEqual([claimed?.pos, claimed?.lemma], ['VERB', 'claim']);
  const according = d.tokens.find((t) => t.text === 'According');
  assert.equal(according?.lemma, 'accord');
  // Paragraphs are the article's lines.
  assert.equal(d.sentences[d.sentences.length - 1]!.paragraph, readFileSync(SEED, 'utf8').trim().split(/\n+/).length - 1);
});

test('agrees with the wink-based stage on PolNeAR dev articles', { skip: !existsSync(DEV) && 'no PolNeAR dev texts' }, async () => {
  const { tokenize } = await import('../src/nlp/tokenize.js');
  const files = readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort().slice(0, 12);
  const acc = emptyAgreement();
  for (const f of files) {
    const text = readFileSync(join(DEV, f), 'utf8');
    const w = new Doc(text); tokenize(w);
    const fast = run(text);
    addAgreement(acc, w, fast);
    // Same fields, same kinds of values.
    assert.deepEqual(Object.keys(fast.tokens[0]!).sort(), Object.keys(w.tokens[0]!).sort());
    assert.deepEqual(Object.keys(fast.sentences[0]!).sort(), Object.keys(w.sentences[0]!).sort());
  }
  const pct = (a: number, b: number) => (100 * a) / b;
  assert.ok(pct(acc.sameTokens, acc.winkTokens) >= 99.5, `tokens ${pct(acc.sameTokens, acc.winkTokens)}`);
  assert.ok(pct(acc.samePos, acc.sameTokens) >= 97.5, `POS ${pct(acc.samePos, acc.sameTokens)}`);
  assert.ok(pct(acc.sameLemma, acc.sameTokens) >= 99, `lemma ${pct(acc.sameLemma, acc.sameTokens)}`);
  assert.ok(pct(acc.sameStarts, acc.fastStarts) >= 99, `sentence precision ${pct(acc.sameStarts, acc.fastStarts)}`);
  assert.ok(pct(acc.sameStarts, acc.winkStarts) >= 99, `sentence recall ${pct(acc.sameStarts, acc.winkStarts)}`);
});

test('a double quotation mark written as two apostrophes is one punctuation token, and closes its sentence', () => {
  const d = run("''You'd think so,'' said Mr. Holtz-Eakin. ''The focus is gone.'' Then he left.");
  const marks = d.tokens.filter((t) => t.text === "''");
  assert.equal(marks.length, 4, show(d).join(' '));
  assert.ok(marks.every((t) => t.pos === 'PUNCT'), show(d).join(' '));
  assert.deepEqual(d.sentences.map((s) => d.slice(s)), ["''You'd think so,'' said Mr. Holtz-Eakin.", "''The focus is gone.''", 'Then he left.']);
  // An apostrophe alone is still an apostrophe.
  assert.ok(run("the voters' choice").tokens.some((t) => t.text === "'"));
});

test('the POS tagger\'s WebAssembly SIMD kernel gives exactly the JS loop\'s tags', async () => {
  const { useModel } = await import('../src/nlp/fast/index.js');
  const stage = useModel();
  const simd = stage.tagger;
  assert.ok(simd.usesSimd, 'Node 20 has WebAssembly SIMD');
  const examples = join(import.meta.dirname, '..', 'examples');
  const texts = readdirSync(examples).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(examples, f), 'utf8'));
  if (existsSync(DEV)) texts.push(...readdirSync(DEV).filter((f) => f.endsWith('.txt')).slice(0, 40).map((f) => readFileSync(join(DEV, f), 'utf8')));
  const tags = (t: typeof simd) => { stage.tagger = t; return texts.map((x) => run(x).tokens.map((k) => k.pos)); };
  try {
    assert.deepEqual(tags(simd), tags(simd.withoutSimd()));
  } finally {
    stage.tagger = simd;
  }
});

test('a name with a letter wink does not know stays whole before a comma: "Toruń,", "Poznań,"', () => {
  const d = new Doc('Cases were found in Toruń, famous as the birthplace of Copernicus, and in Poznań, its neighbour.');
  tokenizeFast(d);
  const words = d.tokens.map((t) => t.text);
  assert.ok(words.includes('Toruń') && words.includes('Poznań'), words.join('|'));
});

test('tokenAt finds the first token ending after an offset, at every offset, and again after new tokens', () => {
  const reference = (d: Doc, offset: number) => {
    let i = 0;
    while (i < d.tokens.length && d.tokens[i]!.end <= offset) i++;
    return i;
  };
  const text = 'The ministry said on Monday that 1,200 people – “most of them children” – had left Kherson.\n\nNobody confirmed it.';
  const d = run(text);
  for (let o = -2; o <= text.length + 2; o += 0.5) assert.equal(d.tokenAt(o), reference(d, o), `offset ${o}`);
  // A stage that tokenizes again (new token array): the answers follow the new tokens.
  tokenizeFast(d);
  d.tokens = d.tokens.slice(0, 5);
  for (let o = 0; o <= text.length; o++) assert.equal(d.tokenAt(o), reference(d, o), `offset ${o} after new tokens`);
});

test('a currency\'s letters written against a decimal number keep it whole and end no sentence: "Sh4.2 billion", "KSh3.5 million"', () => {
  const d = run('The audit found that Sh4.2 billion in payments went to firms. It also found KSh3.5 million missing. He said 5.5 percent.');
  assert.deepEqual(d.sentences.map((s) => d.text.slice(s.start, s.end)),
    ['The audit found that Sh4.2 billion in payments went to firms.', 'It also found KSh3.5 million missing.', 'He said 5.5 percent.']);
  assert.ok(d.tokens.some((t) => t.text === 'Sh4.2') && d.tokens.some((t) => t.text === 'KSh3.5'), show(d).join(' '));
});
