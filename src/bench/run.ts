/**
 * `npm run bench`: the whole analysis (every pipeline stage, and the ledger
 * rendered as JSON) of the PolNeAR train texts in one process, on one core.
 * Prints articles/s and MB/s, and the time each stage takes.
 *
 *   npm run bench [-- --dir DIR] [--warmup DIR] [--repeat N] [--no-geo] [--batch N]
 *
 * --warmup DIR warms up on the .txt files of DIR instead of PolNeAR dev and the geo corpora.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PIPELINE } from '../analyze.js';
import { Doc } from '../doc/doc.js';
import { Pipeline } from '../pipeline/registry.js';
import { toLedger } from '../ledger/build.js';
import { SHARED, geoTexts, polnearTexts } from '../corpus/shared-texts.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = resolve(arg('--dir') ?? '../shared/data/polnear/train/text');
if (!existsSync(dir)) {
  console.error(`bench: no folder ${dir} (the PolNeAR texts live in ../shared; pass --dir DIR for others)`);
  process.exit(2);
}
const repeat = Number(arg('--repeat') ?? 1);
const names = process.argv.includes('--no-geo') ? DEFAULT_PIPELINE.filter((n) => n !== 'places') : DEFAULT_PIPELINE;
const pipeline = new Pipeline(names);
const textsIn = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(folder, f), 'utf8'));
const texts = textsIn(dir);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// Warm up outside the clock: load the models and the gazetteer, and let V8
// compile and optimise. Its tiers take several hundred articles to settle
// (the first pass over new text also pays for the background compiler), so
// the warm-up is long, and on other articles than the measured ones (PolNeAR
// dev and the geo corpora's news, ~900 articles) so that no memo of the
// measured texts (place names, words) is filled beforehand: the figure is a
// long-running process's rate on articles it has not seen. V8's default JIT budget,
// as a long run has once warm (src/pipeline/jit-budget.ts).
const warmDir = arg('--warmup');
const devDir = join(SHARED, 'data', 'polnear', 'dev', 'text');
// Other articles, unless the measured folder is PolNeAR dev itself or ../shared is missing: then 20 of the measured ones.
const warmOnOthers = !!warmDir || (existsSync(devDir) && resolve(devDir) !== dir);
const warm = warmDir ? textsIn(resolve(warmDir)) : warmOnOthers ? [...polnearTexts('dev'), ...geoTexts()] : texts.slice(0, 20);
for (let b = 0; b < warm.length; b += 32) {
  const docs = warm.slice(b, b + 32).map((t) => new Doc(t));
  for (const c of pipeline.components) for (const doc of docs) c.run(doc);
  for (const doc of docs) JSON.stringify(toLedger(doc));
}

// Documents go through the pipeline in batches (Pipeline.runBatch), as the
// batch CLI and ingest do; --batch 1 runs them one at a time.
const batch = Math.max(1, Number(arg('--batch') ?? 32));
const stageTime = new Map<string, number>(pipeline.components.map((c) => [c.name, 0]));
const start = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < repeat; r++) {
  for (let b = 0; b < texts.length; b += batch) {
    const docs = texts.slice(b, b + batch).map((t) => new Doc(t));
    for (const c of pipeline.components) {
      const t0 = performance.now();
      for (const doc of docs) c.run(doc);
      stageTime.set(c.name, stageTime.get(c.name)! + performance.now() - t0);
    }
    for (const doc of docs) JSON.stringify(toLedger(doc));
  }
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const n = texts.length * repeat;
console.log(`pipeline: ${names.join(' → ')} (batches of ${batch})`);
console.log(`articles: ${n} (${(bytes / 1e6).toFixed(2)} MB × ${repeat}) from ${dir}, after a warm-up on ${warm.length} ${warmOnOthers ? 'other' : 'of these'} articles`);
for (const [name, ms] of stageTime) console.log(`  ${name.padEnd(14)} ${(ms / n).toFixed(3)} ms/article  ${((100 * ms) / (seconds * 1000)).toFixed(1)}%`);
// The process's CPU time counts V8's helper threads too (garbage collection, the optimising compiler).
console.log(`CPU time of all the process's threads: ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms per article`);
console.log(`summary: ${(n / seconds).toFixed(0)} articles/s, ${((bytes * repeat) / 1e6 / seconds).toFixed(2)} MB/s on one core (${seconds.toFixed(2)} s)`);
