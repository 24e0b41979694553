/**
 * Article texts from ../shared (PolNeAR's splits, the geo corpora's news), for
 * training, measuring and warming up: read in file-name order, so every run
 * sees them in the same order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the package (from src/corpus or dist/corpus alike), or $HEARSAY_SHARED. */
export const SHARED = process.env.HEARSAY_SHARED ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');

/** The texts of a PolNeAR split. */
export function polnearTexts(split: 'train' | 'dev'): string[] {
  const dir = join(SHARED, 'data/polnear', split, 'text');
  if (!existsSync(dir)) throw new Error(`PolNeAR ${split} texts not found at ${dir}`);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Article texts inside the geo corpora's <text><![CDATA[…]]></text> elements (none when ../shared lacks them). */
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
