/** Renders a Doc's layers as the ledger contract (../shared/design/ledger.md). */
import type { Doc } from '../doc/doc.js';
import type { Ledger } from './types.js';

const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });

export function toLedger(doc: Doc): Ledger {
  const m = doc.meta;
  // (The text as written, and slices of it: see Doc.original.)
  const article: Ledger['article'] = { text: doc.original };
  const slice = (x: { start: number; end: number }) => doc.original.slice(x.start, x.end);
  for (const k of ['title', 'url', 'publisher', 'published', 'byline'] as const) if (m[k]) article[k] = m[k];
  return {
    schema: 'hearsay/ledger@1',
    article,
    sentences: doc.sentences.map(span),
    entities: doc.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, mentions: e.mentions.map(span), ...(e.geo ? { geo: e.geo } : {}),
    })),
    sources: doc.sources.map((s) => ({
      id: s.id, name: s.name, kind: s.kind, anonymous: s.anonymous,
      ...(s.role ? { role: s.role } : {}), ...(s.affiliation ? { affiliation: s.affiliation } : {}),
      ...(s.entity ? { entity: s.entity } : {}), mentions: s.mentions.map(span),
    })),
    attributions: doc.attributions.map((a) => ({
      id: a.id, cue: span(a.cue), cueText: slice(a.cue), source: a.source ?? null,
      sourceMention: a.sourceMention ? span(a.sourceMention) : null, content: a.content.map(span), quote: a.quote,
    })),
    claims: doc.claims.map((c) => ({
      id: c.id, text: c.span.map(slice).join(' … '), span: c.span.map(span), attribution: c.attribution,
      sources: c.sources, certainty: c.certainty, hedges: c.hedges.map((h) => ({ start: h.start, end: h.end, text: slice(h) })),
      verification: c.verification.map((v) => ({ status: v.status, by: v.by, span: span(v.span) })),
    })),
  };
}
