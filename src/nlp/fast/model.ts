/**
 * The fast stage's model file (models/pos-tagger.bin): the POS tagger's
 * quantised weights, its tag dictionary, the lemma table and the tokenizer's
 * lexicon, all learned by train-pos.ts from wink's output on training texts.
 *
 * Layout: "HPT1", u32 length of a UTF-8 JSON header, the header, then the
 * weights (Int8, rows × tags; padded to 4 bytes) and the sorted hashes of known words (Int32).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TokenizerLexicon } from './tokenizer.js';

/** wink's universal tags; the order is the weight table's column order. */
export const TAGS = ['NOUN', 'PUNCT', 'PROPN', 'ADP', 'VERB', 'DET', 'PRON', 'ADJ', 'AUX', 'ADV', 'PART', 'CCONJ', 'NUM', 'SCONJ', 'SYM', 'X', 'INTJ'] as const;
export const TAG_COUNT = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

export interface PosModel {
  /** log2 of the weight table's rows. */
  rowBits: number;
  /** Averaged-perceptron weights quantised to Int8, row-major: rows × TAG_COUNT. */
  weights: Int8Array;
  /** Exact word → tag for frequent words wink always tags the same way. */
  tagDict: Map<string, number>;
  lexicon: TokenizerLexicon;
  /** Lower-cased word → tag → lemma, where wink's lemma differs from the lower-cased word. */
  lemmas: Map<string, Record<string, string>>;
  /** Exact capitalised word → tag → lemma, where wink's differs from what `lemmas` gives ("United" → "United"). */
  casedLemmas: Map<string, Record<string, string>>;
  /** Sorted hashLower() of every word seen in training (their lemma is known: the word itself unless in `lemmas`). */
  knownWords: Int32Array;
}

interface Header {
  rowBits: number;
  tagDict: Record<string, number>;
  abbreviations: string[];
  wholeWords: string[];
  chunks: Record<string, number[]>;
  lemmas: Record<string, Record<string, string>>;
  casedLemmas: Record<string, Record<string, string>>;
  knownWordCount: number;
  tags: string[];
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/pos-tagger.bin', import.meta.url));

export function saveModel(path: string, m: PosModel): void {
  const header: Header = {
    rowBits: m.rowBits, tags: [...TAGS],
    tagDict: Object.fromEntries(m.tagDict),
    abbreviations: [...m.lexicon.abbreviations].sort(),
    wholeWords: [...m.lexicon.wholeWords].sort(),
    chunks: Object.fromEntries([...m.lexicon.chunks].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    lemmas: Object.fromEntries([...m.lemmas].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    casedLemmas: Object.fromEntries([...m.casedLemmas].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    knownWordCount: m.knownWords.length,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((8 + json.length) % 4)) % 4;
  const head = Buffer.alloc(8);
  head.write('HPT1', 0, 'latin1');
  head.writeUInt32LE(json.length + pad, 4);
  writeFileSync(path, Buffer.concat([head, json, Buffer.alloc(pad, 32),
    Buffer.from(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength), Buffer.alloc((4 - (m.weights.byteLength % 4)) % 4),
    Buffer.from(m.knownWords.buffer, m.knownWords.byteOffset, m.knownWords.byteLength)]));
}

export function loadModel(path: string = DEFAULT_MODEL_PATH): PosModel {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    throw new Error(`POS tagger model not found at ${path}: run "node --import tsx src/nlp/fast/train-pos.ts" to build it`);
  }
  if (buf.toString('latin1', 0, 4) !== 'HPT1') throw new Error(`${path} is not a hearsay POS tagger model`);
  const jsonLength = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLength)) as Header;
  if (header.tags.join() !== TAGS.join()) throw new Error(`${path} was trained with another tag set`);
  const rows = 1 << header.rowBits;
  let at = 8 + jsonLength;
  // Copies, so the typed arrays are aligned whatever the buffer's offset.
  const weights = new Int8Array(rows * TAG_COUNT);
  new Uint8Array(weights.buffer).set(buf.subarray(at, at + weights.byteLength));
  at += weights.byteLength + ((4 - (weights.byteLength % 4)) % 4);
  const knownWords = new Int32Array(header.knownWordCount);
  new Uint8Array(knownWords.buffer).set(buf.subarray(at, at + knownWords.byteLength));
  return {
    rowBits: header.rowBits, weights, knownWords,
    tagDict: new Map(Object.entries(header.tagDict)),
    lexicon: { abbreviations: new Set(header.abbreviations), wholeWords: new Set(header.wholeWords), chunks: new Map(Object.entries(header.chunks)) },
    lemmas: new Map(Object.entries(header.lemmas)),
    casedLemmas: new Map(Object.entries(header.casedLemmas)),
  };
}
