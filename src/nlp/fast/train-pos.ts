/**
 * Trains the fast tokenize stage's model (models/pos-tagger.bin) on silver
 * labels: the wink-based `tokenize` stage's output over PolNeAR *train* and
 * the geo corpora's articles. PolNeAR dev is never read here: it
 * is where compare.ts measures agreement.
 *
 *   node --max-semi-space-size=64 --import tsx src/nlp/fast/train-pos.ts
 *     [--no-geo] [--epochs 8] [--row-bits 16] [--dict-min 10] [--dict-ratio 0.99] [--clip 0.9999] [--out PATH]
 *
 * The geo corpora's news (on by default) add 0.15 points of POS agreement on
 * dev. Deterministic: sentences are shuffled with a fixed seed. ~15 s.
 */
import type { Doc } from '../../doc/doc.js';
import { FEATURE_COUNT, featureRows, hashLower, TokenHashes } from './features.js';
import { DEFAULT_MODEL_PATH, saveModel, TAG_COUNT, TAG_INDEX, TAGS, type PosModel } from './model.js';
import { geoTexts, polnearTexts } from '../../corpus/shared-texts.js';
import { winkDocs } from './silver.js';
import { splitTokens, TokenBuffer, type TokenizerLexicon } from './tokenizer.js';

interface Options { geo: boolean; epochs: number; rowBits: number; out: string; dictMin: number; dictRatio: number; clip: number }

function parseArgs(argv: string[]): Options {
  const o: Options = { geo: true, epochs: 8, rowBits: 16, out: DEFAULT_MODEL_PATH, dictMin: 10, dictRatio: 0.99, clip: 0.9999 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-geo') o.geo = false;
    else if (a === '--epochs') o.epochs = Number(argv[++i]);
    else if (a === '--row-bits') o.rowBits = Number(argv[++i]);
    else if (a === '--out') o.out = argv[++i]!;
    else if (a === '--dict-min') o.dictMin = Number(argv[++i]);
    else if (a === '--clip') o.clip = Number(argv[++i]);
    else if (a === '--dict-ratio') o.dictRatio = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** mulberry32: a small seeded PRNG, so training is reproducible. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function countInto<K>(m: Map<K, Map<string, number>>, k: K, v: string): void {
  let c = m.get(k);
  if (!c) m.set(k, (c = new Map()));
  c.set(v, (c.get(v) ?? 0) + 1);
}
function majority(c: Map<string, number>): [string, number, number] {
  let best = '', bestN = -1, total = 0;
  for (const [k, n] of c) { total += n; if (n > bestN || (n === bestN && k < best)) { best = k; bestN = n; } }
  return [best, bestN, total];
}

const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
const isSpaceChar = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || /\s/.test(c);

/**
 * wink's tokens with a double mark written as two apostrophes or backticks ('' ``) as one token,
 * as the rules split it (tokenizer.ts): for the comparison only, so that these marks, which wink
 * splits in two, are not learnt as chunks to split unlike the rules. (The tagger itself still
 * learns from wink's tokens; index.ts tags the one-token mark as punctuation.)
 */
function withPairedMarks(T: Doc['tokens']): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < T.length; i++) {
    const t = T[i]!, u = T[i + 1];
    if (u && (t.text === "'" || t.text === '`') && u.start === t.end && u.text === t.text) { out.push({ start: t.start, end: u.end }); i++; }
    // ("''A museum": wink reads "'" then "'A".)
    else if (u && t.text === "'" && u.start === t.end && u.text.length > 1 && u.text.startsWith("'")) { out.push({ start: t.start, end: u.start + 1 }, { start: u.start + 1, end: u.end }); i++; }
    else out.push(t);
  }
  return out;
}

/** What wink decides from its lexicon rather than rules, read off its output. */
function learnLexicon(docs: Doc[]): TokenizerLexicon {
  const abbreviations = new Set<string>(), wholeWords = new Set<string>();
  for (const d of docs) for (const t of d.tokens) {
    if (t.text.length > 1 && t.text.endsWith('.') && /\p{L}/u.test(t.text)) abbreviations.add(t.lower);
    if (/\p{L}-\p{L}/u.test(t.text) || /\p{L}['’](?:s|re|ve|d|ll|m)$/iu.test(t.text)) wholeWords.add(t.lower);
  }
  const lex: TokenizerLexicon = { abbreviations, wholeWords, chunks: new Map() };
  // Chunks (text between white space) the rules split unlike wink, kept when
  // seen at least twice and always split the same way by wink.
  const buf = new TokenBuffer();
  const seen = new Map<string, Map<string, number>>();
  for (const d of docs) {
    splitTokens(d.text, lex, buf);
    const ours = new Map<number, number>();
    for (let k = 0; k < buf.count; k++) ours.set(buf.start[k]!, buf.end[k]!);
    const T = withPairedMarks(d.tokens);
    for (let i = 0; i < T.length;) {
      let a = T[i]!.start; while (a > 0 && !isSpaceChar(d.text[a - 1]!)) a--;
      let b = T[i]!.end; while (b < d.text.length && !isSpaceChar(d.text[b]!)) b++;
      let j = i; const lens: number[] = []; let agree = true, covered = a === T[i]!.start;
      while (j < T.length && T[j]!.end <= b) {
        lens.push(T[j]!.end - T[j]!.start);
        if (ours.get(T[j]!.start) !== T[j]!.end) agree = false;
        if (j > i && T[j]!.start !== T[j - 1]!.end) covered = false;
        j++;
      }
      if (j === i) { i++; continue; }
      if (T[j - 1]!.end !== b) covered = false;
      // (Not where wink cuts between two letters: "Toru|ń|," is wink's slip on a letter it does not
      // know, and copying it would cut the name wherever it is followed by a comma.)
      let inWord = false;
      for (let k = i + 1; k < j && !inWord; k++) inWord = /\p{L}/u.test(d.text[T[k]!.start - 1]!) && /\p{L}/u.test(d.text[T[k]!.start]!) && T[k]!.start === T[k - 1]!.end;
      if (!agree && covered && !inWord) countInto(seen, d.text.slice(a, b), lens.join(','));
      i = j;
    }
  }
  for (const [chunk, c] of seen) {
    const [best, n, total] = majority(c);
    if (n >= 2 && n === total) lex.chunks.set(chunk, best.split(',').map(Number));
  }
  return lex;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const texts = polnearTexts('train');
  if (o.geo) texts.push(...geoTexts());
  return void winkDocs(texts).then((docs) => train(docs, o, t0)).catch(fail);
}

function fail(e: unknown): void {
  console.error(`train-pos: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}

function train(docs: Doc[], o: Options, t0: number): void {
  const rand = prng(20261127);
  console.log(`silver labels: ${docs.length} texts, ${docs.reduce((s, d) => s + d.tokens.length, 0)} tokens (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const lexicon = learnLexicon(docs);

  // Tag dictionary (exact word) and lemma table (lower-cased word + tag).
  const wordTags = new Map<string, Map<string, number>>();
  const lemmaCounts = new Map<string, Map<string, number>>();
  const known = new Set<number>();
  for (const d of docs) for (const t of d.tokens) {
    countInto(wordTags, t.text, t.pos);
    countInto(lemmaCounts, `${t.text}\u0001${t.pos}`, t.lemma);
    known.add(hashLower(t.text, 0, t.text.length));
  }
  const tagDict = new Map<string, number>();
  for (const [w, c] of wordTags) {
    const [tag, n, total] = majority(c);
    if (total >= o.dictMin && n / total >= o.dictRatio) tagDict.set(w, TAG_INDEX.get(tag)!);
  }
  // wink gives most words their lower-cased lemma, but keeps the case of a few
  // lexicon entries ("United", "Democratic"/ADJ): lemmas learned from
  // lower-case occurrences go in one table, and what capitalised occurrences
  // need beyond it in a second one, read only for capitalised tokens.
  const lemmas = new Map<string, Record<string, string>>(), casedLemmas = new Map<string, Record<string, string>>();
  const put = (table: Map<string, Record<string, string>>, word: string, pos: string, lemma: string) => {
    let row = table.get(word);
    if (!row) table.set(word, (row = {}));
    row[pos] = lemma;
  };
  for (const [key, c] of lemmaCounts) {
    const [word, pos] = key.split('\u0001') as [string, string];
    if (!TAG_INDEX.has(pos) || word !== asciiLower(word)) continue;
    const [lemma] = majority(c);
    if (lemma !== word.toLowerCase()) put(lemmas, word, pos, lemma);
  }
  for (const [key, c] of lemmaCounts) {
    const [word, pos] = key.split('\u0001') as [string, string];
    if (!TAG_INDEX.has(pos) || word === asciiLower(word)) continue;
    const [lemma] = majority(c);
    const lower = asciiLower(word);
    if (lemma !== (lemmas.get(lower)?.[pos] ?? lower.toLowerCase())) put(casedLemmas, word, pos, lemma);
  }
  // Training sentences: feature hashes and gold tags, per document.
  interface Sent { doc: number; a: number; b: number }
  const hashesByDoc: TokenHashes[] = [], goldByDoc: Uint8Array[] = [], textsByDoc: string[][] = [];
  const sents: Sent[] = [];
  docs.forEach((d, di) => {
    const h = new TokenHashes(); h.ensure(d.tokens.length + 1);
    const gold = new Uint8Array(d.tokens.length);
    d.tokens.forEach((t, i) => { h.set(i, d.text, t.start, t.end); gold[i] = TAG_INDEX.get(t.pos) ?? TAG_INDEX.get('X')!; });
    hashesByDoc.push(h); goldByDoc.push(gold); textsByDoc.push(d.tokens.map((t) => t.text));
    for (const s of d.sentences) sents.push({ doc: di, a: s.firstToken, b: s.endToken });
  });

  const rows = 1 << o.rowBits, rowMask = rows - 1, size = rows * TAG_COUNT;
  const w = new Float64Array(size), totals = new Float64Array(size), stamps = new Float64Array(size);
  const feats = new Int32Array(FEATURE_COUNT), scores = new Float64Array(TAG_COUNT);
  let clock = 0;
  const update = (r: number, tag: number, delta: number) => {
    const k = r + tag;
    totals[k] += (clock - stamps[k]!) * w[k]!;
    stamps[k] = clock;
    w[k] += delta;
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    // Fisher–Yates with the seeded PRNG.
    for (let i = sents.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); const x = sents[i]!; sents[i] = sents[j]!; sents[j] = x; }
    let right = 0, seen = 0;
    for (const s of sents) {
      const h = hashesByDoc[s.doc]!, gold = goldByDoc[s.doc]!, texts = textsByDoc[s.doc]!;
      let p1 = -1, p2 = -2;
      for (let i = s.a; i < s.b; i++) {
        const truth = gold[i]!;
        let guess = tagDict.get(texts[i]!);
        if (guess === undefined) {
          clock++;
          featureRows(h, i, s.a, s.b, p1, p2, rowMask, TAG_COUNT, feats);
          scores.fill(0);
          for (let f = 0; f < FEATURE_COUNT; f++) { const r = feats[f]!; for (let t = 0; t < TAG_COUNT; t++) scores[t] += w[r + t]!; }
          let best = 0;
          for (let t = 1; t < TAG_COUNT; t++) if (scores[t]! > scores[best]!) best = t;
          guess = best;
          if (guess !== truth) for (let f = 0; f < FEATURE_COUNT; f++) { update(feats[f]!, truth, 1); update(feats[f]!, guess, -1); }
        }
        if (guess === truth) right++;
        seen++;
        // Greedy tagging conditions on its own predictions, so training does too.
        p2 = p1; p1 = guess;
      }
    }
    console.log(`epoch ${epoch + 1}: ${(100 * right / seen).toFixed(2)} % on train (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  // Average, then quantise to Int16 with one scale (only the argmax matters).
  let maxAbs = 0;
  for (let k = 0; k < size; k++) {
    totals[k] += (clock - stamps[k]!) * w[k]!;
    const avg = totals[k]! / clock;
    totals[k] = avg;
    if (Math.abs(avg) > maxAbs) maxAbs = Math.abs(avg);
  }
  // Int8: scale so the 99.99th percentile of |weight| maps to 127 and clip the
  // few larger ones. Measured on dev: as accurate as Int16 (98.71 vs 98.73 %)
  // at half the memory, and the table is what costs cache misses.
  const mags = Float64Array.from(totals, Math.abs).filter((x) => x > 0).sort();
  const range = mags[Math.floor(mags.length * o.clip)] ?? maxAbs;
  const scale = range > 0 ? 127 / range : 1;
  const weights = new Int8Array(size);
  for (let k = 0; k < size; k++) weights[k] = Math.max(-127, Math.min(127, Math.round(totals[k]! * scale)));

  const knownWords = Int32Array.from(known).sort();
  const model: PosModel = { rowBits: o.rowBits, weights, tagDict, lexicon, lemmas, casedLemmas, knownWords };
  saveModel(o.out, model);
  console.log(`wrote ${o.out}: ${rows} rows × ${TAGS.length} tags, ${tagDict.size} dictionary words, ${lemmas.size} + ${casedLemmas.size} lemma entries, `
    + `${lexicon.abbreviations.size} abbreviations, ${lexicon.wholeWords.size} whole words, ${lexicon.chunks.size} chunks (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

try {
  main();
} catch (e) {
  fail(e);
}
