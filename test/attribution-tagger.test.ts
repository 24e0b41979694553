// The trained attribution tagger and the 'attributions' component on real
// prose. The texts are the team's own sentences in news style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDoc } from '../src/analyze.js';
import { Doc, type Attribution } from '../src/doc/doc.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { DEFAULT_MODEL_PATH, tagAttributions, taggerModel, tagTokens } from '../src/attribution/tagger/index.js';
import { loadModel, saveModel, TaggerModel } from '../src/attribution/tagger/model.js';
import { buildCueLexicon, extractFeatures } from '../src/attribution/tagger/features.js';
import { TrainTable, trainDoc } from '../src/attribution/tagger/perceptron.js';
import { loadSplit } from '../src/attribution/tagger/corpus.js';
import { goldLabels, tokenRun } from '../src/attribution/tagger/spans.js';
import { snapRuns } from '../src/attribution/tagger/snap.js';
import { labelType } from '../src/attribution/tagger/labels.js';
import { int32s, withScratch } from '../src/attribution/tagger/scratch.js';

const slice = (d: Doc, s: { start: number; end: number } | null) => (s ? d.slice(s) : null);

/** The repo's sample articles (examples/*.txt): real news prose for the kernel tests. */
function exampleTexts(): string[] {
  const dir = join(import.meta.dirname, '..', 'examples');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
}
const byCue = (d: Doc, as: Attribution[], cue: string) => {
  const a = as.find((x) => d.slice(x.cue).includes(cue));
  assert.ok(a, `no attribution with cue "${cue}" among ${JSON.stringify(as.map((x) => d.slice(x.cue)))}`);
  return a;
};

test('the committed model exists and stays under 30 MB', () => {
  assert.ok(existsSync(DEFAULT_MODEL_PATH), 'models/attribution-tagger.bin is missing: run npm run train');
  assert.ok(statSync(DEFAULT_MODEL_PATH).size < 30e6);
});

test('indirect speech: source, cue and that-clause content', () => {
  const d = analyzeDoc('The mayor of Springfield said on Tuesday that the new bridge would open in June.\n');
  const a = byCue(d, d.attributions, 'said');
  assert.equal(slice(d, a.sourceMention), 'The mayor of Springfield');
  assert.match(d.slice(a.content[0]!), /the new bridge would open in June/);
  assert.equal(a.quote, 'indirect');
});

test('a quotation before its cue is content, and the trailing source is found', () => {
  const d = analyzeDoc('Officials expect delays. “We are doing everything we can to reopen the line by Friday,” the rail operator’s spokeswoman said.\n');
  const a = byCue(d, d.attributions, 'said');
  assert.match(slice(d, a.sourceMention) ?? '', /spokeswoman/);
  assert.match(a.content.map((s) => d.slice(s)).join(' '), /We are doing everything we can/);
  assert.equal(a.quote, 'direct');
});

test('content split around its cue becomes one attribution with two fragments', () => {
  const d = analyzeDoc('“The harvest was the worst in a decade,” the farmer said, “and prices will keep rising until spring.”\n');
  const a = byCue(d, d.attributions, 'said');
  assert.equal(a.content.length, 2, JSON.stringify(a.content.map((s) => d.slice(s))));
  assert.match(d.slice(a.content[0]!), /harvest was the worst/);
  assert.match(d.slice(a.content[1]!), /prices will keep rising/);
});

test('"according to" gives the source after the cue', () => {
  const d = analyzeDoc('According to the state health department, 40 people were treated for smoke inhalation.\n');
  const a = byCue(d, d.attributions, 'According to');
  assert.match(slice(d, a.sourceMention) ?? '', /health department/);
  assert.match(a.content.map((s) => d.slice(s)).join(' '), /40 people were treated/);
});

test('"…, according to NAME, a DESCRIPTION, who …": what was said is the clause before; after "which cited Y," it follows', () => {
  const d = analyzeDoc('Twelve judges have been suspended since Monday, among them two from the appeals court, according to Marta Obiang, a former justice minister in the government ousted in 2021, who now lives in Lisbon.\n');
  const a = byCue(d, d.attributions, 'according to');
  assert.match(a.content.map((s) => d.slice(s)).join(' '), /^Twelve judges have been suspended/);
  assert.doesNotMatch(a.content.map((s) => d.slice(s)).join(' '), /former justice minister/);
  const e = analyzeDoc('But according to Radio Kivu Libre, a community station, which cited a nurse at the clinic, nine children fell ill after the spraying.\n');
  const b = byCue(e, e.attributions, 'according to');
  assert.match(b.content.map((s) => e.slice(s)).join(' '), /^nine children fell ill/);
});

test('"NAME, whose brother, a sergeant, is among those held, said at least six …": the name speaks, and the figure is what was said', () => {
  const d = analyzeDoc('Amadou Keita, whose cousin, a sergeant, is among those detained, said at least six soldiers from the same unit in Gao had vanished.\n');
  const a = byCue(d, d.attributions, 'said');
  assert.equal(slice(d, a.sourceMention), 'Amadou Keita');
  assert.match(a.content.map((s) => d.slice(s)).join(' '), /^at least six soldiers/);
});

test('"…, citing an unnamed source who said X": the cited source\'s own report is an attribution, and the citing ends at the source', () => {
  const d = analyzeDoc('The Romanian news site Ziarul Nou later repeated the claim, citing an unnamed official at the port who said the warehouse had been rented to a private fuel trader.\n');
  const inner = byCue(d, d.attributions, 'said');
  assert.match(inner.content.map((s) => d.slice(s)).join(' '), /^the warehouse had been rented/);
  const citing = byCue(d, d.attributions, 'citing');
  assert.doesNotMatch(citing.content.map((s) => d.slice(s)).join(' '), /warehouse/);
});

test('"Turnout was put at 43 percent by the commission": the commission\'s estimate, of turnout, at the figure', () => {
  const d = analyzeDoc('Turnout was put at 43 percent by the electoral commission.\n');
  const a = byCue(d, d.attributions, 'put');
  assert.equal(slice(d, a.sourceMention), 'the electoral commission');
  assert.deepEqual(a.content.map((s) => d.slice(s)), ['Turnout', 'at 43 percent']);
});

test('"X said in a brief communiqué read on state television that …": one report, its cue the verb, what follows "that" its content', () => {
  const d = analyzeDoc('Clashes broke out near the mine on Sunday. Niger\'s army said in a brief communiqué read on state television that its units had "repelled an attack" in the area and "neutralised dozens of assailants".\n');
  const a = byCue(d, d.attributions, 'said');
  assert.match(a.content.map((s) => d.slice(s)).join(' '), /repelled an attack/);
  assert.ok(!d.attributions.some((x) => /communiqué/.test(d.slice(x.cue))), 'no second cue "a brief communiqué"');
});

test('attribution ids run a1, a2, … in text order', () => {
  const d = analyzeDoc('The coach said the team was ready. The captain told reporters that nobody was injured. Fans believe the title is within reach.\n');
  assert.ok(d.attributions.length >= 2);
  d.attributions.forEach((a, i) => {
    assert.equal(a.id, `a${i + 1}`);
    if (i) assert.ok(a.cue.start >= d.attributions[i - 1]!.cue.start);
  });
});

test('the paired first pass labels exactly as two separate passes', () => {
  const m = taggerModel();
  assert.ok(m?.paired, 'the committed model has two passes of one size');
  const d = new Doc([
    'The county’s flood manager said the river would crest on Monday, and residents were told to move their cars.',
    '“We have never seen water this high in March,” she told reporters. “It is not over yet.”',
    'According to the weather service, more rain is expected, though forecasters said totals remain uncertain.',
  ].join('\n\n'));
  tokenize(d);
  const sequential = new TaggerModel(m.lexicon, m.passes);
  Object.defineProperty(sequential, 'paired', { value: null });
  assert.deepEqual([...tagTokens(d, m)], [...tagTokens(d, sequential)]);
});

test('scratch arrays start zeroed, survive the buffer growing, and are new outside a scratch scope', () => {
  const first = withScratch(() => {
    const a = int32s(1000);
    a.fill(7);
    return a;
  });
  withScratch(() => {
    // The same memory as the last scope's array, zeroed again.
    const again = int32s(1000);
    assert.equal(again.buffer, first.buffer);
    assert.ok(again.every((x) => x === 0));
    again.fill(3);
    // Far more than the buffer holds: a new buffer, and the arrays carved before keep their values.
    const big = int32s(1 << 20);
    assert.notEqual(big.buffer, again.buffer);
    assert.ok(again.every((x) => x === 3) && big.every((x) => x === 0));
  });
  const outside = int32s(1000);
  assert.notEqual(outside.buffer, first.buffer);
  // A buffer grown for one very long document is not kept for the next.
  withScratch(() => int32s(8 << 20));
  assert.ok(withScratch(() => int32s(1000).buffer.byteLength) <= 16 << 20);
});

test('an article is tagged the same whatever was tagged before it (scratch memory is not carried over)', () => {
  const texts = exampleTexts();
  // One long article too: its arrays outgrow the scratch buffer in the middle of tagging it.
  texts.push(texts.join('\n\n'));
  const tagged = (t: string) => {
    const d = new Doc(t);
    tokenize(d);
    return tagAttributions(d).map((a) => [a.cue, a.sourceMention, a.content]);
  };
  const forward = texts.map(tagged);
  const backward = [...texts].reverse().map(tagged).reverse();
  assert.deepEqual(backward, forward);
  assert.ok(forward.every((as) => as.length > 0));
});

test('no tokens, no attributions', () => {
  const d = new Doc('');
  tokenize(d);
  assert.deepEqual(tagAttributions(d), []);
});

const TRAIN = join(process.cwd(), '..', 'shared', 'data', 'polnear', 'train');

test('a model trained on a few PolNeAR articles saves, loads and tags the same', { skip: !existsSync(TRAIN) && 'needs ../shared' }, () => {
  const items = loadSplit(TRAIN).slice(0, 4).map((art) => {
    const doc = new Doc(art.text);
    tokenize(doc);
    return { doc, labels: goldLabels(doc, art.attributions) };
  });
  const lex = buildCueLexicon(items, (l) => labelType(l) === 'Cue');
  assert.ok(lex.get('say'), 'say is a cue in any PolNeAR sample');
  const T = new TrainTable(14);
  let first = 0, last = 0;
  for (let e = 0; e < 5; e++) {
    let errors = 0;
    for (const it of items) errors += trainDoc(T, extractFeatures(it.doc, lex), it.labels);
    if (e === 0) first = errors; else last = errors;
  }
  assert.ok(last < first, `training errors should fall (${first} -> ${last})`);
  const model = new TaggerModel(lex, [T.averaged()]);
  const path = join(mkdtempSync(join(tmpdir(), 'hearsay-model-')), 'm.bin');
  saveModel(path, model);
  const loaded = loadModel(path);
  const doc = items[0]!.doc;
  assert.deepEqual([...tagTokens(doc, loaded)], [...tagTokens(doc, model)]);
});

test('the WebAssembly SIMD kernel gives exactly the JS sums and labels', async () => {
  // Real news prose from the repo's examples; the kernel (simd.ts) must match the JS loops bit for bit.
  const { staticScoresJS, staticScoresSimd, decode, decodeFirstOfTwo, addExtraScores, setNoSimdDecode } = await import('../src/attribution/tagger/decode.js');
  const { kernel } = await import('../src/attribution/tagger/simd.js');
  const { stackFeatures } = await import('../src/attribution/tagger/stack.js');
  assert.ok(WebAssembly.validate(kernel()), 'Node 20 validates the SIMD module');
  const m = taggerModel();
  assert.ok(m?.paired?.simd, 'the paired table has a SIMD kernel');
  const P = m.paired;
  const texts = exampleTexts();
  assert.ok(texts.length > 0);
  let compared = 0;
  for (const text of texts) {
    const doc = new Doc(text);
    tokenize(doc);
    const df = extractFeatures(doc, m.lexicon);
    const a1 = new Float64Array(df.n * 7), a2 = new Float64Array(df.n * 7), b1 = new Float64Array(df.n * 7), b2 = new Float64Array(df.n * 7);
    staticScoresJS(P, df, a1, a2);
    staticScoresSimd(P, df, b1, b2);
    assert.deepEqual(b1, a1);
    assert.deepEqual(b2, a2);
    compared++;
    // Decoding: the stacked features summed up front and the label-history rows by the kernel, against the JS loops.
    const n = df.n, margin = [new Float32Array(n), new Float32Array(n)], sure = [new Float32Array(n), new Float32Array(n)];
    const labels = [true, false].map((simd, k) => {
      setNoSimdDecode(!simd);
      const base2 = new Float64Array(n * 7);
      const first = decodeFirstOfTwo(P, df, base2);
      const stacked = stackFeatures(doc, df, first);
      return [...first, -1, ...decode(P.rows2, simd ? addExtraScores(P.rows2, stacked, base2) : stacked, base2, margin[k], sure[k])];
    });
    setNoSimdDecode(false);
    assert.deepEqual(labels[0], labels[1]);
    assert.deepEqual(margin[0], margin[1]);
    assert.deepEqual(sure[0], sure[1]);
  }
  assert.ok(compared === texts.length);
});

test('the fused SIMD kernel (feature ids computed in wasm) gives exactly the JS ids, sums and labels', async () => {
  // Lazy extraction records the templates; the fused kernel (simd.ts) computes the ids as it sums their rows.
  const { staticScores, staticScoresJS, decode, decodeFirstOfTwo, addExtraScores, addScoresQ } = await import('../src/attribution/tagger/decode.js');
  const { fusedKernel } = await import('../src/attribution/tagger/simd.js');
  const { stackFeatures } = await import('../src/attribution/tagger/stack.js');
  const { staticIds, extraIds } = await import('../src/attribution/tagger/features.js');
  assert.ok(WebAssembly.validate(fusedKernel()), 'Node 20 validates the fused module');
  const m = taggerModel();
  assert.ok(m?.paired?.simd, 'the paired table has a SIMD kernel');
  const P = m.paired;
  const texts = exampleTexts();
  // Real prose, plus short texts for the blocks of four tokens (n = 1, 2, 3, 5 …).
  texts.push('Yes.', 'He said so.', '"No," she said.', 'The minister said on Tuesday.', 'Prices rose, officials said, and "they will rise again," the bank said.');
  for (const text of texts) {
    const doc = new Doc(text);
    tokenize(doc);
    const eager = extractFeatures(doc, m.lexicon), lazy = extractFeatures(doc, m.lexicon, true);
    assert.equal(lazy.static.length, 0, 'lazy extraction writes no ids');
    assert.ok(lazy.staticT);
    const n = eager.n;
    // The recorded templates replayed give the ids extractFeatures writes (what training sees).
    assert.deepEqual(lazy.staticT.replay(), eager.static);
    const a1 = new Float64Array(n * 7), a2 = new Float64Array(n * 7), b1 = new Float64Array(n * 7), b2 = new Float64Array(n * 7);
    staticScoresJS(P, eager, a1, a2);
    staticScores(P, lazy, b1, b2);
    assert.ok(lazy.staticT, 'the fused kernel ran (the ids were not written)');
    assert.deepEqual(b1, a1);
    assert.deepEqual(b2, a2);
    // The stacked features: fused sums against the JS loop over the written ids.
    const first = decodeFirstOfTwo(P, eager, new Float64Array(n * 7));
    const se = stackFeatures(doc, eager, first), sl = stackFeatures(doc, lazy, first, true);
    assert.equal(sl.extra, null);
    assert.deepEqual(sl.extraT!.replay(), se.extra);
    const c = new Float64Array(n * 7), d = new Float64Array(n * 7), s = new Float64Array(7);
    for (let i = 0; i < n; i++) {
      s.fill(0);
      addScoresQ(P.rows2, se.extra!, i * se.extraWidth, (i + 1) * se.extraWidth, s);
      for (let l = 0; l < 7; l++) c[i * 7 + l] += s[l]!;
    }
    const rest = addExtraScores(P.rows2, sl, d);
    assert.equal(rest.extra, null);
    assert.equal(rest.extraT, null);
    for (let i = 0; i < n * 7; i++) assert.equal(d[i], 0 + c[i]!, `token ${Math.floor(i / 7)}`);
    // Labels and confidences of both passes, all JS (eager, written ids) against fused (lazy).
    const run = (df: typeof eager, lazyStack: boolean): unknown[] => {
      const base2 = new Float64Array(n * 7), margin = new Float32Array(n), sure = new Float32Array(n);
      const f = decodeFirstOfTwo(P, df, base2);
      const st = stackFeatures(doc, df, f, lazyStack);
      const labels = decode(P.rows2, lazyStack ? addExtraScores(P.rows2, st, base2) : st, base2, margin, sure);
      return [[...f], [...labels], [...margin], [...sure]];
    };
    assert.deepEqual(run(lazy, true), run(eager, false));
    // A lazy df read by the JS loops writes its ids first (staticIds / extraIds).
    assert.deepEqual(staticIds(lazy), eager.static);
    assert.deepEqual(extraIds(stackFeatures(doc, lazy, first, true)), se.extra);
  }
});

test('a cue cut at its medium is one cue: "said | in | a statement"', () => {
  const d = new Doc('The weather agency said in a statement that it had issued a red alert at 7 a.m.');
  tokenize(d);
  const at = (w: string) => d.tokenAt(d.text.indexOf(w));
  const runs = snapRuns(d, [tokenRun('Source', at('The'), at('agency')), tokenRun('Cue', at('said'), at('said')),
    tokenRun('Cue', at('a statement'), at('statement')), tokenRun('Content', at('that'), d.tokens.length - 2)]);
  const cues = runs.filter((r) => r.type === 'Cue');
  assert.equal(cues.length, 1);
  assert.equal(d.text.slice(d.tokens[cues[0]!.first]!.start, d.tokens[cues[0]!.last]!.end), 'said in a statement');
});

test('an outer report whose content holds another attribution keeps its content: "X decided …, an official said"', () => {
  const text = 'The health minister decided to postpone the announcement to avoid criticism from doctors who had warned of shortages, an official said.\n';
  const d = analyzeDoc(text);
  // The tagger finds both cues but gives the clause to "decided"; the rule reading "CLAUSE, SOURCE said" supplies the outer content.
  const bare = new Doc(text);
  tokenize(bare);
  const tagged = tagAttributions(bare, taggerModel(), true);
  assert.deepEqual(byCue(bare, tagged, 'said').content, [], 'the tagger alone gives "said" no content (else this test tests nothing)');
  const outer = byCue(d, d.attributions, 'said');
  assert.equal(slice(d, outer.sourceMention), 'an official');
  assert.deepEqual(outer.content.map((c) => d.slice(c)), ['The health minister decided to postpone the announcement to avoid criticism from doctors who had warned of shortages']);
  const inner = byCue(d, d.attributions, 'decided');
  assert.equal(slice(d, inner.sourceMention), 'The health minister');
});

test('a that-clause goes to the cue before it, not to a later "and said"', () => {
  const d = analyzeDoc('The harbour master told reporters in Durban that the freighter "had lost its steering before dawn", and said the channel would reopen on Sunday.\n');
  const told = byCue(d, d.attributions, 'told');
  assert.deepEqual(told.content.map((c) => d.slice(c)), ['that the freighter "had lost its steering before dawn"']);
  const said = byCue(d, d.attributions, 'said');
  assert.deepEqual(said.content.map((c) => d.slice(c)), ['the channel would reopen on Sunday']);
});

test('a clause setting the scene before the speaker is not part of what was said', () => {
  const d = analyzeDoc('Under a grey sky that seemed to promise more rain, the governor warned that the levees would not hold another week.\n');
  const warned = byCue(d, d.attributions, 'warned');
  assert.deepEqual(warned.content.map((c) => d.slice(c)), ['that the levees would not hold another week']);
  // While "X, he said, Y" keeps both parts.
  const e = analyzeDoc('The levees, the governor said, would not hold another week.\n');
  assert.deepEqual(byCue(e, e.attributions, 'said').content.map((c) => e.slice(c)), ['The levees', 'would not hold another week']);
});
