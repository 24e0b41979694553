/**
 * Turns PolNeAR (train + dev by default) into the JSONL that `hearsay ingest`
 * reads: one article a line with title, text, published, publisher, byline.
 *
 *   npx tsx scripts/polnear-jsonl.ts [POLNEAR_DIR] [--splits train,dev] > polnear.jsonl
 *
 * POLNEAR_DIR defaults to ../shared/data/polnear. The test split is held out
 * and never exported unless asked for by name.
 */
import { resolve } from 'node:path';
import { polnearArticles } from '../src/corpus/polnear.js';

{
  const args = process.argv.slice(2);
  const si = args.indexOf('--splits');
  const splits = si >= 0 ? args.splice(si, 2)[1]!.split(',') : ['train', 'dev'];
  const dir = args[0] ?? resolve(process.cwd(), '../shared/data/polnear');
  try {
    for (const a of polnearArticles(dir, splits)) process.stdout.write(JSON.stringify(a) + '\n');
  } catch (e) {
    console.error(`polnear-jsonl: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
