/**
 * Certainty from hedges: the words in a claim, or between its source and cue
 * ("officials have reportedly argued"), that leave it less than certain.
 * Modals count only as auxiliaries and not when negated ("could not verify"
 * is no hedge, it is a verification act).
 */
import type { Certainty, Doc, Hedge, Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { PHRASE_HEDGES, POSSIBLE_HEDGES, PROBABLE_HEDGES } from './lexicon.js';
import { lowerCaseText, mayHoldAny } from '../doc/lower-text.js';

const MODALS = new Set(['may', 'might', 'could', 'would', 'should']);
/** Cue verbs that present the content as the source's view rather than a fact. */
const HEDGING_CUES = new Set(['claim', 'allege', 'accuse', 'believe', 'think', 'suspect', 'indicate', 'suggest', 'estimate', 'expect', 'assume', 'speculate', 'fear']);
/** Cue verbs that present the content as how something looks ("appear to be consistent with", "purports to show"). */
const APPEARANCE_CUES = new Set(['appear', 'seem', 'purport']);

/** What a word is to the hedge test (bits): a modal, a possible hedge, a probable one. */
const MODAL = 1, POSSIBLE = 2, PROBABLE = 4;
const HEDGE_WORDS = new Map<string, number>();
for (const w of MODALS) HEDGE_WORDS.set(w, MODAL);
for (const w of POSSIBLE_HEDGES) HEDGE_WORDS.set(w, (HEDGE_WORDS.get(w) ?? 0) | POSSIBLE);
for (const w of PROBABLE_HEDGES) HEDGE_WORDS.set(w, (HEDGE_WORDS.get(w) ?? 0) | PROBABLE);

/** The shortest hedge word, and whether all open with a-z (else hedgeBits looks every word up). */
let MIN_HEDGE_LENGTH = Infinity, ASCII_OPENED = true;
for (const w of HEDGE_WORDS.keys()) {
  MIN_HEDGE_LENGTH = Math.min(MIN_HEDGE_LENGTH, w.length);
  const c = w.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) ASCII_OPENED = false;
}

/**
 * Each token's HEDGE_WORDS bits, read once per document: claims ask for the hedges of
 * overlapping spans (content, frame, the words around the source, every sentence), and three or four
 * Set lookups per token per span were most of findHedges. Tokens do not change after tokenizing.
 */
const tokenBits = new WeakMap<Token[], Uint8Array>();
function hedgeBits(tokens: Token[]): Uint8Array {
  let bits = tokenBits.get(tokens);
  if (!bits || bits.length !== tokens.length) {
    bits = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.lower, c = w.charCodeAt(0);
      // (Every hedge word and modal starts with a lower-case ASCII letter and has three letters or more:
      // punctuation, figures and "a", "of", "to" need no lookup.)
      if ((!ASCII_OPENED || (c >= 97 && c <= 122)) && w.length >= MIN_HEDGE_LENGTH) bits[i] = HEDGE_WORDS.get(w) ?? 0;
    }
    tokenBits.set(tokens, bits);
  }
  return bits;
}

export function findHedges(doc: Doc, spans: Span[]): Array<Hedge & { level: 'possible' | 'probable' }> {
  const out: Array<Hedge & { level: 'possible' | 'probable' }> = [];
  const T = doc.tokens, bits = hedgeBits(T);
  for (const s of spans) {
    for (let i = doc.tokenAt(s.start); i < T.length && T[i]!.start < s.end; i++) {
      const b = bits[i]!;
      if (b === 0) continue; // most words: no modal, no hedge
      const t = T[i]!;
      const next = T[i + 1];
      // ("could not", "would not" are inability and refusal; "may not", "might not" still hedge: "may not lead to a deal".)
      if ((b & MODAL) && (t.pos !== 'AUX' || ((next?.lower === 'not' || next?.lower === "n't") && t.lower !== 'may' && t.lower !== 'might'))) continue;
      const level = b & POSSIBLE ? 'possible' : b & PROBABLE ? 'probable' : null;
      // "appears to", "is thought to", "likely to": the hedge is the raising construction, "to" included.
      // ("may have been launched": a modal's perfect is part of its hedge.)
      const end = !(b & MODAL) && next?.lower === 'to' && next.start - t.end <= 1 ? next.end
        : (b & MODAL) && next?.lower === 'have' && /^(?:VERB|AUX)$/.test(T[i + 2]?.pos ?? '') && T[i + 2]?.lower !== 'to' ? next.end : t.end;
      if (level) out.push({ start: t.start, end, text: doc.text.slice(t.start, end), level });
    }
    for (const p of phraseHedges(doc)) if (s.start <= p.start && p.end <= s.end) out.push({ ...p });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // (A word inside a phrase found too, "unclear" of "it's unclear", is one hedge: the phrase.)
  return out.filter((h, i) => !out.some((o, j) => j !== i && o.start <= h.start && h.end <= o.end && (o.end - o.start > h.end - h.start || j < i)));
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

/** Whether a cue leaves what it reports less than certain: a view ("believe", "claimed") or an appearance ("appears to"). */
export function isHedgingCue(lemma: string): boolean {
  return HEDGING_CUES.has(lemma) || APPEARANCE_CUES.has(lemma);
}

/**
 * Whether a cue presents its content as its source's view ("believe", "claimed"): what the attribution
 * filter keeps for the claims layer whatever the tagger's confidence (filter.ts). (Not an appearance:
 * keeping every "appears to" the tagger proposed cost PolNeAR dev 0.1 of strict and partial F1.)
 */
export function presentsView(lemma: string): boolean {
  return HEDGING_CUES.has(lemma);
}

export function certaintyOf(hedges: Array<{ level: 'possible' | 'probable' }>): Certainty {
  if (hedges.some((h) => h.level === 'possible')) return 'possible';
  if (hedges.length) return 'probable';
  return 'certain';
}
