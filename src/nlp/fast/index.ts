/**
 * tokenizeFast: a drop-in replacement for the wink-based `tokenize` stage
 * (same tokens, sentences, POS tags and lemmas, same conventions), written
 * because wink took ~1.7 ms of the ~6 ms an article costs. The model is
 * learned from wink's own output (train-pos.ts), so the two agree closely;
 * compare.ts measures how closely and how much faster.
 */
import type { Doc, Sentence, Token } from '../../doc/doc.js';
import { hashExact, hashLower, TokenHashes } from './features.js';
import { IntHashTable } from './hash-table.js';
import { Lemmatizer, lemmaKey } from './lemmatizer.js';
import { loadModel, TAGS, TAG_INDEX } from './model.js';
import { markSentenceStarts } from './sentences.js';
import { PosTagger } from './tagger.js';
import { splitTokens, TokenBuffer, type TokenizerLexicon } from './tokenizer.js';

// As the wink stage: titles stay common nouns in the PROPN-run fix below.
const TITLE_WORDS = new Set(['president', 'minister', 'secretary', 'leader', 'chairman', 'spokesperson', 'spokesman', 'spokeswoman', 'general', 'director', 'chief', 'senator', 'governor', 'ambassador', 'king', 'queen', 'prince', 'judge', 'mayor', 'speaker']);
const PROPN = TAG_INDEX.get('PROPN')!, VERB = TAG_INDEX.get('VERB')!, NOUN = TAG_INDEX.get('NOUN')!, ADJ = TAG_INDEX.get('ADJ')!;

// Only what tagging reads: the model's Maps are dropped once hashed into tables.
interface Stage {
  lexicon: TokenizerLexicon;
  tagger: PosTagger;
  lemmatizer: Lemmatizer;
}
let stage: Stage | null = null;

/** Loads the model on first use (or from `path`, for tests and training). */
export function useModel(path?: string): Stage {
  const model = loadModel(path);
  const dict = new IntHashTable(model.tagDict.size);
  for (const [word, tag] of model.tagDict) dict.set(hashExact(word, 0, word.length), tag);
  // A double quotation mark written as two apostrophes or backticks is one token (tokenizer.ts),
  // which wink's output, and so the model, never had: it is punctuation like '"'.
  for (const mark of ["''", '``']) dict.set(hashExact(mark, 0, 2), TAG_INDEX.get('PUNCT')!);
  const lemmas: string[] = [];
  let entries = 0;
  for (const byTag of model.lemmas.values()) entries += Object.keys(byTag).length;
  for (const byTag of model.casedLemmas.values()) entries += Object.keys(byTag).length;
  const lemmaIndex = new IntHashTable(entries);
  const index = (table: Map<string, Record<string, string>>, hash: (w: string) => number) => {
    for (const [word, byTag] of table) {
      const h = hash(word);
      for (const [tag, lemma] of Object.entries(byTag)) { const t = TAG_INDEX.get(tag); if (t !== undefined) { lemmaIndex.set(lemmaKey(h, t), lemmas.length); lemmas.push(lemma); } }
    }
  };
  index(model.lemmas, (w) => hashLower(w, 0, w.length));
  index(model.casedLemmas, (w) => hashExact(w, 0, w.length));
  const chunkIndex = new IntHashTable(model.lexicon.chunks.size), chunkSplits: number[][] = [];
  for (const [chunk, lengths] of model.lexicon.chunks) { chunkIndex.set(hashExact(chunk, 0, chunk.length), chunkSplits.length); chunkSplits.push(lengths); }
  model.lexicon.compiled = { chunkIndex, chunkSplits };
  stage = { lexicon: model.lexicon, tagger: new PosTagger(model.weights, model.rowBits, dict), lemmatizer: new Lemmatizer(lemmaIndex, lemmas, model.knownWords) };
  return stage;
}

// Scratch buffers reused across articles: no per-token allocations but the Token objects.
const toks = new TokenBuffer();
const hashes = new TokenHashes();
let sentenceStart = new Uint8Array(4096);
let tags = new Uint8Array(4096);

export function tokenizeFast(doc: Doc): void {
  const { lexicon, tagger, lemmatizer } = stage ?? useModel();
  const text = doc.text;
  splitTokens(text, lexicon, toks);
  const n = toks.count;
  hashes.ensure(n);
  if (sentenceStart.length < n) { sentenceStart = new Uint8Array(toks.start.length); tags = new Uint8Array(toks.start.length); }
  const starts = toks.start, ends = toks.end;
  const texts: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    texts[i] = text.slice(starts[i]!, ends[i]!);
    hashes.set(i, text, starts[i]!, ends[i]!);
  }
  markSentenceStarts(text, toks, sentenceStart);
  for (let a = 0; a < n;) {
    let b = a + 1;
    while (b < n && sentenceStart[b] === 0) b++;
    tagger.tagSentence(hashes, a, b, tags);
    a = b;
  }

  // wink tags a capitalised word inside a name as a verb or noun now and then
  // ("The Baltic Herald"): a capitalised word that continues a proper-noun
  // run mid-line is part of the name. Titles stay common nouns so that
  // "Russian President Vladimir Putin" still splits at the title.
  for (let t = 1; t < n; t++) {
    const g = tags[t]!;
    if (tags[t - 1] === PROPN && (g === VERB || g === NOUN || g === ADJ) && toks.breakBefore[t] !== 1 && isCapitalisedWord(texts[t]!)
      && !TITLE_WORDS.has(texts[t]!.toLowerCase())) tags[t] = PROPN;
  }

  const tokens: Token[] = new Array(n);
  const sentences: Sentence[] = [];
  let paragraph = 0, sentence = -1, first = 0;
  for (let i = 0; i < n; i++) {
    if (sentenceStart[i] === 1) {
      if (sentence >= 0) {
        sentences.push({ start: starts[first]!, end: ends[i - 1]!, firstToken: first, endToken: i, paragraph });
        if (toks.breakBefore[i] === 1) paragraph++;
      }
      sentence++;
      first = i;
    }
    const s = texts[i]!, lower = hashes.hasUpper[i] === 1 ? s.toLowerCase() : s, tag = tags[i]!;
    tokens[i] = {
      start: starts[i]!, end: ends[i]!, text: s, lower, lemma: lemmatizer.lemma(lower, hashes.word[i]!, tag, lower !== s, hashes.exact[i]!), pos: TAGS[tag]!,
      sentence, spaceBefore: i === 0 || starts[i]! > ends[i - 1]!,
    };
  }
  if (n > 0) sentences.push({ start: starts[first]!, end: ends[n - 1]!, firstToken: first, endToken: n, paragraph });
  doc.tokens = tokens;
  doc.sentences = sentences;
}

/** /^\p{Lu}\p{Ll}/u, without a regex for ASCII words: names in any Latin (or other cased) script continue a run ("Novak Đoković", "Zoë Ångström"). */
function isCapitalisedWord(s: string): boolean {
  const a = s.charCodeAt(0), b = s.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return CAPITALISED.test(s);
}
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
