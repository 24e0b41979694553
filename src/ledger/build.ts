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
    // (Optional fields set in place of object spreads, in the same order: the JSON is the same.)
    entities: doc.entities.map((e) => {
      const out: Ledger['entities'][number] = { id: e.id, type: e.type, name: e.name, mentions: e.mentions.map(span) };
      if (e.geo) out.geo = e.geo;
      return out;
    }),
    sources: doc.sources.map((s) => {
      const out: Ledger['sources'][number] = { id: s.id, name: s.name, kind: s.kind, anonymous: s.anonymous } as Ledger['sources'][number];
      if (s.role) out.role = s.role;
      if (s.affiliation) out.affiliation = s.affiliation;
      if (s.entity) out.entity = s.entity;
      out.mentions = s.mentions.map(span);
      return out;
    }),
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
