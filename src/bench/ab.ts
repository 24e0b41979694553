/**
 * Two builds of hearsay in one process, timed alternately on every article:
 * the steadiest comparison this VM allows (its speed drifts by 10–15 % between
 * runs, which swamps small differences between separate `npm run bench` runs).
 *
 *   node dist/bench/ab.js OTHER_ROOT [--polnear DIR]
 *
 * OTHER_ROOT is another checkout, built (`git worktree add /tmp/base REV`,
 * then `npm run build` there); this build is the second of the two.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

type Analyze = (text: string) => unknown;

function texts(dir: string): string[] {
  return readdirSync(dir).sort().filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other) {
    console.error('usage: node dist/bench/ab.js OTHER_ROOT [--polnear DIR]   (OTHER_ROOT: another built checkout)');
    process.exit(2);
  }
  const i = process.argv.indexOf('--polnear');
  const polnear = resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'shared', 'data', 'polnear'));
  const a = ((await import(join(resolve(other), 'dist', 'analyze.js'))) as { analyze: Analyze }).analyze;
  const b = ((await import(new URL('../analyze.js', import.meta.url).href)) as { analyze: Analyze }).analyze;
  const train = texts(join(polnear, 'train', 'text')), dev = texts(join(polnear, 'dev', 'text'));
  // Warm-up on other articles, so that both builds are compiled and settled.
  for (const t of [...dev, ...train.slice(0, 300)]) { a(t); b(t); }
  let ta = 0, tb = 0;
  for (let r = 0; r < 2; r++) {
    for (const t of train) {
      let s = performance.now(); a(t); ta += performance.now() - s;
      s = performance.now(); b(t); tb += performance.now() - s;
    }
  }
  const n = 2 * train.length;
  console.log(`${other}: ${(ta / n).toFixed(3)} ms/article; this build: ${(tb / n).toFixed(3)} ms/article; ratio ${(tb / ta).toFixed(3)} (${train.length} articles × 2, alternating)`);
}

main().catch((e: Error) => { console.error(`ab: ${e.message}`); process.exit(1); });
