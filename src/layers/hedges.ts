/**
 * Certainty from hedges: the words in a claim, or between its source and cue
 * ("officials have reportedly argued"), that leave it less than certain.
 * Modals count only as auxiliaries and not when negated ("could not verify"
 * is no hedge, it is a verification act).
 */
import type { Certainty, Doc, Hedge } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { PHRASE_HEDGES, POSSIBLE_HEDGES, PROBABLE_HEDGES } from './lexicon.js';
import { lowerCaseText, mayHoldAny } from '../doc/lower-text.js';

const MODALS = new Set(['may', 'might', 'could', 'would', 'should']);
/** Cue verbs that present the content as the source's view rather than a fact. */
const HEDGING_CUES = new Set(['claim', 'allege', 'accuse', 'believe', 'think', 'suspect', 'indicate', 'suggest', 'estimate', 'expect', 'assume', 'speculate', 'fear']);

export function findHedges(doc: Doc, spans: Span[]): Array<Hedge & { level: 'possible' | 'probable' }> {
  const out: Array<Hedge & { level: 'possible' | 'probable' }> = [];
  for (const s of spans) {
    for (let i = doc.tokenAt(s.start); i < doc.tokens.length && doc.tokens[i]!.start < s.end; i++) {
      const t = doc.tokens[i]!;
      const next = doc.tokens[i + 1];
      if (MODALS.has(t.lower) && (t.pos !== 'AUX' || next?.lower === 'not' || next?.lower === "n't")) continue;
      const level = POSSIBLE_HEDGES.has(t.lower) ? 'possible' : PROBABLE_HEDGES.has(t.lower) ? 'probable' : null;
      // "appears to", "is thought to", "likely to": the hedge is the raising construction, "to" included.
      const end = !MODALS.has(t.lower) && next?.lower === 'to' && next.start - t.end <= 1 ? next.end : t.end;
      if (level) out.push({ start: t.start, end, text: doc.text.slice(t.start, end), level });
    }
    for (const p of phraseHedges(doc)) if (s.start <= p.start && p.end <= s.end) out.push({ ...p });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The phrase hedges of the whole text ("if true", "it is unclear"), found once
 * per document: claims ask for them span by span, and lower-casing and
 * scanning every span again cost more than the rest of the claims stage.
 */
const phraseCache = new WeakMap<Doc, Array<Hedge & { level: 'possible' | 'probable' }>>();
function phraseHedges(doc: Doc): Array<Hedge & { level: 'possible' | 'probable' }> {
  let found = phraseCache.get(doc);
  if (found) return found;
  found = [];
  const lower = lowerCaseText(doc);
  // toLowerCase keeps offsets for the text news is written in; where it would
  // not (a few non-Latin letters grow), match on the original instead.
  const text = lower.length === doc.text.length ? lower : doc.text;
  for (const [re, level, words] of PHRASE_HEDGES) {
    if (!mayHoldAny(doc, words)) continue;
    for (const m of text.matchAll(text === lower ? re : new RegExp(re.source, re.flags + 'i'))) {
      found.push({ start: m.index!, end: m.index! + m[0].length, text: doc.text.slice(m.index!, m.index! + m[0].length), level });
    }
  }
  phraseCache.set(doc, found);
  return found;
}

export function isHedgingCue(lemma: string): boolean {
  return HEDGING_CUES.has(lemma);
}

export function certaintyOf(hedges: Array<{ level: 'possible' | 'probable' }>): Certainty {
  if (hedges.some((h) => h.level === 'possible')) return 'possible';
  if (hedges.length) return 'probable';
  return 'certain';
}
