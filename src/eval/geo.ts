/**
 * `npm run eval:geo`: geoparsing accuracy end to end on the shared corpora.
 * For each corpus: score-geo.mjs extracts the texts, this process analyses
 * them (the whole default pipeline, as `hearsay analyze --json` would) and
 * writes one ledger per text, then score-geo.mjs scores them. Also prints the
 * time the places component takes, per article and as a share of the whole.
 *
 * usage: node dist/eval/geo.js [CORPUS.xml …] [--shared DIR] [--out DIR] [--places-only] [--time DIR]
 *   --places-only  run only tokenize, entities and places (faster; the
 *                  places figures do not depend on the later stages)
 *   --time DIR     instead, time tokenize, entities and places per article
 *                  on the .txt files of DIR (3 passes, stages in one loop)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PIPELINE, analyzeDoc } from '../analyze.js';
import { Doc } from '../doc/doc.js';
import { toLedger } from '../ledger/build.js';
import { Pipeline } from '../pipeline/registry.js';
import { gazetteer } from '../geo/gazetteer.js';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const repo = fileURLToPath(new URL('../../', import.meta.url));
const shared = resolve(opt('--shared') ?? join(repo, '..', 'shared'));
const outRoot = resolve(opt('--out') ?? join(repo, 'scratch', 'eval-geo'));
const timeDir = opt('--time');
const placesOnly = args.includes('--places-only') && !!args.splice(args.indexOf('--places-only'), 1);
const corpora = args.length ? args : ['GeoVirus.xml', 'lgl.xml'].map((f) => join(shared, 'data', 'geo', f));
const scorer = join(shared, 'eval', 'score-geo.mjs');

function main(): void {
  const t = performance.now();
  const g = gazetteer();
  console.log(`gazetteer: ${g.size} places loaded in ${(performance.now() - t).toFixed(0)} ms, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  const stages = placesOnly ? ['tokenize', 'entities', 'places'] : DEFAULT_PIPELINE;
  const withPlaces = new Pipeline(stages);
  for (const corpus of corpora) {
    const name = basename(corpus, '.xml');
    const texts = join(outRoot, name, 'texts'), pred = join(outRoot, name, 'pred');
    rmSync(join(outRoot, name), { recursive: true, force: true });
    mkdirSync(pred, { recursive: true });
    execFileSync(process.execPath, [scorer, 'extract', corpus, texts], { stdio: 'ignore' });
    const files = readdirSync(texts).filter((f) => f.endsWith('.txt'));
    const inputs = files.map((f) => readFileSync(join(texts, f), 'utf8'));
    // Warm up, then time each stage inside one pass: comparing two separate
    // passes is at the mercy of whatever else the machine runs.
    for (const text of inputs.slice(0, 20)) analyzeDoc(text, {}, withPlaces);
    let total = 0, geo = 0;
    inputs.forEach((text, i) => {
      const doc = new Doc(text);
      for (const c of withPlaces.components) {
        const t0 = performance.now();
        c.run(doc);
        const dt = performance.now() - t0;
        total += dt;
        if (c.name === 'places') geo += dt;
      }
      writeFileSync(join(pred, files[i]!.replace(/\.txt$/, '.json')), JSON.stringify(toLedger(doc)));
    });
    console.log(`\n== ${name}: ${files.length} articles, ${(files.length / (total / 1000)).toFixed(0)} articles/s (stages: ${stages.join(' ')}); places take ${(geo / files.length).toFixed(2)} ms/article, ${(100 * geo / total).toFixed(1)}% of analysis time`);
    const out = execFileSync(process.execPath, [scorer, 'score', corpus, pred, '--json', join(outRoot, name, 'score.json')], { encoding: 'utf8' });
    process.stdout.write(out);
  }
}

/** Per-stage time on a folder of texts, the stages timed side by side in one loop. */
function timeStages(dir: string): void {
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const pipeline = new Pipeline(['tokenize', 'entities', 'places']);
  gazetteer();
  for (const text of texts.slice(0, 20)) pipeline.run(new Doc(text));
  const spent = new Map(pipeline.components.map((c) => [c.name, 0]));
  const passes = 3;
  for (let p = 0; p < passes; p++) {
    for (const text of texts) {
      const doc = new Doc(text);
      for (const c of pipeline.components) {
        const t0 = performance.now();
        c.run(doc);
        spent.set(c.name, spent.get(c.name)! + performance.now() - t0);
      }
    }
  }
  const n = texts.length * passes;
  for (const [name, ms] of spent) console.log(`${name.padEnd(10)} ${(ms / n).toFixed(3)} ms/article`);
  console.log(`summary: places ${(spent.get('places')! / n).toFixed(3)} ms/article = ${(spent.get('places')! / spent.get('tokenize')!).toFixed(2)} x tokenize, over ${texts.length} texts of ${dir}`);
}

try {
  if (timeDir) timeStages(resolve(timeDir)); else main();
} catch (e) {
  console.error(`eval:geo: ${(e as Error).message.split('\n')[0]}`);
  process.exit(1);
}
