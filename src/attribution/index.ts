/**
 * The 'attributions' pipeline component: the trained tagger (tagger/) merged
 * with the pattern rules (rules.ts; see merge.ts for which wins where), and
 * the turns of interview transcripts (transcript.ts) and quotations signed
 * after a dash (signature.ts), which win over both;
 * then a cue still without a source takes the subject before it (subject.ts).
 * A relay participle taken for the cue is repaired first (relay.ts).
 * Last, a learned filter drops the attributions unlikely to be real (filter.ts).
 */
import { newAttribution, type Attribution, type Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { register } from '../pipeline/registry.js';
import { afterDateline } from '../nlp/phrases.js';
import { A_TIME, HUMAN_NOUNS, ROLE_NOUNS, SPEAKING_BODIES, WEEKDAY, singularOf } from '../layers/lexicon.js';
import { invertedNameReports, ruleAttributions } from './rules.js';
import { tagAttributions } from './tagger/index.js';
import { quoteKind } from './tagger/link.js';
import { mergeAttributions, withInvertedSpeakers } from './merge.js';
import { transcriptAttributions, withTranscripts } from './transcript.js';
import { signedQuotations, withSignatures } from './signature.js';
import { withoutPassiveSubjects, withParentheticalPronounsRepaired, withParticipleClausesCut, withSubjectSources } from './subject.js';
import { withRelaysRepaired } from './relay.js';
import { withInterruptedContent } from './interrupted.js';
import { withoutSpeechMedium } from './medium.js';
import { withoutUnlikely } from './filter.js';
import { holdsVerificationAct } from '../layers/verification.js';
import { SPEECH_VERBS } from './cues.js';

/**
 * A cue that is an adjective before its noun ("a reported support
 * initiative", "the alleged plot") qualifies that noun; nobody says anything
 * there. The hedge it carries is still read by the claims stage.
 */
function attributiveCue(doc: Doc, a: Attribution): boolean {
  let adjBeforeNoun = false;
  for (let i = doc.tokenAt(a.cue.start); i < doc.tokens.length && doc.tokens[i]!.start < a.cue.end; i++) {
    const t = doc.tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'PUNCT') return false;
    if (t.pos === 'ADJ' && doc.tokens[i + 1]?.pos === 'NOUN' && doc.tokens[i + 1]!.sentence === t.sentence) adjBeforeNoun = true;
  }
  return adjBeforeNoun;
}

/**
 * "who asked not to be named", "who spoke on condition of anonymity": a
 * source's request not to be named is about the source, not a claim.
 */
const ANONYMITY_REQUEST = /^(?:not to be (?:named|identified)|on (?:the )?condition (?:of|that) (?:anonymity|he|she|they)|to remain anonymous|anonymity)\b/i;
/** "… because he was not authorised to talk to the media": why the source is unnamed, not what it said. */
const NOT_AUTHORISED = /\bauthori[sz]ed(?: to (?:speak|talk|comment|discuss))?$/i, TO_SPEAK = /^(?:to )?(?:speak|talk|comment|discuss)\b/i;
const anonymityRequest = (doc: Doc, a: Attribution): boolean => a.content.length === 1
  && (ANONYMITY_REQUEST.test(doc.slice(a.content[0]!)) || (NOT_AUTHORISED.test(doc.slice(a.cue)) && TO_SPEAK.test(doc.slice(a.content[0]!))));

/**
 * "…, a claim this newspaper could not independently verify": the noun names what was just reported
 * and the clause after it is the newspaper's check of it (the verification layer reads it), not a
 * claim someone made.
 */
const APPOSITIVE_NOUN_CUE = /^(?:claim|allegation|assertion|accusation)$/i, BEFORE_APPOSITIVE = /,\s*(?:an?\s+)?$/;
const appositiveClaim = (doc: Doc, a: Attribution): boolean => APPOSITIVE_NOUN_CUE.test(doc.slice(a.cue).replace(/^an?\s+/i, ''))
  && BEFORE_APPOSITIVE.test(doc.text.slice(Math.max(0, a.cue.start - 6), a.cue.start))
  && a.content.some((c) => c.start > a.cue.start && holdsVerificationAct(doc.slice(c).toLowerCase()));

/**
 * A time is no cue: in "reported on Wednesday [night] that …" the tagger may take the word before "that"
 * for it. The report verb a few words before is the cue; without one, or when another attribution
 * already has that verb, the attribution goes.
 */
function withTimeCuesMoved(doc: Doc, found: Attribution[]): Attribution[] {
  if (!found.some((a) => A_TIME.test(doc.slice(a.cue)))) return found;
  const out: Attribution[] = [];
  for (const a of found) {
    if (!A_TIME.test(doc.slice(a.cue))) { out.push(a); continue; }
    const k = doc.tokenAt(a.cue.start), T = doc.tokens;
    let v = -1;
    for (let i = k - 1; i >= 0 && k - i <= 4 && T[i]!.sentence === T[k]!.sentence; i--) if (T[i]!.pos === 'VERB' && SPEECH_VERBS.has(T[i]!.lemma)) { v = i; break; }
    if (v < 0 || found.some((b) => b !== a && b.cue.start <= T[v]!.start && T[v]!.end <= b.cue.end)) continue;
    out.push({ ...a, cue: { start: T[v]!.start, end: T[v]!.end } });
  }
  return out;
}

/**
 * "he estimated [about] a third by value": a word that qualifies a figure ("about", "around",
 * "nearly", "roughly", "some") ends no cue; it opens the content that the figure is in.
 */
function withFigureQualifierInContent(doc: Doc, a: Attribution): Attribution {
  const T = doc.tokens, last = doc.tokenAt(a.cue.end - 1), t = T[last];
  if (!t || last === doc.tokenAt(a.cue.start) || !FIGURE_QUALIFIERS.has(t.lower)) return a;
  const next = T[last + 1];
  // (Only before a figure: "talked about the economy" is a cue of its own.)
  // ("talked about one thing": "one" alone counts nothing.)
  const figure = !!next && ((next.pos === 'NUM' && next.lower !== 'one') || (/^(?:a|an|one)$/.test(next.lower) && FRACTIONS.test(T[last + 2]?.lower ?? '')));
  const c = figure ? a.content.findIndex((x) => x.start === next!.start) : -1;
  if (c < 0) return a;
  const content = a.content.slice();
  content[c] = { start: t.start, end: content[c]!.end };
  return { ...a, cue: { start: a.cue.start, end: T[last - 1]!.end }, content };
}
const FRACTIONS = /^(?:half|third|quarter|fifth|tenth|dozen|hundred|thousand|million|billion)s?$/;
const FIGURE_QUALIFIERS = new Set(['about', 'around', 'nearly', 'roughly', 'approximately', 'almost', 'some', 'over', 'under']);


/** A source mention holds no dateline ("BRUSSELS - The Commission said"): the tagger's span sometimes runs on over it. */
function trimmedSource(doc: Doc, a: Attribution): Attribution {
  if (!a.sourceMention) return a;
  if (A_TIME.test(doc.slice(a.sourceMention))) return { ...a, sourceMention: null };
  const start = afterDateline(doc, a.sourceMention) ?? a.sourceMention.start;
  const text = doc.text.slice(start, a.sourceMention.end);
  const aside = ASIDE_AFTER.exec(text);
  const end = aside && aside.index > 0 ? start + aside.index : a.sourceMention.end;
  return start === a.sourceMention.start && end === a.sourceMention.end ? a : { ...a, sourceMention: { start, end } };
}

/**
 * A source cut before its noun ("[A] parents' association formed after the first deaths says"):
 * a span that ends in a determiner, adjective or number runs on through the noun phrase after
 * it, to its last noun, as long as that stays before the cue.
 */
function withNounCompleted(doc: Doc, a: Attribution): Attribution {
  const m = a.sourceMention;
  if (!m || m.end > a.cue.start) return a;
  const T = doc.tokens, last = doc.tokenAt(m.end - 1), t = T[last];
  if (!t || t.end !== m.end || !(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM')) return a;
  let end = -1;
  for (let k = last + 1; k < T.length && T[k]!.sentence === t.sentence && T[k]!.end <= a.cue.start; k++) {
    const x = T[k]!;
    if (x.pos === 'NOUN' || x.pos === 'PROPN') end = k;
    else if (!(x.pos === 'ADJ' || x.pos === 'NUM' || /^['’]s?$/.test(x.text) || x.text === '-')) break;
  }
  if (end < 0) return a;
  // (Only a noun for who may speak: a name, a person, an office, a group. "[even a] passing promise
  // that …", "the move for …" name nobody.)
  const head = T[end]!;
  const w = singularOf(head.lower);
  if (head.pos !== 'PROPN' && !HUMAN_NOUNS.has(w) && !ROLE_NOUNS.has(w) && !SPEAKING_BODIES.has(w)) return a;
  return { ...a, sourceMention: { start: m.start, end: head.end } };
}

/**
 * What follows the speaker in the sentence is not the speaker: a comparison ("Hillary Clinton,
 * like Obama,"), the occasion ("Hillary Clinton, at a later press gaggle,"), what the speaker was
 * doing ("Donald Tusk, summing up conversations …") or the day ("Sanders on Tuesday").
 */
const ASIDE_AFTER = new RegExp(String.raw`(?:,\s+(?:like|unlike|at|during|after|before|in|on)\s[^,]*,?|,\s+\p{Ll}+ing\s.*|\s+on\s+${WEEKDAY},?)$`, 'u');

/**
 * A content that opens with a quotation mark ends where the quotation closes, when a new sentence starts
 * there: 'with the words: "Lahore airport under water, …, and the government is sleeping." His post had
 * been reposted …' (the tagger's span ran on into the writer's next sentence).
 */
export function withQuotationClosed(doc: Doc, a: Attribution): Attribution {
  let changed = false;
  const content = a.content.map((c) => {
    const T = doc.tokens, first = doc.tokenAt(c.start), open = T[first];
    if (!open || open.start !== c.start || !OPENING_QUOTE.test(open.text)) return c;
    const closing = open.text === '“' ? '”' : open.text;
    for (let k = first + 1; k < T.length && T[k]!.end <= c.end; k++) {
      if (T[k]!.text !== closing) continue;
      const next = T[k + 1];
      if (!next || next.start >= c.end || next.sentence === open.sentence || T[k]!.sentence !== open.sentence) return c;
      changed = true;
      return { start: c.start, end: T[k]!.end };
    }
    return c;
  });
  return changed ? { ...a, content, quote: quoteKind(doc, content) } : a;
}
const OPENING_QUOTE = /^(?:"|“|'')$/;

/**
 * "The association had received dozens of abusive messages, she said. "People are calling us cowards …"":
 * whole quotations that go on after the cue's sentence are a second report of the same speaker, in her
 * own words, apart from what the writer put in his (one attribution in brat: export/brat.ts joins them).
 * Only when the rest is not itself a quotation: then the whole report is in her words already.
 */
export function withQuotationsApart(doc: Doc, a: Attribution): Attribution[] {
  if (a.content.length < 2 || a.quote === 'direct') return [a];
  const cueSentence = doc.sentenceAt(a.cue.start);
  let k = a.content.length;
  while (k > 1 && wholeQuotation(doc, a.content[k - 1]!) && doc.sentenceAt(a.content[k - 1]!.start) > cueSentence) k--;
  if (k === a.content.length) return [a];
  const head = a.content.slice(0, k), tail = a.content.slice(k);
  return [{ ...a, content: head, quote: quoteKind(doc, head) }, { ...a, content: tail, quote: 'direct' }];
}
function wholeQuotation(doc: Doc, c: Span): boolean {
  const text = doc.slice(c).trim();
  return /^(?:"|“|'')/.test(text) && /(?:"|”|'')[.,!?]?$/.test(text) && quoteKind(doc, [c]) === 'direct';
}

export function attributions(doc: Doc): void {
  // Which attributions there are: tagger and rules, then the layouts that win over both.
  let found = withRelaysRepaired(doc, withInvertedSpeakers(doc, mergeAttributions(doc, tagAttributions(doc, undefined, true), ruleAttributions(doc)), invertedNameReports(doc)));
  found = withSignatures(withTranscripts(found, transcriptAttributions(doc)), signedQuotations(doc));
  // Who speaks in each.
  found = withSubjectSources(doc, withoutPassiveSubjects(doc, withParticipleClausesCut(doc, withParentheticalPronounsRepaired(doc, found))));
  // What each says.
  found = withoutSpeechMedium(doc, withInterruptedContent(doc, found.map((a) => withQuotationClosed(doc, a))));
  const kept = withTimeCuesMoved(doc, found).map((a) => withFigureQualifierInContent(doc, a)).filter((a) => !attributiveCue(doc, a) && !anonymityRequest(doc, a) && !appositiveClaim(doc, a))
    .map((a) => trimmedSource(doc, withNounCompleted(doc, a)));
  // Last, a learned second opinion on each finished attribution (filter.ts): it was trained on exactly these.
  const merged = withoutUnlikely(doc, kept).flatMap((a) => withQuotationsApart(doc, a));
  merged.sort((a, b) => a.cue.start - b.cue.start || a.cue.end - b.cue.end);
  doc.attributions = merged.map((a, i) => newAttribution(a, `a${i + 1}`));
}

register({ name: 'attributions', requires: ['tokenize'], run: attributions });
