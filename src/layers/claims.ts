/**
 * Claims: one per attribution (its content, with every source of its chain),
 * and one per sentence the article states in its own voice. Certainty comes
 * from hedges in the claim, in the frame between source and cue, and from
 * cues that present a view rather than a fact ("believe", "claimed").
 */
import type { Claim, Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { register } from '../pipeline/registry.js';
import { certaintyOf, findHedges, isHedgingCue } from './hedges.js';

export function claims(doc: Doc): void {
  const out: Claim[] = [];
  for (const a of doc.attributions) {
    // The frame: from the source mention (or the sentence start) to the cue.
    const cueTok = doc.tokens[doc.tokenAt(a.cue.start)];
    // Only a short frame ("officials have reportedly argued"): a participle cue far from its
    // subject (", adding …") would otherwise inherit the hedges of the clause in between.
    const frameStart = a.sourceMention && a.sourceMention.end <= a.cue.start && a.cue.start - a.sourceMention.end <= 40 ? a.sourceMention.end : a.cue.start;
    const frame: Span = { start: frameStart, end: a.cue.end };
    const hedges = findHedges(doc, [...a.content, frame]);
    if (cueTok && isHedgingCue(cueTok.lemma) && !hedges.some((h) => h.start === cueTok.start)) {
      hedges.push({ start: cueTok.start, end: cueTok.end, text: cueTok.text, level: 'probable' });
    }
    out.push({
      id: '', span: a.content, attribution: a.id, sources: a.chain ?? (a.source ? [a.source] : []),
      certainty: certaintyOf(hedges), hedges: hedges.map(({ start, end, text }) => ({ start, end, text })), verification: [],
    });
  }
  // The article's own voice: sentences no attribution covers.
  const covered = (s: Span) => doc.attributions.some((a) => [...a.content, a.cue].some((c) => c.start < s.end && s.start < c.end));
  for (const s of doc.sentences) {
    const toks = doc.tokens.slice(s.firstToken, s.endToken);
    if (!toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || covered(s)) continue;
    const span = trimFinal(doc, s);
    const hedges = findHedges(doc, [span]);
    out.push({ id: '', span: [span], attribution: null, sources: [], certainty: certaintyOf(hedges), hedges: hedges.map(({ start, end, text }) => ({ start, end, text })), verification: [] });
  }
  out.sort((x, y) => x.span[0]!.start - y.span[0]!.start);
  doc.claims = out.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

function trimFinal(doc: Doc, s: Span): Span {
  let end = s.end;
  while (end > s.start && /[\s.]/.test(doc.text[end - 1]!)) end--;
  return { start: s.start, end };
}

register({ name: 'claims', requires: ['sources'], run: claims });
