/**
 * Certainty from hedges: the words in a claim, or between its source and cue
 * ("officials have reportedly argued"), that leave it less than certain.
 * Modals count only as auxiliaries and not when negated ("could not verify"
 * is no hedge, it is a verification act).
 */
import type { Certainty, Doc, Hedge } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { PHRASE_HEDGES, POSSIBLE_HEDGES, PROBABLE_HEDGES } from './lexicon.js';

const MODALS = new Set(['may', 'might', 'could', 'would', 'should']);
/** Cue verbs that present the content as the source's view rather than a fact. */
const HEDGING_CUES = new Set(['claim', 'allege', 'believe', 'think', 'suspect', 'indicate', 'suggest', 'estimate', 'expect', 'assume', 'speculate', 'fear']);

export function findHedges(doc: Doc, spans: Span[]): Array<Hedge & { level: 'possible' | 'probable' }> {
  const out: Array<Hedge & { level: 'possible' | 'probable' }> = [];
  for (const s of spans) {
    for (let i = doc.tokenAt(s.start); i < doc.tokens.length && doc.tokens[i]!.start < s.end; i++) {
      const t = doc.tokens[i]!;
      const next = doc.tokens[i + 1];
      if (MODALS.has(t.lower) && (t.pos !== 'AUX' || next?.lower === 'not' || next?.lower === "n't")) continue;
      const level = POSSIBLE_HEDGES.has(t.lower) ? 'possible' : PROBABLE_HEDGES.has(t.lower) ? 'probable' : null;
      if (level) out.push({ start: t.start, end: t.end, text: t.text, level });
    }
    const lower = doc.slice(s).toLowerCase();
    for (const [re, level] of PHRASE_HEDGES) {
      for (const m of lower.matchAll(re)) out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: doc.text.slice(s.start + m.index!, s.start + m.index! + m[0].length), level });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function isHedgingCue(lemma: string): boolean {
  return HEDGING_CUES.has(lemma);
}

export function certaintyOf(hedges: Array<{ level: 'possible' | 'probable' }>): Certainty {
  if (hedges.some((h) => h.level === 'possible')) return 'possible';
  if (hedges.length) return 'probable';
  return 'certain';
}
