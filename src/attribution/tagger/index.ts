/**
 * The trained attribution tagger as one call: Doc (tokenized) → attributions.
 * The model is loaded once, on first use, from models/attribution-tagger.bin.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attribution, Doc } from '../../doc/doc.js';
import { addExtraScores, decode, decodeFirstOfTwo } from './decode.js';
import { N_LABELS } from './labels.js';
import { extractFeatures, type DocFeatures } from './features.js';
import { loadBoundaryModel, refineRuns } from './boundary.js';
import { linkRuns } from './link.js';
import { loadModel, type TaggerModel } from './model.js';
import { labelRuns, type TokenRun } from './spans.js';
import { stackFeatures } from './stack.js';
import { snapRuns } from './snap.js';
import { float64s, withScratch } from './scratch.js';

/** models/ at the package root, from src/attribution/tagger or dist/attribution/tagger alike. */
export const DEFAULT_MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'attribution-tagger.bin');
/** The content boundary re-ranker (boundary.ts), next to the tagger's model. */
export const boundaryModelPath = (taggerPath: string): string => join(dirname(taggerPath), 'attribution-boundary.bin');

let model: TaggerModel | null | undefined;

/** The committed model, or null when it is missing (then only rules run). */
export function taggerModel(path = DEFAULT_MODEL_PATH): TaggerModel | null {
  if (model === undefined) {
    model = existsSync(path) ? loadModel(path) : null;
    const bpath = boundaryModelPath(path);
    if (model && existsSync(bpath)) model.boundary = loadBoundaryModel(bpath);
  }
  return model;
}

/** Uses `m` instead of the committed model from now on (training and tests). */
export function setTaggerModel(m: TaggerModel | null): void {
  model = m;
}

/**
 * Whether to extract features lazily (features.ts): with the SIMD kernel of a
 * paired model, the fused kernel computes the feature ids as it sums their
 * rows, and they are never written out.
 */
const lazy = (m: TaggerModel): boolean => !!m.paired?.simd && m.passes.length === 2;

/** Token labels (indices into LABELS) for a tokenized document. */
export function tagTokens(doc: Doc, m: TaggerModel): Uint8Array {
  return tagFeatures(doc, m, extractFeatures(doc, m.lexicon, lazy(m)));
}

/** The same from extracted features; with `margin` and `sure` (n), the last pass's confidences go there (decode). */
export function tagFeatures(doc: Doc, m: TaggerModel, df: DocFeatures, margin?: Float32Array, sure?: Float32Array): Uint8Array {
  if (m.paired && m.passes.length === 2) {
    const base2 = float64s(df.n * N_LABELS);
    const first = decodeFirstOfTwo(m.paired, df, base2);
    // The stacked features' sums go into base2 up front when the SIMD kernel is there (addExtraScores).
    const stacked = stackFeatures(doc, df, first, lazy(m));
    return decode(m.paired.rows2, addExtraScores(m.paired.rows2, stacked, base2), base2, margin, sure);
  }
  const last = m.passes.length - 1;
  let labels = decode(m.passes[0]!, df, undefined, last === 0 ? margin : undefined, last === 0 ? sure : undefined);
  for (let k = 1; k <= last; k++) labels = decode(m.passes[k]!, stackFeatures(doc, df, labels), undefined, k === last ? margin : undefined, k === last ? sure : undefined);
  return labels;
}

/** The last pass's confidences for the re-ranker, reused from one document to the next. */
let marginBuf = new Float32Array(0), sureBuf = new Float32Array(0);

/** Tagged runs: labels, names repaired (snap.ts), content boundaries re-ranked when the model has a boundary model (boundary.ts). */
export function tagRuns(doc: Doc, m: TaggerModel): TokenRun[] {
  // The document's typed arrays are scratch (scratch.ts): none is kept once the runs are made.
  return withScratch(() => tagRunsOf(doc, m));
}

function tagRunsOf(doc: Doc, m: TaggerModel): TokenRun[] {
  const df = extractFeatures(doc, m.lexicon, lazy(m));
  if (!m.boundary) return snapRuns(doc, labelRuns(tagFeatures(doc, m, df)));
  if (marginBuf.length < df.n) { marginBuf = new Float32Array(2 * df.n); sureBuf = new Float32Array(2 * df.n); }
  const margin = marginBuf, sure = sureBuf;
  const runs = snapRuns(doc, labelRuns(tagFeatures(doc, m, df, margin, sure)));
  return refineRuns(m.boundary, doc, df, runs, margin, sure);
}

/**
 * The tagger's attributions. With `keepCuesWithoutContent`, also the cues it tagged but gave no
 * content (empty `content`): the merge lets a rule attribution on the same cue supply it, then
 * drops the rest.
 */
export function tagAttributions(doc: Doc, m: TaggerModel | null = taggerModel(), keepCuesWithoutContent = false): Attribution[] {
  if (!m || !doc.tokens.length) return [];
  return linkRuns(doc, tagRuns(doc, m), { keepCuesWithoutContent });
}
