/**
 * What a fresh process pays before the analysis runs at full speed: the 924 PolNeAR train+dev
 * texts analysed three times in one process, batches of 16 as the ingest does. Per pass: wall
 * time per article, by windows of 128 articles, and the CPU of each of the process's threads
 * (the analysis's own, and V8's compiler and collector threads).
 *
 *   node --max-semi-space-size=64 dist/bench/warmup.js [--passes N]
 *   node --max-semi-space-size=64 --interrupt-budget=67584 dist/bench/warmup.js   # V8's default budget
 *
 * Thread CPU comes from /proc (Linux), in 10 ms ticks: read it over a whole pass, not a window.
 */
// First: the CLI's JIT budget, unless the command line sets one, raised until WARM_AFTER articles as in `hearsay ingest` (see the module).
import { analysedSoFar } from '../pipeline/jit-budget.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeBatch } from '../analyze.js';
import { polnearArticles } from '../corpus/polnear.js';
import { SHARED } from '../corpus/shared-texts.js';

const WINDOW = 128;
const BATCH = 16;

/** CPU milliseconds of each thread of this process, by thread id (empty where /proc is missing). */
function threadCpu(): Map<string, { name: string; ms: number }> {
  const out = new Map<string, { name: string; ms: number }>();
  if (!existsSync('/proc/self/task')) return out;
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks of 10 ms.
    out.set(tid, { name, ms: (Number(fields[11]) + Number(fields[12])) * 10 });
  }
  return out;
}

const i = process.argv.indexOf('--passes');
const passes = i >= 0 ? Number(process.argv[i + 1]) : 3;
const arts = polnearArticles(`${SHARED}/data/polnear`, ['train', 'dev']);
console.log(`${arts.length} PolNeAR texts, ${passes} passes, batches of ${BATCH}; V8 flags: ${process.execArgv.join(' ') || '(none)'}`);
for (let pass = 0; pass < passes; pass++) {
  const before = threadCpu();
  const start = performance.now();
  let windowStart = start;
  const windows: string[] = [];
  for (let k = 0; k < arts.length; k += BATCH) {
    analyzeBatch(arts.slice(k, k + BATCH).map((a) => ({ text: a.text, meta: {} })));
    analysedSoFar(pass * arts.length + Math.min(k + BATCH, arts.length));
    if ((k + BATCH) % WINDOW === 0) {
      const now = performance.now();
      windows.push(((now - windowStart) / WINDOW).toFixed(2));
      windowStart = now;
    }
  }
  const wall = (performance.now() - start) / arts.length;
  const threads = [...threadCpu()]
    .map(([tid, t]) => ({ tid, ms: t.ms - (before.get(tid)?.ms ?? 0) }))
    .filter((t) => t.ms > 0);
  const main = threads.find((t) => t.tid === String(process.pid));
  const helpers = threads.filter((t) => t !== main).reduce((n, t) => n + t.ms, 0);
  console.log(`pass ${pass + 1}: ${wall.toFixed(2)} ms per article (by ${WINDOW}: ${windows.join(' ')}); ` +
    `CPU per article: this thread ${((main?.ms ?? 0) / arts.length).toFixed(2)} ms, other threads ${(helpers / arts.length).toFixed(2)} ms`);
}
