/**
 * Measures the fast tokenize stage against the wink-based one: agreement on
 * PolNeAR dev and the seed article (token boundaries, POS, lemmas, sentence
 * starts), then ms/article of both over the PolNeAR train texts.
 *
 *   node --max-semi-space-size=64 --import tsx src/nlp/fast/compare.ts [--repeats N] [--model PATH]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../../doc/doc.js';
import { tokenizeFast, useModel } from './index.js';
import { addAgreement, emptyAgreement, report } from './agreement.js';
import { polnearTexts, SHARED } from '../../corpus/shared-texts.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const repeats = args.includes('--repeats') ? Number(args[args.indexOf('--repeats') + 1]) : 5;
  if (args.includes('--model')) useModel(args[args.indexOf('--model') + 1]);
  const { tokenizeWink: tokenize } = await import('../wink-tokenize.js');

  // Agreement first, in a fresh process, so wink reads dev as the pipeline would.
  const dev = polnearTexts('dev');
  const acc = emptyAgreement();
  for (const text of dev) {
    const w = new Doc(text); tokenize(w);
    const f = new Doc(text); tokenizeFast(f);
    addAgreement(acc, w, f);
  }
  console.log(report(`PolNeAR dev (${dev.length} articles)`, acc));
  console.log('  most frequent POS disagreements (wink→fast):',
    [...acc.posConfusions].sort((x, y) => y[1] - x[1]).slice(0, 10).map(([k, n]) => `${k} ${n}`).join(', '));
  const seedPath = join(SHARED, 'examples/seed-article.txt');
  if (existsSync(seedPath)) {
    const seed = readFileSync(seedPath, 'utf8');
    const s = emptyAgreement();
    const w = new Doc(seed); tokenize(w);
    const f = new Doc(seed); tokenizeFast(f);
    addAgreement(s, w, f);
    console.log(report('seed article', s), `· sentences wink ${w.sentences.length}, fast ${f.sentences.length}`);
  }

  // Speed over the train texts: the best and median of several passes each.
  if (repeats < 1) return;
  const train = polnearTexts('train');
  const time = (run: (d: Doc) => void): number[] => {
    const out: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      for (const text of train) run(new Doc(text));
      out.push((performance.now() - t0) / train.length);
    }
    return out.sort((x, y) => x - y);
  };
  const fmt = (xs: number[]) => `best ${xs[0]!.toFixed(3)} median ${xs[xs.length >> 1]!.toFixed(3)} ms/article`;
  const fastTimes = time(tokenizeFast);
  const winkTimes = time(tokenize);
  console.log(`speed on ${train.length} PolNeAR train texts, ${repeats} passes: fast ${fmt(fastTimes)} · wink ${fmt(winkTimes)} · ×${(winkTimes[winkTimes.length >> 1]! / fastTimes[fastTimes.length >> 1]!).toFixed(1)}`);
}

main().catch((e: unknown) => { console.error(`compare: ${e instanceof Error ? e.message : String(e)}`); process.exitCode = 1; });
