/**
 * The attribution tagger's cost per article, tokenization excluded: CPU time
 * (process.cpuUsage, so other jobs on the machine count less than in wall
 * time) over PolNeAR train texts, after a warm-up round.
 *
 * usage: node dist/eval/tagger-speed.js [--shared DIR] [--rounds N] [--model FILE]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc/doc.js';
import { tokenize } from '../nlp/tokenize.js';
import { tagAttributions, taggerModel } from '../attribution/tagger/index.js';

const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function main(): void {
  const argv = process.argv.slice(2);
  let shared = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared'), rounds = 3, modelPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--shared' && argv[i + 1]) shared = resolve(argv[++i]!);
    else if (argv[i] === '--rounds' && argv[i + 1]) rounds = Number(argv[++i]);
    else if (argv[i] === '--model' && argv[i + 1]) modelPath = resolve(argv[++i]!);
    else throw new Error(`unknown argument ${argv[i]} (usage: tagger-speed [--shared DIR] [--rounds N] [--model FILE])`);
  }
  const dir = join(shared, 'data', 'polnear', 'train', 'text');
  if (!existsSync(dir)) throw new Error(`no PolNeAR train texts at ${dir}`);
  const m = taggerModel(modelPath);
  if (!m) throw new Error('no model at models/attribution-tagger.bin (npm run train)');
  let t = cpuMs();
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => { const d = new Doc(readFileSync(join(dir, f), 'utf8')); tokenize(d); return d; });
  const tokenizeMs = (cpuMs() - t) / docs.length;
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  for (const d of docs) tagAttributions(d, m); // warm-up
  let sum = 0;
  for (let r = 0; r < rounds; r++) {
    t = cpuMs();
    for (const d of docs) tagAttributions(d, m);
    const ms = (cpuMs() - t) / docs.length;
    sum += ms;
    console.log(`round ${r + 1}: ${ms.toFixed(3)} ms CPU per article`);
  }
  console.log(`summary: tagger ${(sum / rounds).toFixed(3)} ms CPU per article (${docs.length} articles, ${Math.round(tokens / docs.length)} tokens each on average); tokenization (first pass, cold) ${tokenizeMs.toFixed(3)} ms`);
}

try {
  main();
} catch (e) {
  console.error(`tagger-speed: ${(e as Error).message}`);
  process.exitCode = 2;
}
