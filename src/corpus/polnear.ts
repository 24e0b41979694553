/**
 * PolNeAR (metadata.tsv + <split>/text/<article>.txt) as articles with their
 * metadata, in the shape `hearsay ingest` reads from JSONL. The test split is
 * held out: it is read only when asked for by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

