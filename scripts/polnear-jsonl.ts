/**
 * Turns PolNeAR (train + dev by default) into the JSONL that `hearsay ingest`
 * reads: one article a line with title, text, published, publisher, byline.
 *
 *   npx tsx scripts/polnear-jsonl.ts [POLNEAR_DIR] [--splits train,dev] > polnear.jsonl
 *
 * POLNEAR_DIR defaults to ../shared/data/polnear. The test split is held out
 * and never exported unless asked for by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface PolnearArticle {
  title: string;
  text: string;
  published: string;
  publisher: string;
  byline: string;
}

export function polnearArticles(dir: string, splits: string[]): PolnearArticle[] {
  const tsv = readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n').filter(Boolean);
  const cols = tsv[0]!.split('\t');
  const col = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`metadata.tsv has no "${name}" column`);
    return i;
  };
  const [cSplit, cFile, cPub, cDate, cAuthor, cTitle] =
    ['compartment', 'filename', 'publisher', 'publication_date', 'author', 'title'].map(col) as [number, number, number, number, number, number];
  const out: PolnearArticle[] = [];
  for (const line of tsv.slice(1)) {
    const f = line.split('\t');
    if (!splits.includes(f[cSplit]!)) continue;
    const path = join(dir, f[cSplit]!, 'text', f[cFile]! + '.txt');
    if (!existsSync(path)) continue;
    out.push({
      title: f[cTitle]!, text: readFileSync(path, 'utf8'), published: f[cDate]!, publisher: f[cPub]!,
      byline: f[cAuthor] === 'None' ? '' : f[cAuthor]!,
    });
  }
  return out;
}

const isMain = process.argv[1] && resolve(process.argv[1]).replace(/\.[jt]s$/, '') === resolve(new URL(import.meta.url).pathname).replace(/\.[jt]s$/, '');
if (isMain) {
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
