/**
 * Error classes of the attributions component on PolNeAR dev: every gold
 * span the prediction does not match exactly, classed as missed, boundary
 * (start or end differs), nested (a predicted cue inside gold content), with
 * counts and examples. Used for docs/accuracy-attribution.md.
 *
 * usage: node dist/eval/attribution-errors.js [--shared DIR] [--examples N]
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc/doc.js';
import { trimSpan, type Span } from '../doc/span.js';
import { tokenize } from '../nlp/tokenize.js';
import { loadSplit } from '../attribution/tagger/corpus.js';
import { attributions } from '../attribution/index.js';

const PRONOUN = /^(he|she|they|it|we|i|you|who|which)$/i;
const ov = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

function main(): void {
  const argv = process.argv.slice(2);
  let shared = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared'), shown = 4;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--shared' && argv[i + 1]) shared = resolve(argv[++i]!);
    else if (argv[i] === '--examples' && argv[i + 1]) shown = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (usage: attribution-errors [--shared DIR] [--examples N])`);
  }
  const dev = join(shared, 'data', 'polnear', 'dev');
  if (!existsSync(dev)) throw new Error(`no PolNeAR dev at ${dev}`);
  const count = new Map<string, number>(), examples = new Map<string, string[]>();
  const add = (k: string, e: string) => { count.set(k, (count.get(k) ?? 0) + 1); (examples.get(k) ?? examples.set(k, []).get(k)!).push(e); };
  let goldWithoutSource = 0, goldTotal = 0;
  for (const art of loadSplit(dev)) {
    const d = new Doc(art.text);
    tokenize(d);
    attributions(d); // the pipeline component: tagger, rules, transcripts
    const pred = d.attributions;
    const T = (s: Span) => trimSpan(art.text, s);
    const cues = pred.map((p) => T(p.cue)), contents = pred.flatMap((p) => p.content.map(T));
    const sources = pred.flatMap((p) => (p.sourceMention ? [T(p.sourceMention)] : []));
    const q = (s: Span | undefined) => (s ? JSON.stringify(art.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 100)) : '–');
    for (const g of art.attributions) {
      goldTotal++;
      if (!g.source.length) goldWithoutSource++;
      for (const s of g.cue) {
        if (cues.some((p) => same(p, s))) continue;
        const o = cues.find((p) => ov(p, s));
        if (!o) add(art.text.slice(s.start, s.end) === ':' ? 'cue missed: transcript colon' : 'cue missed', q(s));
        else add('cue boundary', `${q(s)} → ${q(o)}`);
      }
      for (const s of g.source) {
        if (sources.some((p) => same(p, s))) continue;
        const o = sources.find((p) => ov(p, s));
        if (!o) add(PRONOUN.test(art.text.slice(s.start, s.end)) ? 'source missed: pronoun' : 'source missed: other', q(s));
        else add('source boundary', `${q(s)} → ${q(o)}`);
      }
      for (const s of g.content) {
        if (contents.some((p) => same(p, s))) continue;
        const o = contents.filter((p) => ov(p, s));
        if (!o.length) add('content missed', q(s));
        else if (cues.some((p) => p.start >= s.start && p.end <= s.end)) add('content: nested attribution (predicted cue inside gold content)', q(s));
        else if (o.some((p) => p.start === s.start)) add('content: end differs', `${q(s)} → ${q(o[0])}`);
        else if (o.some((p) => p.end === s.end)) add('content: start differs', `${q(s)} → ${q(o[0])}`);
        else add('content: both ends differ', `${q(s)} → ${q(o[0])}`);
      }
    }
  }
  for (const [k, n] of [...count].sort((a, b) => b[1] - a[1])) {
    console.log(`${String(n).padStart(5)}  ${k}`);
    for (const e of examples.get(k)!.slice(0, shown)) console.log(`         ${e}`);
  }
  console.log(`summary: ${goldTotal} gold attributions, ${goldWithoutSource} without a source; ${[...count.values()].reduce((a, b) => a + b, 0)} gold spans not matched exactly`);
}

try {
  main();
} catch (e) {
  console.error(`attribution-errors: ${(e as Error).message}`);
  process.exitCode = 2;
}
