/**
 * Imported first, for its effect, by the `hearsay` command and the benchmarks: lets V8 watch a
 * function run longer before it optimises it.
 *
 * Why: a hearsay process that ingests or analyses a few hundred articles spends a third of its
 * analysis time warming up (the first 128 PolNeAR articles took 8.7 ms each, the models' loading
 * included, and 2.1 ms once warm). With V8's default budget the optimising compiler starts on
 * functions that have seen too few kinds of input, and throws much of that code away again
 * ("wrong map", "insufficient type feedback"): over three passes of the 924 PolNeAR texts, 198
 * deoptimisations with the default and 78 with this budget; in the first pass, 1280 compilation
 * jobs against 576, and the compiler's threads' CPU from 3.8 to 1.4 ms per article. Eight times
 * the default budget (67584 on Node 20) made the ingest of the 924 PolNeAR articles about 10%
 * faster on both cores, and about 28% faster on one (`taskset -c 0`), where the compiler's threads
 * take turns with the analysis. A warmed-up analysis is 2–10% slower, so the default comes back
 * once the analysis is warm (analysedSoFar). Figures and commands: docs/performance.md.
 *
 * It is set before anything runs, so no function of the analysis starts with the default (set
 * later, once the modules were loaded but before any analysis, it helped as much: what counts is
 * that the analysis has not run yet). This module imports nothing of hearsay's own.
 *
 * Only on the V8 it was measured on (Node 20's 11.x): another engine keeps its defaults until
 * someone measures it, and could reject the flag with a message on stderr.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's own budget on Node 20. */
const DEFAULT_BUDGET = 67584;
const JIT_BUDGET = 8 * DEFAULT_BUDGET;
/**
 * Articles after which the analysis is warm and the default budget comes back: a long run (an
 * ingest of thousands of articles) is then as fast as without this module. By 700–900 articles
 * a first pass over PolNeAR runs at its later passes' speed (`dist/bench/warmup.js`).
 */
const WARM_AFTER = 1000;

let raised = false;
if (process.versions.v8.startsWith('11.') && !process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) {
  setFlagsFromString(`--interrupt-budget=${JIT_BUDGET}`);
  raised = true;
}

/** Told how many articles this process has analysed: restores V8's default budget once they are WARM_AFTER. */
export function analysedSoFar(n: number): void {
  if (raised && n >= WARM_AFTER) {
    setFlagsFromString(`--interrupt-budget=${DEFAULT_BUDGET}`);
    raised = false;
  }
}
