/**
 * What a fresh process pays to load each model before it analyses anything: the attribution
 * tagger (with its boundary re-ranker), the attribution filter, the POS tagger and its tables,
 * the gazetteer. Each is loaded once, in this order, and timed; run it a few times, the first
 * run after a build also reads the files from disk.
 *
 *   node dist/bench/load.js
 */
import { performance } from 'node:perf_hooks';
import { taggerModel } from '../attribution/tagger/index.js';
import { filterModel } from '../attribution/filter.js';
import { useModel } from '../nlp/fast/index.js';
import { gazetteer } from '../geo/gazetteer.js';

const timed = (name: string, load: () => unknown): number => {
  const t = performance.now();
  load();
  const ms = performance.now() - t;
  console.log(`${name.padEnd(22)} ${ms.toFixed(1).padStart(6)} ms`);
  return ms;
};

const total = timed('attribution tagger', () => taggerModel())
  + timed('attribution filter', () => filterModel())
  + timed('POS tagger and tables', () => useModel())
  + timed('gazetteer', () => gazetteer());
console.log(`${'all'.padEnd(22)} ${total.toFixed(1).padStart(6)} ms`);
