// Hand-built ledgers for store and corpus tests: the clustering, origin and
// duplicate logic is tested on exactly the claims and sources we choose,
// independent of what the analysis layers find today.
import type { Ledger } from '../src/ledger/types.js';

export interface ClaimSpec {
  text: string;
  /** The chain behind the claim, outermost first: [name, anonymous]. Empty: the outlet's own voice. */
  chain?: Array<[string, boolean]>;
}

export interface ArticleSpec {
  publisher?: string;
  published?: string;
  title?: string;
  url?: string;
  /** Extra text around the claims (makes articles differ for duplicate detection). */
  filler?: string;
  claims: ClaimSpec[];
}

export function makeLedger(spec: ArticleSpec): Ledger {
  let text = spec.title ? spec.title + '.\n\n' : '';
  const sources: Ledger['sources'] = [];
  const sourceId = (name: string, anonymous: boolean) => {
    let s = sources.find((x) => x.name === name);
    if (!s) {
      s = { id: `s${sources.length + 1}`, name, kind: anonymous ? 'unspecified' : 'person', anonymous, mentions: [] };
      sources.push(s);
    }
    return s.id;
  };
  const claims: Ledger['claims'] = [];
  for (const [i, c] of spec.claims.entries()) {
    const prefix = c.chain?.length ? c.chain.map(([n]) => n).join(', citing ') + ' said that ' : '';
    const start = text.length + prefix.length;
    text += prefix + c.text + '. ';
    const ids = (c.chain ?? []).map(([n, anon]) => sourceId(n, anon));
    claims.push({
      id: `c${i + 1}`, text: c.text, span: [{ start, end: start + c.text.length }], attribution: null, sources: ids,
      certainty: 'certain', hedges: [], verification: [],
    });
  }
  if (spec.filler) text += '\n\n' + spec.filler;
  return {
    schema: 'hearsay/ledger@1',
    article: { text, title: spec.title, url: spec.url, publisher: spec.publisher, published: spec.published },
    sentences: [], entities: [], sources, attributions: [], claims,
  };
}

/** Deterministic filler prose so articles differ (or, when the same seed is used, are copies). */
export function filler(seed: number, words = 120): string {
  const vocab = ['council', 'budget', 'river', 'vote', 'school', 'bridge', 'harbour', 'station', 'market', 'winter', 'road',
    'hospital', 'court', 'mayor', 'plan', 'season', 'factory', 'farm', 'library', 'museum', 'tower', 'village', 'coast', 'field'];
  let x = seed * 2654435761 >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out.push(vocab[x % vocab.length]!);
  }
  return out.join(' ') + '.';
}
