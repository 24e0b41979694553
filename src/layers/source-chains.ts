/**
 * Chains a single source mention implies: the outlet that relays a source
 * ("documents seen by The Guardian", "a source told Reuters"). sources.ts
 * resolves what these return, outermost first.
 */
import type { Doc } from '../doc/doc.js';
import { cueLemma } from '../nlp/phrases.js';
import type { Span } from '../doc/span.js';
import { MEDIA_TITLES, RELAY_PARTICIPLES } from './lexicon.js';
import { typeMention } from './source-typing.js';

/**
 * "internal documents seen by The Guardian", "emails obtained by Reuters": a
 * source that reaches the article through an outlet is a chain, outermost
 * (the outlet) first, like "The FT, citing unnamed sources".
 */
export function relayedBy(doc: Doc, m: Span): { outer: Span; inner: Span } | null {
  const first = doc.tokenAt(m.start);
  for (let k = first + 1; k < doc.tokens.length - 2 && doc.tokens[k + 1]!.end <= m.end; k++) {
    const t = doc.tokens[k]!;
    if (!RELAY_PARTICIPLES.has(t.lower) || doc.tokens[k + 1]!.lower !== 'by' || doc.tokens[k + 2]!.start >= m.end) continue;
    if (!doc.tokens.slice(first, k).some((x) => x.pos === 'NOUN')) return null;
    return { inner: { start: m.start, end: doc.tokens[k - 1]!.end }, outer: { start: doc.tokens[k + 2]!.start, end: m.end } };
  }
  return null;
}

/** Words for a medium before its name: "the news agency X", "the daily X". */
const MEDIA_WORDS = new Set(['agency', 'newspaper', 'daily', 'weekly', 'broadcaster', 'channel', 'outlet', 'website', 'magazine', 'paper', 'station', 'network']);

/** The named media outlet a "told" cue names as its listener ("told Reuters", "told the BBC"), if any. */
export function toldOutlet(doc: Doc, cue: Span): Span | null {
  // ("later told": the cue's verb, past any adverb.)
  if (cueLemma(doc, cue) !== 'tell') return null;
  return outletAt(doc, doc.tokenAt(cue.end - 1) + 1);
}

/**
 * The outlet a source spoke to on the way to its cue: "A worker at the plant, speaking to the exiled
 * news outlet Enerhodar Vilne on condition of anonymity, said …".
 */
export function spokenToOutlet(doc: Doc, source: Span, cue: Span): Span | null {
  for (let k = doc.tokenAt(source.end); k < doc.tokens.length && doc.tokens[k]!.end <= cue.start; k++) {
    const t = doc.tokens[k]!;
    if ((t.lower === 'speaking' || t.lower === 'talking') && doc.tokens[k + 1]?.lower === 'to' && doc.tokens[k - 1]?.text === ',') return outletAt(doc, k + 2);
  }
  return null;
}

/** A named outlet's name starting at token `a` (after "the" and a word for a medium, if any). */
function outletAt(doc: Doc, a: number): Span | null {
  if (!doc.tokens[a]) return null;
  // The outlet's name: the capitalised words after the verb ("The Associated Press",
  // whatever their tags: wink reads "Associated" as a verb).
  const sentence = doc.sentences[doc.tokens[a]!.sentence]!;
  if (doc.tokens[a]?.lower === 'the') a++;
  // "told the Kyiv-based news agency Ukrpress": what the outlet is, then its name.
  let described = false;
  for (let k = a; k < Math.min(sentence.endToken, a + 5); k++) {
    if (!MEDIA_WORDS.has(doc.tokens[k]!.lower)) continue;
    if (/^\p{Lu}/u.test(doc.tokens[k + 1]?.text ?? '')) { a = k + 1; described = true; }
    break;
  }
  let b = a;
  while (b < sentence.endToken && /^\p{Lu}/u.test(doc.tokens[b]!.text)) b++;
  if (b === a) return null;
  const toks = doc.tokens.slice(a, b);
  // A named outlet only: "told reporters" names no one who relays.
  // (A name that ends like a paper's is one: "The Northside Courier".)
  if (!toks.some((t) => t.pos === 'PROPN') || (!described && !MEDIA_TITLES.has(toks[toks.length - 1]!.lower) && typeMention(doc, toks).kind !== 'media')) return null;
  return { start: doc.tokens[a]!.start, end: doc.tokens[b - 1]!.end };
}
