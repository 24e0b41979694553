/**
 * How consistently PolNeAR's annotators mark a speech verb's adjuncts as part
 * of the cue: for gold cues that start with a speech verb ("said", "told X",
 * "wrote") followed by a time ("said Friday") or a medium ("said in an
 * interview"), how often the cue takes the adjunct in and how often it stops
 * at the verb. First by split (the gold the scorer reads: the first annotator
 * file of each article), then by annotator over every annotator's file of
 * train and dev. Gold files alone, no prediction. Used for
 * docs/accuracy-attribution.md ("Why the cue target is not met").
 *
 * usage: node dist/eval/cue-conventions.js [--shared DIR]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSplit, parseBrat, type GoldAttribution } from '../attribution/tagger/corpus.js';

const i = process.argv.indexOf('--shared');
const shared = i >= 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]!) : join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');

const VERB = /^(?:said|says|say|told \w+|wrote|added|stated)\b/i;
const TIME = /^\s+(?:(?:on|early|late|last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|then|earlier|later|week|month|year|morning|afternoon|evening|night)\b/;
const MEDIUM = /^\s+(?:in|during|at|on|via|through|over)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:statements?|interviews?|tweets?|posts?|remarks|speech|(?:news|press) conference|briefing|e-?mail|letter|website|rally|event|appearance)\b/i;

interface Tally { timeIn: number; timeOut: number; mediumIn: number; mediumOut: number }
const tally = (): Tally => ({ timeIn: 0, timeOut: 0, mediumIn: 0, mediumOut: 0 });

function count(n: Tally, text: string, attributions: GoldAttribution[]): void {
  for (const a of attributions) {
    if (!a.cue.length) continue;
    const start = a.cue[0]!.start, end = a.cue[a.cue.length - 1]!.end;
    const m = VERB.exec(text.slice(start, end));
    if (!m) continue;
    const verbEnd = start + m[0].length;
    const after = text.slice(verbEnd, verbEnd + 120);
    const takesItIn = end > verbEnd + 1;
    if (TIME.test(after)) takesItIn ? n.timeIn++ : n.timeOut++;
    else if (MEDIUM.test(after)) takesItIn ? n.mediumIn++ : n.mediumOut++;
  }
}

const pct = (a: number, b: number) => (a + b ? `${Math.round((100 * a) / (a + b))}%` : '–');
const line = (n: Tally) => `speech verb + time: cue includes it ${n.timeIn}, stops at the verb ${n.timeOut} (${pct(n.timeIn, n.timeOut)} in); ` +
  `+ medium: includes it ${n.mediumIn}, stops ${n.mediumOut} (${pct(n.mediumIn, n.mediumOut)} in)`;

for (const split of ['train', 'dev']) {
  const n = tally();
  for (const art of loadSplit(join(shared, 'data', 'polnear', split))) count(n, art.text, art.attributions);
  console.log(`${split}: ${line(n)}`);
}

// Files are named <article>_<annotator>.ann: each annotator's own habit, over all their files.
const byAnnotator = new Map<string, Tally & { files: number }>();
for (const split of ['train', 'dev']) {
  const dir = join(shared, 'data', 'polnear', split);
  for (const f of readdirSync(join(dir, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(f);
    if (!m) continue;
    const text = readFileSync(join(dir, 'text', `${m[1]}.txt`), 'utf8');
    const n = byAnnotator.get(m[2]!) ?? { ...tally(), files: 0 };
    byAnnotator.set(m[2]!, n);
    n.files++;
    count(n, text, parseBrat(readFileSync(join(dir, 'attributions', f), 'utf8'), text));
  }
}
for (const [who, n] of [...byAnnotator].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`annotator ${who} (${n.files} files): ${line(n)}`);
