/**
 * The trained attribution tagger as one call: Doc (tokenized) → attributions.
 * The model is loaded once, on first use, from models/attribution-tagger.bin.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attribution, Doc } from '../../doc/doc.js';
import { decode, decodeFirstOfTwo } from './decode.js';
import { N_LABELS } from './labels.js';
import { extractFeatures } from './features.js';
import { linkRuns } from './link.js';
import { loadModel, type TaggerModel } from './model.js';
import { labelRuns } from './spans.js';
import { stackFeatures } from './stack.js';
import { snapRuns } from './snap.js';

/** models/ at the package root, from src/attribution/tagger or dist/attribution/tagger alike. */
export const DEFAULT_MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'attribution-tagger.bin');

let model: TaggerModel | null | undefined;

/** The committed model, or null when it is missing (then only rules run). */
export function taggerModel(path = DEFAULT_MODEL_PATH): TaggerModel | null {
  if (model === undefined) model = existsSync(path) ? loadModel(path) : null;
  return model;
}

/** Uses `m` instead of the committed model from now on (training and tests). */
export function setTaggerModel(m: TaggerModel | null): void {
  model = m;
}

/** Token labels (indices into LABELS) for a tokenized document. */
export function tagTokens(doc: Doc, m: TaggerModel): Uint8Array {
  const df = extractFeatures(doc, m.lexicon);
  if (m.paired && m.passes.length === 2) {
    const base2 = new Float64Array(df.n * N_LABELS);
    const first = decodeFirstOfTwo(m.paired, df, base2);
    return decode(m.paired.rows2, stackFeatures(doc, df, first), base2);
  }
  let labels = decode(m.passes[0]!, df);
  for (const pass of m.passes.slice(1)) labels = decode(pass, stackFeatures(doc, df, labels));
  return labels;
}

export function tagAttributions(doc: Doc, m: TaggerModel | null = taggerModel()): Attribution[] {
  if (!m || !doc.tokens.length) return [];
  return linkRuns(doc, snapRuns(doc, labelRuns(tagTokens(doc, m))));
}
