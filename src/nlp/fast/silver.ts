/**
 * Silver labels: the wink-based `tokenize` stage's output over a corpus, the
 * reference the fast stage is trained on (PolNeAR train, geo news) and
 * measured against (PolNeAR dev). Used only by train-pos.ts and compare.ts,
 * never at run time.
 */
import { Doc } from '../../doc/doc.js';

/** wink's tokenize over each text, loaded lazily so run-time code never pulls wink in. */
export async function winkDocs(texts: string[]): Promise<Doc[]> {
  const { tokenizeWink } = await import('../wink-tokenize.js');
  return texts.map((t) => { const d = new Doc(t); tokenizeWink(d); return d; });
}
