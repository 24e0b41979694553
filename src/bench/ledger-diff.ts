/**
 * Whether two builds give the same ledgers: the check every speed change
 * must pass (an optimisation changes how fast, never what). Analyses PolNeAR
 * dev, the first 400 PolNeAR train texts, every .txt fixture, the seed
 * article and the samples with both builds, and compares the ledgers' JSON
 * byte for byte.
 *
 *   node dist/bench/ledger-diff.js OTHER_ROOT
 *
 * OTHER_ROOT is another checkout, built (as for ab.ts); this build is the second.
 * Exits 1 when a ledger differs, naming the first few texts.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from '../corpus/shared-texts.js';

type Analyze = (text: string) => unknown;

const walk = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort().flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : f.endsWith('.txt') ? [p] : [];
}) : []);

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other) {
    console.error('usage: node dist/bench/ledger-diff.js OTHER_ROOT   (OTHER_ROOT: another built checkout)');
    process.exit(2);
  }
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
  const files = [
    ...walk(join(SHARED, 'data', 'polnear', 'dev', 'text')), ...walk(join(SHARED, 'data', 'polnear', 'train', 'text')).slice(0, 400),
    ...walk(join(root, 'test', 'fixtures')), ...walk(join(SHARED, 'examples')), ...walk(join(root, 'examples')),
  ];
  const a = ((await import(join(resolve(other), 'dist', 'analyze.js'))) as { analyze: Analyze }).analyze;
  const b = ((await import(new URL('../analyze.js', import.meta.url).href)) as { analyze: Analyze }).analyze;
  let differ = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (JSON.stringify(a(text)) !== JSON.stringify(b(text)) && ++differ <= 5) console.log(`differs: ${f}`);
  }
  console.log(`${files.length} texts, ${differ} ledgers differ`);
  process.exit(differ ? 1 : 0);
}

void main();
