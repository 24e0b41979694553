/**
 * Chains a single source mention implies: the outlet that relays a source
 * ("documents seen by The Guardian", "a source told Reuters"). sources.ts
 * resolves what these return, outermost first.
 */
import type { Doc } from '../doc/doc.js';
import { cueLemma } from '../nlp/phrases.js';
import type { Span } from '../doc/span.js';
import { MEDIA_NOUNS, MEDIA_TITLES, RELAY_PARTICIPLES } from './lexicon.js';
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
 * news outlet Enerhodar Vilne on condition of anonymity, said …", "An official, quoted by Al Wasat, said …";
 * or before it, opening the sentence: "Speaking to Quang Ngai Radio, …", "In an interview with Al Jazeera, …".
 */
export function spokenToOutlet(doc: Doc, source: Span, cue: Span): Span | null {
  for (let k = doc.tokenAt(source.end); k < doc.tokens.length && doc.tokens[k]!.end <= cue.start; k++) {
    const t = doc.tokens[k]!;
    if ((t.lower === 'speaking' || t.lower === 'talking') && doc.tokens[k + 1]?.lower === 'to' && doc.tokens[k - 1]?.text === ',') return outletAt(doc, k + 2);
    // ("A Libyan coast guard official, quoted by Al Wasat, said": whoever quoted the source relays it.)
    if (t.lower === 'quoted' && doc.tokens[k + 1]?.lower === 'by' && doc.tokens[k - 1]?.text === ',') return namedAt(doc, k + 2, cue.start);
  }
  // ("Speaking to Quang Ngai Radio after returning to port, the captain said": the phrase may open the sentence.)
  const first = doc.sentences[doc.sentenceAt(source.start)]!.firstToken;
  const t = doc.tokens[first];
  if (t && (t.lower === 'speaking' || t.lower === 'talking') && doc.tokens[first + 1]?.lower === 'to' && (doc.tokens[first + 2]?.end ?? Infinity) <= source.start) return outletAt(doc, first + 2);
  // ("In an interview with Al Jazeera, the foreign minister said": whoever held the interview carried the words.)
  const interview = INTERVIEW_WITH.exec(doc.text.slice(doc.tokens[first]?.start ?? source.start, source.start));
  if (interview) {
    const at = doc.tokenAt((doc.tokens[first]?.start ?? 0) + interview[0].length);
    // (A presenter's outlet first: "In an interview with MSNBC's Joe Scarborough" is MSNBC's.)
    return namedAt(doc, at, source.start);
  }
  return null;
}

/** Words for a broadcast, before its name, besides the lexicon's media nouns ("the radio programme X"). */
const BROADCAST_WORDS = new Set(['radio', 'television', 'tv', 'show', 'programme', 'program']);

/** A sentence opened by an interview's host, up to its name: "In an interview with ", "In comments to ", "Speaking on ". */
const INTERVIEW_WITH = /^(?:in\s+(?:an?\s+)?(?:interview|comments|remarks)\s+(?:with|to)|speaking\s+on|writing\s+in)\s+/i;

/** The capitalised name starting at token `a` (after "the"), ending before `limit`: "Al Wasat", "ZNBC", "the state broadcaster ZNBC". */
function namedAt(doc: Doc, a: number, limit: number): Span | null {
  if (doc.tokens[a]?.lower === 'the') a++;
  // (Past what the name is: "the state broadcaster ZNBC"; only a medium's words, not "reporters Thursday".)
  let k = a;
  while (k < a + 4 && doc.tokens[k] && /^\p{Ll}/u.test(doc.tokens[k]!.text) && doc.tokens[k]!.pos !== 'PUNCT') k++;
  if (k > a && /^\p{Lu}/u.test(doc.tokens[k]?.text ?? '')) {
    if (!doc.tokens.slice(a, k).some((t) => MEDIA_WORDS.has(t.lower) || MEDIA_NOUNS.has(t.lower) || BROADCAST_WORDS.has(t.lower))) return null;
    a = k;
  }
  // (A name may end in a number: "Channel 4".)
  let b = a;
  while (doc.tokens[b] && doc.tokens[b]!.end <= limit && (/^\p{Lu}/u.test(doc.tokens[b]!.text) || (b > a && /^\d+$/.test(doc.tokens[b]!.text)))) b++;
  if (b === a) return null;
  // (A day is no outlet: "In comments to reporters Thursday".)
  const span = { start: doc.tokens[a]!.start, end: doc.tokens[b - 1]!.end };
  return doc.entities.some((e) => e.type === 'date' && e.mentions.some((m) => m.start <= span.start && span.end <= m.end)) ? null : span;
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
  // ("told the station", "told the newspaper": a medium the article named before, by its noun.)
  if (b === a && !described && doc.tokens[a - 1]?.lower === 'the' && MEDIA_WORDS.has(doc.tokens[a]?.lower ?? '') && !/^\p{Lu}/u.test(doc.tokens[a + 1]?.text ?? '')) {
    return { start: doc.tokens[a - 1]!.start, end: doc.tokens[a]!.end };
  }
  if (b === a) return null;
  const toks = doc.tokens.slice(a, b);
  // A named outlet only: "told reporters" names no one who relays.
  // (A name that ends like a paper's is one: "The Northside Courier".)
  if (!toks.some((t) => t.pos === 'PROPN') || (!described && !MEDIA_TITLES.has(toks[toks.length - 1]!.lower) && typeMention(doc, toks).kind !== 'media')) return null;
  return { start: doc.tokens[a]!.start, end: doc.tokens[b - 1]!.end };
}

/**
 * Who carried a source's words, named right after its cue: "was quoted by the Hindu newspaper as saying …", "said
 * in comments carried by the state broadcaster RTR that …". The outlet's span, or null.
 */
export function carriedBy(doc: Doc, cue: Span): Span | null {
  const after = doc.text.slice(cue.end, cue.end + 160);
  const m = CARRIED_BY.exec(after);
  const name = m?.[1] ?? m?.[2];
  if (!m || !name) return null;
  const start = cue.end + m.index + m[0].indexOf(name);
  return { start, end: start + name.length };
}
const CARRIED_BY = /^\s*(?:by\s+((?:the\s+)?[^,.;]{1,60}?)\s+as\s+(?:saying|telling)\b|in\s+(?:comments|remarks|an interview|a statement|an article|a post)\s+(?:[\w-]+\s+){0,2}?(?:carried|broadcast|published|aired|posted)\s+(?:by|on)\s+((?:the\s+)?[^,.;]{1,60}?)\s+(?:that|,)\s)/i;

/** Whether a cue is one of quoting: "quoted", "also quoted", "was quoted". */
const isQuotingCue = (doc: Doc, cue: Span): boolean => /\bquot(?:e|es|ed|ing)$/i.test(doc.slice(cue).trim());

/** "TASS quoted [a defence ministry spokesman] as saying …": whom a quoting source quotes, the noun phrase before "as saying". */
export function quotedAsSaying(doc: Doc, cue: Span, content: Span): Span | null {
  if (!isQuotingCue(doc, cue)) return null;
  const m = /^(.{2,100}?)\s+as\s+(?:saying|telling)\b/i.exec(doc.slice(content));
  return m && !/[,;]/.test(m[1]!) ? { start: content.start, end: content.start + m[1]!.length } : null;
}

/**
 * Where the words start in a content the tagger drew over how they came ("a defence ministry spokesman as saying
 * the drones …", "saying that …", "in comments carried by RTR that …"): after the carrier or the quoted source
 * those two functions read, and its "as saying" or "that"; undefined when the content holds no such frame.
 * (Only after a cue of quoting for "as saying": "the report shouldn't be read as saying …" is no relay.)
 */
export function afterRelayFrame(doc: Doc, cue: Span, content: Span): number | undefined {
  const quoting = isQuotingCue(doc, cue);
  const carrier = carriedBy(doc, cue) ?? (quoting ? quotedAsSaying(doc, cue, content) : null);
  const from = carrier && content.start < carrier.end && carrier.end < content.end ? carrier.end : quoting ? content.start : -1;
  const m = from < 0 ? null : (from === content.start ? /^\s*saying(?:\s+that)?\s+(?=\S)/ : /^\s*(?:as\s+saying(?:\s+that)?|that)\s+(?=\S)/).exec(doc.text.slice(from, content.end));
  return m ? from + m[0].length : undefined;
}

