/**
 * `npm run bench`: the whole analysis (every pipeline stage, and the ledger
 * rendered as JSON) of the PolNeAR train texts in one process, on one core.
 * Prints articles/s and MB/s, and the time each stage takes.
 *
 *   npm run bench [-- --dir DIR] [--warmup DIR] [--repeat N] [--no-geo] [--batch N]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PIPELINE } from '../analyze.js';
import { Doc } from '../doc/doc.js';
import { Pipeline } from '../pipeline/registry.js';
import { toLedger } from '../ledger/build.js';

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
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// Warm up outside the clock: load the models and the gazetteer, and let V8
// compile and optimise (its tiers take a few hundred articles to settle). On
// other articles than the measured ones, PolNeAR dev by default, so that no
// memo of the measured texts (place names, words) is filled beforehand.
const warmDir = resolve(arg('--warmup') ?? join(dir, '..', '..', 'dev', 'text'));
const warm = existsSync(warmDir) && warmDir !== dir
  ? readdirSync(warmDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(warmDir, f), 'utf8'))
  : texts.slice(0, 20);
for (const t of warm) JSON.stringify(toLedger(pipeline.run(new Doc(t))));

// Documents go through the pipeline in batches (Pipeline.runBatch), as the
// batch CLI and ingest do; --batch 1 runs them one at a time.
const batch = Math.max(1, Number(arg('--batch') ?? 32));
const stageTime = new Map<string, number>(pipeline.components.map((c) => [c.name, 0]));
const start = performance.now();
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
const n = texts.length * repeat;
console.log(`pipeline: ${names.join(' → ')} (batches of ${batch})`);
console.log(`articles: ${n} (${(bytes / 1e6).toFixed(2)} MB × ${repeat}) from ${dir}, after ${warm.length} warm-up articles${warm.length === 20 ? ` of the same folder` : ` from ${warmDir}`}`);
for (const [name, ms] of stageTime) console.log(`  ${name.padEnd(14)} ${(ms / n).toFixed(3)} ms/article  ${((100 * ms) / (seconds * 1000)).toFixed(1)}%`);
console.log(`summary: ${(n / seconds).toFixed(0)} articles/s, ${((bytes * repeat) / 1e6 / seconds).toFixed(2)} MB/s on one core (${seconds.toFixed(2)} s)`);
