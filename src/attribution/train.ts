/**
 * `npm run train`: trains the attribution tagger on PolNeAR train and writes
 * models/attribution-tagger.bin. Deterministic (fixed seed, fixed order of
 * files). Dev figures are printed per epoch for tuning only; the test split
 * is never read.
 *
 * usage: train [--data DIR] [--epochs N] [--seed N] [--out FILE] [--all-annotators] [--min-weight X]
 */
import { Doc } from '../doc/doc.js';
import { tokenize } from '../nlp/tokenize.js';
import { loadSplit, type GoldArticle } from './tagger/corpus.js';
import { buildCueLexicon, extractFeatures, type CueLexicon, type DocFeatures } from './tagger/features.js';
import { labelType } from './tagger/labels.js';
import { linkRuns } from './tagger/link.js';
import { TaggerModel, saveModel } from './tagger/model.js';
import { TrainTable, rng, shuffle, trainDoc } from './tagger/perceptron.js';
import { decode } from './tagger/decode.js';
import { goldLabels, labelRuns } from './tagger/spans.js';
import { newTally, summary, tally } from './tagger/score.js';
import { DEFAULT_MODEL_PATH } from './tagger/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

interface Opts { data: string; epochs: number; seed: number; out: string; allAnnotators: boolean; minWeight: number; dev: boolean }

function parseArgs(argv: string[]): Opts {
  const o: Opts = { data: join(process.cwd(), '..', 'shared', 'data', 'polnear'), epochs: 10, seed: 1, out: DEFAULT_MODEL_PATH, allAnnotators: false, minWeight: 0.05, dev: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!, v = argv[i + 1];
    if (a === '--data' && v) { o.data = v; i++; }
    else if (a === '--epochs' && v) { o.epochs = Number(v); i++; }
    else if (a === '--seed' && v) { o.seed = Number(v); i++; }
    else if (a === '--out' && v) { o.out = v; i++; }
    else if (a === '--min-weight' && v) { o.minWeight = Number(v); i++; }
    else if (a === '--all-annotators') o.allAnnotators = true;
    else if (a === '--no-dev') o.dev = false;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

interface Item { art: GoldArticle; doc: Doc; labels: Uint8Array; feats?: DocFeatures }

function prepare(arts: GoldArticle[]): Item[] {
  return arts.map((art) => {
    const doc = new Doc(art.text);
    tokenize(doc);
    return { art, doc, labels: goldLabels(doc, art.attributions) };
  });
}

const isCue = (l: number) => labelType(l) === 'Cue';

function evaluate(model: TaggerModel, items: Item[]): string {
  const t = newTally();
  for (const it of items) {
    it.feats ??= extractFeatures(it.doc, model.lexicon);
    tally(t, it.art.text, linkRuns(it.doc, labelRuns(decode(model, it.feats))), it.art.attributions);
  }
  return summary(t);
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const trainDir = join(o.data, 'train'), devDir = join(o.data, 'dev');
  if (!existsSync(trainDir)) throw new Error(`no training data at ${trainDir} (use --data DIR)`);
  const t0 = Date.now();
  const train = prepare(loadSplit(trainDir, o.allAnnotators));
  const dev = o.dev && existsSync(devDir) ? prepare(loadSplit(devDir)) : [];
  console.log(`train: ${train.length} documents, dev: ${dev.length} (${((Date.now() - t0) / 1000).toFixed(1)} s to tokenize)`);

  // The cue lexicon is a feature; computed on all of train it would mark
  // every training cue as known. Each half of train therefore gets features
  // from a lexicon built on the other half (2-fold jackknife), as unseen
  // articles get from the full one.
  const halves: [Item[], Item[]] = [train.filter((_, i) => i % 2 === 0), train.filter((_, i) => i % 2 === 1)];
  const lexOther: [CueLexicon, CueLexicon] = [buildCueLexicon(halves[1], isCue), buildCueLexicon(halves[0], isCue)];
  halves.forEach((h, k) => { for (const it of h) it.feats = extractFeatures(it.doc, lexOther[k]!); });
  const lexicon = buildCueLexicon(train, isCue);

  const T = new TrainTable();
  const rand = rng(o.seed);
  const order = train.slice();
  for (let e = 1; e <= o.epochs; e++) {
    const te = Date.now();
    let errors = 0, tokens = 0;
    for (const it of shuffle(order, rand)) { errors += trainDoc(T, it.feats!, it.labels); tokens += it.labels.length; }
    let line = `epoch ${e}: train token error ${(100 * errors / tokens).toFixed(2)}% (${((Date.now() - te) / 1000).toFixed(1)} s, ${T.rows} features)`;
    if (dev.length && (e === o.epochs || e % 2 === 0)) {
      const { keys, weights } = T.averaged(0);
      line += ` | dev ${evaluate(new TaggerModel(lexicon, keys, weights), dev)}`;
    }
    console.log(line);
  }
  const { keys, weights } = T.averaged(o.minWeight);
  const bytes = saveModel(o.out, lexicon, keys, weights);
  console.log(`model: ${keys.length} features (of ${T.rows}), ${(bytes / 1e6).toFixed(2)} MB -> ${o.out}`);
  if (dev.length) {
    for (const it of dev) it.feats = undefined;
    console.log(`dev (pruned model): ${evaluate(new TaggerModel(lexicon, keys, weights), dev)}`);
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

try {
  main();
} catch (e) {
  console.error(`train: ${(e as Error).message}`);
  process.exit(1);
}
