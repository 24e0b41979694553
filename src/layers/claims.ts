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
import { isPassiveEvidential } from './evidential.js';
import { isAnonymityRequest, saysNothing } from './says-nothing.js';
import { afterDateline, hasVerb } from '../nlp/phrases.js';
import { afterRelayFrame } from './source-chains.js';
import { VERDICT_PREDICATE } from './lexicon.js';

/** A report verb in the passive: "was reported", "were said", "has been claimed". */
const PASSIVE_REPORT = /\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?(?:reported|said|claimed|alleged|rumou?red|believed|thought)\b/i;

/** A fact-check's verdict that ends what a report's noun introduced: "[The report that X] is false." (from its verb). */
const INLINE_VERDICT = new RegExp(String.raw`\s+${VERDICT_PREDICATE}\s*\.?$`, 'i');

/** Words by which a source passes on another's account. */
const RELAY_WORDS = /\b(?:citing|quoting|cited|quoted)\b/i;

/** Hedges that, inside a source's mention, leave what it shows unsure. */
const REPORT_HEDGES = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'unverified', 'unconfirmed', 'purported', 'alleged']);

export function claims(doc: Doc): void {
  const out: Claim[] = [];
  for (const a0 of doc.attributions) {
    // ("A second hydrologist, who asked [not to be named because …] [the dam's contribution was likely …]": the
    // tagger gave the request and what was then said to one cue; the request says nothing, the rest is the claim.)
    const a = a0.content.length > 1 && isAnonymityRequest(doc, a0) ? { ...a0, content: a0.content.slice(1) } : a0;
    if (saysNothing(doc, a)) continue;
    // A content fragment that is no more than the source's own mention is a
    // mis-tagging, not something said. (A longer fragment that contains it is
    // kept: there the source mention is the likelier error.)
    const m = a.sourceMention;
    const said = asSaid(doc, m ? a.content.filter((c) => !(c.start < m.end && m.start < c.end && c.end - c.start <= (m.end - m.start) + 3)) : a.content, a.cue);
    // ("The television report that prices had nearly doubled is false.": the report's words end before the verdict,
    // and the verdict, the sentence whole, is the article's own claim.)
    // (Only a noun's report, its clause right after it: not "said the claim was false", a report of a verdict.)
    const nounCue = doc.tokens[doc.tokenAt(a.cue.end - 1)]?.pos === 'NOUN' && said.length === 1 && /^\s*that\s/i.test(doc.text.slice(a.cue.end, said[0]!.start + 5));
    const verdict = nounCue ? INLINE_VERDICT.exec(doc.slice(said[0]!)) : null;
    const content = verdict ? [{ start: said[0]!.start, end: said[0]!.start + verdict.index }] : said;
    if (verdict) {
      const sentence = doc.sentences[doc.sentenceAt(a.cue.start)]!;
      const span = trimFinal(doc, sentence);
      out.push({ id: '', span: [span], attribution: null, sources: [], certainty: 'certain', hedges: [], verification: [] });
    }
    if (!content.length) continue;
    // "calling it unconstitutional" tagged with content "it": a lone pronoun says nothing.
    if (content.length === 1 && isLonePronoun(doc, content[0]!)) continue;
    // The frame: from the source mention (or the sentence start) to the cue.
    const cueTok = doc.tokens[doc.tokenAt(a.cue.start)];
    // Only a short frame ("officials have reportedly argued"): a participle cue far from its
    // subject (", adding …") would otherwise inherit the hedges of the clause in between.
    const frameStart = a.sourceMention && a.sourceMention.end <= a.cue.start && a.cue.start - a.sourceMention.end <= 40 ? a.sourceMention.end : a.cue.start;
    const frame: Span = { start: frameStart, end: a.cue.end };
    // (… and the source's own words when they hedge what it is.)
    const hedges = findHedges(doc, [...content, frame]);
    // (… between the source and its cue too: "Other footage, reportedly filmed by residents from a nearby block, showed".)
    const around = m ? [m.end <= a.cue.start && doc.sentenceAt(m.start) === doc.sentenceAt(a.cue.start) ? { start: m.start, end: a.cue.start } : m] : [];
    // (… and before the source, when a participle's subject is the object of a hedged clause: "The tape
    // allegedly features Levan Kiknadze, the minister, telling a businessman that …"; not ", adding", whose
    // subject opens the sentence.)
    if (m && cueTok && /ing$/.test(cueTok.lower) && m.end <= a.cue.start) {
      const s = doc.sentences[doc.sentenceAt(m.start)]!;
      if (s.start < m.start && hasVerb(doc, doc.tokenAt(s.start), doc.tokenAt(m.start))) around.push({ start: s.start, end: m.start });
    }
    for (const h of findHedges(doc, around)) if (REPORT_HEDGES.has(h.text.toLowerCase()) && !hedges.some((x) => x.start === h.start)) hedges.push(h);
    // ("purports to show" with the cue read as "to show": the verb before it presents what follows.)
    // (The tagger may read "purports" as a plural noun, whose lemma is the word itself.)
    const viewTok = cueTok?.lower === 'to' ? doc.tokens[doc.tokenAt(a.cue.start) - 1] : cueTok;
    const viewLemma = viewTok && viewTok !== cueTok && viewTok.pos === 'NOUN' ? viewTok.lower.replace(/s$/, '') : viewTok?.lemma ?? '';
    if (viewTok && isHedgingCue(viewLemma) && !hedges.some((h) => h.start === viewTok.start)) {
      hedges.push({ start: viewTok.start, end: viewTok.end, text: viewTok.text, level: 'probable' });
    }
    // "Fighters are said to have moved …": the subject belongs to what is claimed, and the
    // construction hedges it.
    // ("It was reported on Monday that …", "Police were reported to have …" with the subject taken out:
    // a report that names nobody hedges what it reports.)
    const evidential = isPassiveEvidential(doc, a);
    if (evidential || (!a.sourceMention && PASSIVE_REPORT.test(doc.slice(a.cue)))) {
      // ("is said to have been fined": the construction, "to" included.)
      const to = /^\s?to\b/.exec(doc.text.slice(a.cue.end, a.cue.end + 3));
      const end = to ? a.cue.end + to[0].length : a.cue.end;
      if (!hedges.some((h) => h.start <= a.cue.start && a.cue.end <= h.end)) {
        // (The construction stands for the words inside it: "is expected to", not also "expected to".)
        for (let k = hedges.length - 1; k >= 0; k--) if (hedges[k]!.start >= a.cue.start && hedges[k]!.end <= end) hedges.splice(k, 1);
        hedges.push({ start: a.cue.start, end, text: doc.text.slice(a.cue.start, end), level: 'probable' });
      }
    }
    if (evidential && a.sourceMention !== null) content.unshift(a.sourceMention);
    const sources = a.chain ?? (a.source ? [a.source] : []);
    // What an unnamed source told another, who relays it ("the site, citing sources inside the country,
    // reported"), is second-hand and rests on nobody the reader can weigh: at best probable.
    // (A relay the text spells out, "citing", "quoting": not a chain the sources stage inferred.)
    const relayedAnonymous = sources.length >= 2 && doc.sources.find((s) => s.id === sources[sources.length - 1])?.anonymous === true
      && (a.via.length > 0 || RELAY_WORDS.test(doc.slice(doc.sentences[doc.sentenceAt(a.cue.start)]!)));
    const certainty = certaintyOf(hedges);
    out.push({
      id: '', span: content, attribution: a.id, sources,
      certainty: relayedAnonymous && certainty === 'certain' ? 'probable' : certainty,
      hedges: hedges.map(({ start, end, text }) => ({ start, end, text })), verification: [],
    });
  }
  // The article's own voice: sentences no attribution covers. Sentences are
  // marked once per attribution span (not every span tested per sentence:
  // that was the stage's main cost on long articles).
  const covered = new Uint8Array(doc.sentences.length);
  for (const a of doc.attributions) {
    for (const c of [...a.content, a.cue]) {
      if (c.end <= c.start) continue;
      for (let k = doc.sentenceAt(c.start); k < doc.sentences.length && doc.sentences[k]!.start < c.end; k++) {
        if (doc.sentences[k]!.end > c.start) covered[k] = 1;
      }
    }
  }
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k]!;
    if (covered[k] || !hasVerb(doc, s.firstToken, s.endToken)) continue;
    // (Without a dateline: "NAIROBI, Kenya — An air strike …".)
    const after = datelineEnd(doc, s);
    const span = trimFinal(doc, after !== undefined && after < s.end ? { start: after, end: s.end } : s);
    const hedges = findHedges(doc, [span]);
    out.push({ id: '', span: [span], attribution: null, sources: [], certainty: certaintyOf(hedges), hedges: hedges.map(({ start, end, text }) => ({ start, end, text })), verification: [] });
  }
  out.sort((x, y) => x.span[0]!.start - y.span[0]!.start);
  doc.claims = out.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

/**
 * What was said, as the claim holds it: without the writer's words the tagger's span may take in at either
 * end, and with an estimate's figure it may leave out:
 * - a dateline before it: in "PORTO ALEGRE, Brazil (Reuters) - Heavy rains have killed …, the agency said"
 *   the content may start inside the dateline ("Reuters) - Heavy rains …");
 * - a reply after it: in "Local media reported that a dam had partially collapsed, though the operator,
 *   Ceran, denied that the structure had failed" the denial is Ceran's, which the verification stage reads
 *   as an answer to the report; a comma, a concessive or contrasting conjunction, a short subject and a
 *   verb of answering mark it;
 * - the figure after "put [the toll] at 11".
 * (Here rather than in the attribution stage: its filter is trained on that stage's whole output.)
 */
function asSaid(doc: Doc, content: Span[], cue: Span): Span[] {
  if (!content.length) return content;
  let out = content;
  const first = out[0]!, start = datelineEnd(doc, first) ?? subjectLeftOut(doc, first, cue);
  if (start !== undefined && start !== first.start && start < first.end) out = [{ start, end: first.end }, ...out.slice(1)];
  // ("quoted a defence ministry spokesman as saying the drones …", "was quoted … as saying that …", "said in comments
  // carried by RTR that …": how the words came, not what they say; the words start after it.)
  const head = out[0]!, words = afterRelayFrame(doc, cue, head);
  if (words !== undefined) out = [{ start: words, end: head.end }, ...out.slice(1)];
  const last = out[out.length - 1]!;
  const reply = last.end > cue.end ? REPLY_AFTER.exec(doc.slice(last)) : null;
  if (reply && reply.index > 0) out = [...out.slice(0, -1), { start: last.start, end: last.start + reply.index }];
  const end = out[out.length - 1]!;
  const figure = end.start >= cue.end && /^put(?:s|ting)?$/i.test(doc.slice(cue)) ? ESTIMATE_FIGURE.exec(doc.text.slice(end.end, end.end + 80)) : null;
  if (figure) out = [...out.slice(0, -1), { start: end.start, end: end.end + figure[0].length }];
  return out;
}
/**
 * "…, said at least 3,000 students were seized …": a content that opens on its verb, after the cue, left its
 * subject between the two; where that subject starts (right after the cue), when the words between are a
 * noun phrase, else undefined.
 */
function subjectLeftOut(doc: Doc, s: Span, cue: Span): number | undefined {
  if (s.start <= cue.end) return undefined;
  const T = doc.tokens, k = doc.tokenAt(s.start), verb = T[k];
  if (!verb || verb.start !== s.start || (verb.pos !== 'AUX' && !(verb.pos === 'VERB' && /(?:ed|s)$/.test(verb.lower)))) return undefined;
  const after = doc.tokenAt(cue.end - 1) + 1;
  if (after >= k || T[after]!.sentence !== verb.sentence) return undefined;
  // Back from the verb over the noun phrase; a determiner after a noun opens it ("told reporters [the governor] would").
  let from = k, noun = false;
  for (let i = k - 1; i >= after; i--) {
    const t = T[i]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') noun = true;
    else if (!(t.pos === 'DET' || t.pos === 'ADJ' || /^(?:at|least|most|about|around|some|nearly|almost|more|than|over|up|to)$/.test(t.lower))) return undefined;
    from = i;
    if (t.pos === 'DET' && i > after && (T[i - 1]!.pos === 'NOUN' || T[i - 1]!.pos === 'PROPN')) break;
  }
  return noun ? T[from]!.start : undefined;
}

/** "at 11", "at more than 2,000", "at $4.5 million": the figure an estimate puts a count at. */
const ESTIMATE_FIGURE = /^\s+at\s+(?:(?:at least|about|around|nearly|almost|some|over|roughly|approximately|more than|fewer than|less than|up to|between)\s+)?[$€£]?\d[\d,.]*(?:\s*(?:million|billion|thousand|hundred|percent|per cent|%|bn|m)\b)?(?:\s+(?:and|to)\s+[$€£]?\d[\d,.]*(?:\s*(?:million|billion|thousand|percent|per cent|%))?)?/i;
/**
 * Where a dateline that `s` starts in ends: afterDateline's reading, kept only for a dateline as news
 * writes one, opening its paragraph with a place in capitals or an agency in brackets ("NAIROBI, Kenya —",
 * "Washington (AFP) –"). Not a subject set off by a dash: "Ferguson — a community of over 21,000 — …".
 */
function datelineEnd(doc: Doc, s: Span): number | undefined {
  const end = afterDateline(doc, s);
  if (end === undefined) return undefined;
  const k = doc.sentenceAt(s.start), sentence = doc.sentences[k]!;
  if (k > 0 && doc.sentences[k - 1]!.paragraph === sentence.paragraph) return undefined;
  const head = doc.text.slice(sentence.start, end);
  return /^\p{Lu}[\p{Lu}'’.-]+\b(?:\s+\p{Lu}[\p{Lu}'’.-]+\b)*(?=[\s,])|\([^()]{2,40}\)\s*[—–-]\s*$/u.test(head) ? end : undefined;
}

const REPLY_AFTER = /,\s+(?:though|although|even though|while|whereas|but)\s+(?:[^,;.]{1,60}?|[^,;.]{1,40},\s+[^,;.]{1,40},)\s+(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|insisted|insists|countered|counters|maintained|maintains)\b/;

function isLonePronoun(doc: Doc, s: Span): boolean {
  const i = doc.tokenAt(s.start);
  const t = doc.tokens[i];
  return !!t && t.pos === 'PRON' && t.end >= s.end;
}

function trimFinal(doc: Doc, s: Span): Span {
  let end = s.end;
  while (end > s.start && /[\s.]/.test(doc.text[end - 1]!)) end--;
  return { start: s.start, end };
}

register({ name: 'claims', requires: ['sources'], run: claims });
