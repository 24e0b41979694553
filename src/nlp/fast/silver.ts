/**
 * Silver labels: the wink-based `tokenize` stage's output over a corpus, the
 * reference the fast stage is trained on (PolNeAR train, geo news) and
 * measured against (PolNeAR dev). Used only by train-pos.ts and compare.ts,
 * never at run time.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../../doc/doc.js';

/** ../shared beside the package (src/nlp/fast or dist/nlp/fast alike), or $HEARSAY_SHARED. */
export const SHARED = process.env.HEARSAY_SHARED ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared');

/** The texts of a PolNeAR split, in file-name order (deterministic). */
export function polnearTexts(split: 'train' | 'dev'): string[] {
  const dir = join(SHARED, 'data/polnear', split, 'text');
  if (!existsSync(dir)) throw new Error(`PolNeAR ${split} texts not found at ${dir}`);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Article texts inside the geo corpora's <text><![CDATA[…]]></text> elements. */
export function geoTexts(): string[] {
  const dir = join(SHARED, 'data/geo');
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.xml')).sort()) {
    const xml = readFileSync(join(dir, f), 'utf8');
    const re = /<text>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/text>/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1]!);
  }
  return out;
}

/** wink's tokenize over each text, loaded lazily so run-time code never pulls wink in. */
export async function winkDocs(texts: string[]): Promise<Doc[]> {
  const { tokenizeWink } = await import('../wink-tokenize.js');
  return texts.map((t) => { const d = new Doc(t); tokenizeWink(d); return d; });
}
