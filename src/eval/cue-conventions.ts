/**
 * How consistently PolNeAR's annotators mark a speech verb's adjuncts as part
 * of the cue: for gold cues that start with a speech verb ("said", "told X",
 * "wrote") followed by a time ("said Friday") or a medium ("said in an
 * interview"), how often the cue takes the adjunct in and how often it stops
 * at the verb. Gold files alone, no prediction. Used for
 * docs/accuracy-attribution.md ("Why the cue target is not met").
 *
 * usage: node dist/eval/cue-conventions.js [--shared DIR]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSplit } from '../attribution/tagger/corpus.js';

const i = process.argv.indexOf('--shared');
const shared = i >= 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]!) : join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');

const VERB = /^(?:said|says|say|told \w+|wrote|added|stated)\b/i;
const TIME = /^\s+(?:(?:on|early|late|last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|then|earlier|later|week|month|year|morning|afternoon|evening|night)\b/;
const MEDIUM = /^\s+(?:in|during|at|on|via|through|over)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:statements?|interviews?|tweets?|posts?|remarks|speech|(?:news|press) conference|briefing|e-?mail|letter|website|rally|event|appearance)\b/i;

for (const split of ['train', 'dev']) {
  const n = { timeIn: 0, timeOut: 0, mediumIn: 0, mediumOut: 0 };
  for (const art of loadSplit(join(shared, 'data', 'polnear', split))) {
    for (const a of art.attributions) {
      if (!a.cue.length) continue;
      const start = a.cue[0]!.start, end = a.cue[a.cue.length - 1]!.end;
      const m = VERB.exec(art.text.slice(start, end));
      if (!m) continue;
      const verbEnd = start + m[0].length;
      const after = art.text.slice(verbEnd, verbEnd + 120);
      const takesItIn = end > verbEnd + 1;
      if (TIME.test(after)) takesItIn ? n.timeIn++ : n.timeOut++;
      else if (MEDIUM.test(after)) takesItIn ? n.mediumIn++ : n.mediumOut++;
    }
  }
  console.log(`${split}: speech verb + time: cue includes it ${n.timeIn}, stops at the verb ${n.timeOut}; ` +
    `+ medium: includes it ${n.mediumIn}, stops ${n.mediumOut}`);
}
