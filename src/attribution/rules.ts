/**
 * Pattern-based attributions. These rules cover the constructions a
 * newsroom style guide names — "X said (that) …", "…, X said", "…, said X",
 * "according to X, …", "X, citing Y, claimed …", ", adding …", "X, which
 * reported …", "… was indicated by X" — from POS tags alone, without a
 * parser. They are precise where they fire; the trained tagger (tagger/)
 * brings recall on everything else.
 */
import { newAttribution, type Attribution, type Doc, type QuoteKind, type Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { PARTICIPLE_CUES, RELAY_CUES, SPEECH_VERBS } from './cues.js';
import { afterDateline, coordinatedSubject, nounPhraseLeft, nounPhraseRight, pastHowItWasPut, skipLeft, subjectBefore, type Phrase } from '../nlp/phrases.js';
import { AUTHORED_NOUNS, NEGATION_WORDS } from '../layers/lexicon.js';
import { register } from '../pipeline/registry.js';

const OPEN_QUOTES = new Set(['"', '“', '‘', "''", '``']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "''"]);
const QUOTE_CHARS = /["“”]/;
const SKIP_BEFORE_CUE = new Set(['ADV', 'AUX', 'PART']);

type Raw = Omit<Attribution, 'id'>;

export function ruleAttributions(doc: Doc): Attribution[] {
  const out: Raw[] = [];
  for (const s of doc.sentences) sentenceAttributions(doc, s.firstToken, s.endToken, out);
  continueQuotes(doc, out);
  out.sort((x, y) => x.cue.start - y.cue.start);
  return out.map((a, i) => ({ ...a, id: `r${i + 1}` }));
}

/**
 * A sentence that is one quotation, right after an attributed quote in the
 * same paragraph, continues that speaker's words ("“A,” one said. “B.”").
 */
function continueQuotes(doc: Doc, out: Raw[]): void {
  const covered = (s: Span) => out.some((a) => [...a.content, a.cue].some((c) => c.start < s.end && s.start < c.end));
  for (let i = 1; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!, prev = doc.sentences[i - 1]!;
    const text = doc.slice(s);
    if (s.paragraph !== prev.paragraph || !/^["“]/.test(text) || !/["”]$/.test(text) || countQuotes(text) !== 2 || covered(s)) continue;
    const before = out.filter((a) => a.quote !== 'indirect' && a.cue.start >= prev.start && a.cue.end <= prev.end).pop();
    if (before) { before.content.push(s); before.quote = quoteKind(doc, before.content); }
  }
}

function sentenceAttributions(doc: Doc, a: number, b: number, out: Raw[]): void {
  const T = doc.tokens;
  const relays = relayPhrases(doc, a, b);
  let mainSubject: Span | null = null;
  for (let k = a; k < b; k++) {
    const t = T[k]!;
    // "according to X"
    if (t.lower === 'according' && T[k + 1]?.lower === 'to') {
      const src = nounPhraseRight(doc, k + 2, b, true);
      if (!src) continue;
      const cue = { start: t.start, end: T[k + 1]!.end };
      const before = trimToTokens(doc, a, k);
      // "according to port data cited by traders, …": the source runs to a near comma.
      let afterStart = src.endTok;
      for (let x = src.endTok; x < Math.min(b, src.endTok + 6); x++) if (T[x]!.text === ',') { afterStart = x + 1; src.span.end = T[x - 1]!.end; break; }
      // ("… , according to internal documents seen by The Guardian.": to the end of the sentence, too,
      // when a participle and "by" name who relayed them.)
      if (afterStart === src.endTok && T[src.endTok]?.pos === 'VERB' && T[src.endTok + 1]?.lower === 'by') {
        const relay = nounPhraseRight(doc, src.endTok + 2, b);
        if (relay && (relay.endTok >= b || /^[.!?]$/.test(T[relay.endTok]!.text))) { src.span.end = relay.span.end; afterStart = relay.endTok; }
      }
      // (What follows is no content when it opens another clause: ", according to the charity, though
      // several vessels …", ", according to two sources, who spoke on condition of anonymity".)
      // ("according to the news site X, which cited a laboratory employee, two of the samples …": what was
      // said follows the relative clause that names whom X cited.)
      // (… nor when it describes the source: "…, according to Issaka Tahirou, a former mines minister …, who now
      // lives in exile": what was said is the clause before; "according to Tin Nhanh, a local news website, which
      // cited an officer, an almost identical clip …": after the relative clause, as above.)
      let described = describesSource(T, afterStart, b);
      if (described) {
        let c = afterStart;
        while (c < b && T[c]!.text !== ',') c++;
        if (c + 1 < b) afterStart = c + 1;
      }
      if (/^(?:which|who)$/.test(T[afterStart]?.lower ?? '') && RELAY_CUES.has(T[afterStart + 1]?.lemma ?? '')) {
        let c = afterStart + 2;
        while (c < b && T[c]!.text !== ',') c++;
        if (c + 1 < b) { afterStart = c + 1; described = false; }
      }
      const after = before && (AFTER_CLAUSE.test(T[afterStart]?.lower ?? '') || described) ? null : trimToTokens(doc, afterStart, b);
      const content = after && (!before || after.end - after.start > before.end - before.start) ? after : before;
      if (content) out.push(make(doc, cue, src.span, [content], relays, 'rule:according-to'));
      continue;
    }
    // "By Kestrel's estimate, the ship moved 1.9 million barrels", "…, by the UN's count": the
    // possessor's figure or reading, reported as "according to" reports it.
    const byCount = t.lower === 'by' ? possessorsReckoning(doc, k, b) : null;
    if (byCount) {
      const before = trimToTokens(doc, a, k);
      const after = trimToTokens(doc, byCount.endTok, b);
      const content = after && (!before || after.end - after.start > before.end - before.start) ? after : before;
      if (content) out.push(make(doc, { start: t.start, end: T[byCount.endTok - 1]!.end }, byCount.source, [content], relays, 'rule:according-to'));
      continue;
    }
    // "X put the death toll at 57", "an analysis by Y puts the figure at between 290 and 340": an
    // estimate, reported as X's. (Only with a figure after "at": "put pressure on" says nothing.)
    if (t.pos === 'VERB' && t.lemma === 'put' && estimateAt(T, k + 1, b)) {
      // ("Turnout was put at 43 percent by the commission": in the passive, who put it follows "by", and what
      // was put at the figure is the subject, with the figure.)
      if (T[k - 1]?.lemma === 'be') {
        let by = k + 1;
        while (by < b && T[by]!.lower !== 'by' && T[by]!.text !== ',') by++;
        const src = T[by]?.lower === 'by' ? nounPhraseRight(doc, by + 1, b) : null;
        const subj = subjectBefore(doc, k, a);
        let aux = k - 1;
        while (aux > a && T[aux - 1]!.pos === 'AUX') aux--;
        const what = subj ? trimToTokens(doc, subj.startTok, aux) : null, figure = trimToTokens(doc, k + 1, by);
        if (src && what && figure) out.push(make(doc, span(t), src.span, [what, figure], relays, 'rule:estimate'));
        continue;
      }
      // ("X rejected that figure and put any possible discharge at fewer than five barrels": the first verb's subject.)
      // ('"…," he said, putting his own estimate closer to 7 million': a participle after a comma, its clause's subject.)
      const subj = participleClauseSubject(doc, k, a) ?? subjectBefore(doc, k, a) ?? coordinatedSubject(doc, k, a);
      const content = trimToTokens(doc, k + 1, b);
      if (subj && content && !isNegated(doc, k, subj.startTok)) {
        out.push(make(doc, span(t), inquirySubject(doc, subj.startTok, subj.endTok, a) ?? subj.span, [content], relays, 'rule:estimate'));
      }
      continue;
    }
    // "…, one of them was quoted as saying.": the report is "quoted as saying", its speaker the phrase
    // before "was" back to the comma, what was said the rest of the sentence on either side.
    if (t.lemma === 'quote' && T[k + 1]?.lower === 'as' && T[k + 2]?.lower === 'saying' && T[k - 1]?.pos === 'AUX') {
      let from = k - 1;
      while (from > a && T[from - 1]!.pos === 'AUX') from--;
      let s0 = from;
      const boundary = (x: Token) => x.text === ',' || CLOSE_QUOTES.has(x.text);
      while (s0 > a && !boundary(T[s0 - 1]!) && from - s0 < 8) s0--;
      const speaker = s0 < from && (s0 === a || boundary(T[s0 - 1]!)) ? trimToTokens(doc, s0, from) : null;
      const content = contentAfter(doc, k + 2, b) ?? (s0 > a ? contentBefore(doc, s0, a) : null);
      if (speaker && content) out.push(make(doc, { start: t.start, end: T[k + 2]!.end }, speaker, content, relays, 'rule:quoted-as-saying'));
      k += 2;
      continue;
    }
    // "A porter who asked not to be named told us …": the request is about the source, not a report;
    // the verb after it reports, and its subject is the phrase before "who".
    const request = T[k - 1]?.lower === 'who' ? anonymityRequestEnd(T, k, b) : -1;
    if (request >= 0) {
      const v = T[request]!;
      const np = nounPhraseLeft(doc, k - 2, a);
      // ("told reporters the lifts stopped": whom they told is not what.)
      const told = v.lemma === 'tell' && !T.slice(request + 1, request + 4).some((x) => x.lower === 'that') ? toldObjectEnd(T, request + 1, b) : -1;
      const content = v.pos === 'VERB' && SPEECH_VERBS.has(v.lemma) ? (told > 0 ? [trimToTokens(doc, told, b)].filter((x): x is Span => !!x) : contentAfter(doc, request, b)) : null;
      if (np && content?.length) out.push(make(doc, span(v), np.span, content, relays, 'rule:anonymous-subject'));
      k = request;
      continue;
    }
    if (!(t.pos === 'VERB' || closingVerbReadAsNoun(T, k)) || !SPEECH_VERBS.has(t.lemma)) continue;
    const prev = T[k - 1];
    // "… was first indicated by X": the passive subject is the content.
    if (T[k + 1]?.lower === 'by' && T.slice(Math.max(a, k - 3), k).some((x) => x.lemma === 'be')) {
      // ("… had not yet been confirmed by an independent laboratory": a negated passive says the agent said nothing.)
      if (T.slice(Math.max(a, k - 4), k).some((x) => x.lower === 'not' || x.lower === 'never' || x.lower === "n't" || x.lower === 'n’t')) continue;
      const src = nounPhraseRight(doc, k + 2, b);
      const auxEnd = skipLeft(doc, k - 1, a) + 1;
      let clauseStart = auxEnd - 1;
      while (clauseStart > a && T[clauseStart - 1]!.text !== ',') clauseStart--;
      const content = trimToTokens(doc, clauseStart, auxEnd);
      if (src && content) out.push(make(doc, span(t), src.span, [content], relays, 'rule:passive'));
      continue;
    }

    // ", adding …" / ", emphasizing that …": same subject as the main clause.
    if (prev?.text === ',' && t.lower.endsWith('ing') && PARTICIPLE_CUES.has(t.lemma)) {
      const subj = mainSubject ?? subjectBefore(doc, k - 1, a)?.span ?? null;
      const content = contentAfter(doc, k, b);
      if (content && subj) out.push(make(doc, span(t), subj, content, relays, 'rule:participle'));
      continue;
    }
    if (RELAY_CUES.has(t.lemma)) continue; // handled as part of the main attribution

    const subj = subjectBefore(doc, k, a);
    // "have not confirmed", "neither … nor … confirmed": a verification act, not a claim.
    if (isNegated(doc, k, subj ? subj.startTok : k)) continue;
    if (subj) {
      mainSubject ??= subj.span;
      const after = contentAfter(doc, k, b);
      const inquiry = FINDING_VERBS.has(t.lemma) ? inquirySubject(doc, subj.startTok, subj.endTok, a) : null;
      if (after && inquiry) { out.push(make(doc, span(t), inquiry, after, relays, 'rule:finding')); continue; }
      if (after) { out.push(make(doc, span(t), subj.span, after, relays, 'rule:subject-verb')); continue; }
      // "…," a source said.
      const before = contentBefore(doc, subj.startTok, a);
      // (The tagger, reading a noun, proposes none there: the merge adds this one, 'rule:closing-verb'.)
      if (before) out.push(make(doc, span(t), subj.span, before, relays, t.pos === 'VERB' ? 'rule:content-first' : 'rule:closing-verb'));
      continue;
    }
    // "…," said the spokesperson.
    if (prev && (prev.text === ',' || CLOSE_QUOTES.has(prev.text))) {
      const src = nounPhraseRight(doc, k + 1, b);
      const before = contentBefore(doc, k, a);
      if (src && before) out.push(make(doc, span(t), src.span, before, relays, 'rule:inverted'));
    }
  }
}

const span = (t: Token): Span => ({ start: t.start, end: t.end });

/**
 * '"…," the audit states.', "…, newspaper reports": a speech verb in -s that closes its sentence right
 * after its subject's noun, which the tagger read as a plural noun ("states", "notes", "reads").
 */
function closingVerbReadAsNoun(T: Token[], k: number): boolean {
  const t = T[k]!, prev = T[k - 1], next = T[k + 1];
  // (Called for every noun: the cheap tests first.)
  if (t.pos !== 'NOUN' || !/s$/.test(t.lower) || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  if (next && /^[.;]$/.test(next.text) && next.sentence === t.sentence && T[k + 2]?.sentence !== t.sentence) return true;
  // (Or it ends a headline, which has no full stop, after a comma: "…, newspaper reports", not "as
  // officials weigh sabotage claims".)
  if (next && next.sentence === t.sentence) return false;
  let c = k - 1;
  while (c > k - 5 && c > 0 && /^(?:NOUN|PROPN|DET|ADJ)$/.test(T[c]!.pos)) c--;
  return T[c]?.text === ',';
}

/** The token after whom "told" names ("us", "reporters", "the BBC", "Radio Free Asia"), from `i`. */
function toldObjectEnd(T: Token[], i: number, b: number): number {
  if (T[i]?.pos === 'PRON') return i + 1;
  let j = T[i]?.pos === 'DET' ? i + 1 : i;
  const from = j;
  while (j < b && (T[j]!.pos === 'NOUN' || T[j]!.pos === 'PROPN')) j++;
  return j > from ? j : -1;
}

/** Requests for anonymity after "asked", "requested", "spoke": the words, as lower-case token runs. */
const ANONYMITY_REQUESTS = [['not', 'to', 'be', 'named'], ['not', 'to', 'be', 'identified'], ['on', 'condition', 'of', 'anonymity'],
  ['on', 'the', 'condition', 'of', 'anonymity'], ['for', 'anonymity'], ['anonymity']];
/** The token after a request for anonymity that starts with the verb at `k` ("asked not to be named"), or -1. */
function anonymityRequestEnd(T: Token[], k: number, b: number): number {
  if (!/^(?:ask|request|speak)$/.test(T[k]!.lemma)) return -1;
  for (const words of ANONYMITY_REQUESTS) {
    if (words.every((w, i) => T[k + 1 + i]?.lower === w) && k + 1 + words.length < b) return k + 1 + words.length;
  }
  return -1;
}

/** What an estimate counts: "put the number of … at". */
const COUNT_NOUNS = new Set(['number', 'toll', 'figure', 'count', 'total', 'tally', 'cost']);

/** Words that may stand between "at" and its figure: "at between 290 and 340", "at around 41,000", "at more than 100". */
const APPROXIMATORS = new Set(['between', 'around', 'about', 'roughly', 'nearly', 'almost', 'least', 'more', 'less', 'fewer', 'over', 'under', 'some', 'up', 'to', 'than', 'just', 'only', 'approximately', 'closer', 'nearer', '$', '€', '£']);

/** Whether "at FIGURE" follows within a few tokens of `i` (the object of "put" coming first): "the toll at 57". */
function estimateAt(T: Token[], i: number, b: number): boolean {
  // (A count's object may be long, and hold a participle: "the number of cases linked to the water at 47".)
  const count = COUNT_NOUNS.has(T[i]?.lower === 'the' ? T[i + 1]?.lower ?? '' : '');
  // (… or be an estimate of one's own, and the figure follow it without "at": "putting his own estimate closer to 7 million".)
  let estimate = false;
  for (let k = i; k < Math.min(b, i + (count ? 12 : 7)); k++) {
    // ("put the volume considerably lower, at 'closer to 1.2 million barrels'": a comma before "at" is no boundary.)
    if ((T[k]!.pos === 'VERB' && !(count && /(?:ed|ing)$/.test(T[k]!.lower))) || (T[k]!.text === ',' && T[k + 1]?.lower !== 'at') || T[k]!.text === '.') return false;
    if (T[k]!.pos === 'NOUN' && ESTIMATE_NOUNS.has(T[k]!.lower)) estimate = true;
    const at = T[k]!.lower === 'at' || (estimate && /^(?:closer|nearer)$/.test(T[k]!.lower));
    if (!at) continue;
    for (let n = k + 1; n < Math.min(b, k + 6); n++) {
      if (T[n]!.pos === 'NUM' || /^\d/.test(T[n]!.text)) return true;
      if (!APPROXIMATORS.has(T[n]!.lower) && !QUOTE_MARKS.has(T[n]!.text)) return false;
    }
    return false;
  }
  return false;
}
/** The subject of the clause a participle after a comma hangs on ("he said, putting …"), or null. */
function participleClauseSubject(doc: Doc, k: number, a: number): Phrase | null {
  const T = doc.tokens;
  if (!T[k]!.lower.endsWith('ing') || T[k - 1]?.text !== ',') return null;
  let v = k - 2;
  while (v >= a && T[v]!.pos !== 'VERB') v--;
  return v >= a ? subjectBefore(doc, v, a) : null;
}

/** Nouns for a figure of one's own: "put his own estimate closer to …". */
const ESTIMATE_NOUNS = new Set(['estimate', 'guess', 'reckoning', 'figure', 'count']);
/** Quotation marks that may open a figure quoted after "at": at "closer to 1.2 million barrels". */
const QUOTE_MARKS = new Set(['"', '“', "''", '``']);

/** Verbs by which a study, poll or review reports what it found. */
const FINDING_VERBS = new Set(['find', 'show', 'conclude', 'suggest', 'reveal', 'indicate', 'estimate', 'predict']);

/**
 * The whole subject when it is an inquiry, "A review by the nonpartisan X
 * Project found …", "the survey found …": the research frame's source is the
 * inquiry phrase (as PolNeAR marks it: "A YouGov poll of American voters"),
 * which the simple subject ("the nonpartisan X Project") misses when the
 * inquiry noun stands before "by", "of", "from" or "for". Null when the
 * subject (tokens [from, to)) names no inquiry.
 */
function inquirySubject(doc: Doc, from: number, to: number, a: number): Span | null {
  const T = doc.tokens;
  for (let i = from; i < to; i++) if (T[i]!.pos === 'NOUN' && AUTHORED_NOUNS.has(T[i]!.lemma)) return { start: T[from]!.start, end: T[to - 1]!.end };
  const p = from - 1;
  if (p - 1 < a || !/^(?:by|of|from|for)$/.test(T[p]!.lower)) return null;
  const head = T[p - 1]!;
  if (head.pos !== 'NOUN' || !AUTHORED_NOUNS.has(head.lemma)) return null;
  // The inquiry's own determiners and modifiers: "A new review", "The state's audit".
  let s = p - 1;
  while (s - 1 >= a && /^(?:DET|ADJ|NUM|PROPN|NOUN|PART)$/.test(T[s - 1]!.pos)) s--;
  return { start: T[s]!.start, end: T[to - 1]!.end };
}

function make(doc: Doc, cue: Span, source: Span | null, content: Span[], relays: Array<{ cue: Span; source: Span }>, by: string): Raw {
  // A relay phrase between the source and the cue makes a chain.
  const via = relays.filter((r) => source && r.cue.start >= source.end && r.cue.start < cue.start + 200 && !content.some((c) => c.start <= r.cue.start && r.cue.end <= c.end)).map((r) => r.source);
  return { cue, sourceMention: source, content, quote: quoteKind(doc, content), via, by };
}

function quoteKind(doc: Doc, content: Span[]): QuoteKind {
  const text = content.map((c) => doc.slice(c)).join(' ').trim();
  if (!QUOTE_CHARS.test(text)) return 'indirect';
  const stripped = text.replace(/^that\s+/i, '');
  if (/^["“]/.test(stripped) && /["”][.,!?]?$/.test(stripped) && (stripped.match(/["“”]/g) ?? []).length === 2) return 'direct';
  return 'mixed';
}

/** True when the cue at k is negated, looking back to the start of its subject (token a). */
function isNegated(doc: Doc, k: number, a: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = doc.tokens[j]!;
    if (NEGATION_WORDS.has(t.lower)) return true;
    if (!SKIP_BEFORE_CUE.has(t.pos)) break;
  }
  // "neither the Russian nor North Korean governments have confirmed"
  for (let j = Math.max(0, a - 1); j < k; j++) if (doc.tokens[j]!.lower === 'neither') return true;
  return false;
}

/** ", citing unnamed sources," -> the cited source, for chains. */
function relayPhrases(doc: Doc, a: number, b: number): Array<{ cue: Span; source: Span }> {
  const out: Array<{ cue: Span; source: Span }> = [];
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    // The ending first: it rules out most tokens by three char codes, where the Set hashes the lemma.
    if (!endsWithIng(t.lower) || !RELAY_CUES.has(t.lemma)) continue;
    // ("citing what he called sources in …": what was cited, past how the source put it.)
    const np = nounPhraseRight(doc, pastHowItWasPut(doc, k + 1), b);
    if (np) out.push({ cue: span(t), source: withAppositiveName(doc, np, b) });
  }
  return out;
}

/** s.endsWith('ing'), without the builtin call. */
function endsWithIng(s: string): boolean {
  const n = s.length;
  return n >= 3 && s.charCodeAt(n - 1) === 103 && s.charCodeAt(n - 2) === 110 && s.charCodeAt(n - 3) === 105;
}

/**
 * "citing the group's military spokesman, Brigadier General Omar Haddad,": the cited source is the
 * office with the name set off after it (a run of capitalised words closed by a comma).
 */
function withAppositiveName(doc: Doc, np: { span: Span; endTok: number }, b: number): Span {
  const T = doc.tokens;
  if (T[np.endTok]?.text !== ',') return np.span;
  let e = np.endTok + 1;
  while (e < b && e - np.endTok <= 6 && /^\p{Lu}/u.test(T[e]!.text) && (T[e]!.pos === 'PROPN' || T[e]!.pos === 'NOUN')) e++;
  return e > np.endTok + 1 && (e === b || T[e]!.text === ',') ? { start: np.span.start, end: T[e - 1]!.end } : np.span;
}

/** A qualifier opening a figure: "at least eight", "about 40", "up to 300". */
const FIGURE_QUALIFIER = /^(?:at (?:least|most)|about|around|up to|nearly|almost|over|some|roughly)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands)/i;

/** Words that open a clause of their own after "according to X,". */
const AFTER_CLAUSE = /^(?:though|although|but|while|whereas|who|which|where|and|as|even|since|because)$/;

/**
 * Tokens [i, b) open an apposition, not a clause: an article, then words with no finite verb (a participle
 * may qualify it: "a former minister in the government toppled in 2023") up to the sentence's end or a comma
 * that a relative pronoun follows.
 */
function describesSource(T: Token[], i: number, b: number): boolean {
  if (!/^(?:a|an|the)$/i.test(T[i]?.text ?? '')) return false;
  for (let k = i + 1; k < b; k++) {
    const t = T[k]!;
    if (t.text === ',') return /^(?:who|which|whose)$/.test(T[k + 1]?.lower ?? '');
    if (/^[.!?]$/.test(t.text)) return true;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/(?:ed|en|ing)$/.test(t.lower)) return false;
  }
  return true;
}

/** Content after a cue: the rest of the clause, cut at a participial cue or "according to". */
function contentAfter(doc: Doc, k: number, b: number): Span[] | null {
  const T = doc.tokens;
  let i = k + 1;
  // "told reporters that …": skip a short indirect object before "that".
  // (… a listener and where: "told reporters in Johor Bahru that …".)
  const listener = T[i]?.pos === 'NOUN' || T[i]?.pos === 'PRON';
  for (let x = i; x < Math.min(b, i + (listener ? 6 : 4)); x++) {
    // (… or a time: "reported on Wednesday that …", where the tagger may take "that" for a determiner.)
    if (T[x]!.lower === 'that' && (T[x]!.pos === 'SCONJ' || (x > i && T.slice(i, x).every((y) => y.pos === 'ADP' || y.pos === 'PROPN' || y.pos === 'NOUN' || y.pos === 'ADV')))) { i = x; break; }
    if (T[x]!.pos === 'VERB' || T[x]!.text === ',') break;
  }
  // ("The solution, the partner told them, was simple": the listener, then the rest of the interrupted clause.)
  if (/^(?:him|her|them|us|me|you)$/.test(T[i]?.lower ?? '') && T[i + 1]?.text === ',') i++;
  while (i < b && (T[i]!.text === ',' || T[i]!.text === ':')) i++;
  // "…, he said, adding that …": the participle reports on its own (the ", adding" rule above), and
  // "…, it said, but the images could not show …", "…, he warned, though he cautioned …" go on in
  // another clause: what the verb said is the clause before it.
  if (i > k + 1 && T[i - 1]!.text === ',' && (T[i]!.pos === 'CCONJ' || (T[i]!.pos === 'SCONJ' && !/^(?:that|whether|if)$/.test(T[i]!.lower))
    || (T[i]!.pos === 'VERB' && T[i]!.lower.endsWith('ing') && PARTICIPLE_CUES.has(T[i]!.lemma)))) return null;
  // "claimed, citing a local television channel, that …": the relay phrase is
  // the chain's (relayPhrases), what was said follows it.
  if (i < b && RELAY_CUES.has(T[i]!.lemma) && T[i]!.lower.endsWith('ing')) {
    let x = i + 1;
    while (x < b && x - i < 10 && T[x]!.text !== ',') x++;
    if (x < b - 1 && T[x]!.text === ',') i = x + 1;
  }
  // "responded to inquiries": a prepositional phrase is not what was said.
  // (A figure's "at least", "about", "up to" is: "said at least eight officers had disappeared".)
  if (i >= b || (T[i]!.pos === 'ADP' && !FIGURE_QUALIFIER.test(doc.text.slice(T[i]!.start, T[Math.min(b, i + 3) - 1]!.end)))) return null;
  let end = b;
  for (let x = i + 1; x < b; x++) {
    const t = T[x]!;
    if (t.text === ';') { end = x; break; }
    if (t.text === ',' && T[x + 1] && ((T[x + 1]!.pos === 'VERB' && T[x + 1]!.lower.endsWith('ing') && PARTICIPLE_CUES.has(T[x + 1]!.lemma)) || T[x + 1]!.lower === 'according')) { end = x; break; }
  }
  let endOffset = T[end - 1]!.end;
  // A direct quote opened here may run on over several sentences.
  if (OPEN_QUOTES.has(T[i]!.text)) endOffset = Math.max(endOffset, closingQuote(doc, T[i]!.end) ?? endOffset);
  const s = trimEndPunct(doc, { start: T[i]!.start, end: endOffset });
  if (s.end - s.start < 2 || !/\w/.test(doc.slice(s))) return null;
  return [s];
}

/** Content before the subject/cue: the clause from sentence start (or the opening quote) to the comma. */
function contentBefore(doc: Doc, k: number, a: number): Span[] | null {
  const T = doc.tokens;
  let j = k - 1;
  while (j >= a && (T[j]!.text === ',' || T[j]!.pos === 'ADV' || T[j]!.pos === 'AUX')) j--;
  if (j < a) return null;
  let end = T[j]!.end;
  if (CLOSE_QUOTES.has(T[j]!.text) && T[j - 1]?.text === ',') end = T[j]!.end;
  // (After a dateline: "COPENHAGEN — A Danish manufacturer …, the daily X reported".)
  let start = afterDateline(doc, { start: T[a]!.start, end: T[j]!.end }) ?? T[a]!.start;
  // "While …, X said": start after a leading subordinate clause? Keep the whole; PolNeAR does too.
  const text = doc.text.slice(start, end);
  // A quote that closes here but opened in an earlier sentence.
  if (/["”]\s*$/.test(text.replace(/,$/, '')) && countQuotes(text) % 2 === 1) {
    const open = openingQuote(doc, start);
    if (open !== null) start = open;
  }
  const s = trimEndPunct(doc, { start, end });
  if (s.end - s.start < 2) return null;
  return [s];
}

function trimToTokens(doc: Doc, i: number, j: number): Span | null {
  const T = doc.tokens;
  while (i < j && (T[i]!.text === ',' || T[i]!.pos === 'PUNCT' && !OPEN_QUOTES.has(T[i]!.text))) i++;
  if (i >= j) return null;
  const s = trimEndPunct(doc, { start: T[i]!.start, end: T[j - 1]!.end });
  return s.end - s.start >= 2 ? s : null;
}

/** Drops a trailing comma or full stop (kept inside a closing quote, as PolNeAR does). */
function trimEndPunct(doc: Doc, s: Span): Span {
  let { start, end } = s;
  while (end > start && /[\s,.;:]/.test(doc.text[end - 1]!)) end--;
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  return { start, end };
}

const countQuotes = (s: string) => (s.match(/["“”]/g) ?? []).length;

function closingQuote(doc: Doc, from: number): number | null {
  const limit = Math.min(doc.text.length, from + 2000);
  for (let x = from; x < limit; x++) {
    const c = doc.text[x]!;
    if (c === '”' || c === '"') return x + 1;
    if (c === '\n' && doc.text[x + 1] === '\n') return null;
  }
  return null;
}

function openingQuote(doc: Doc, before: number): number | null {
  const limit = Math.max(0, before - 2000);
  for (let x = before - 1; x >= limit; x--) {
    const c = doc.text[x]!;
    if (c === '“' || c === '"') return x;
    if (c === '”') return null;
  }
  return null;
}

// The rules alone, as a pipeline component of their own: for comparing
// against the merged layer (`npm run eval`) and for pipelines without a model.
register({
  name: 'attribution-rules',
  provides: 'attributions',
  requires: ['tokenize'],
  run: (doc) => { doc.attributions = ruleAttributions(doc).map((a, i) => newAttribution(a, `a${i + 1}`)); },
});

/** Nouns for someone's own figure or reading of events: "by X's estimate", "by the UN's count". */
const RECKONING_NOUNS = new Set(['estimate', 'estimates', 'count', 'counts', 'tally', 'calculation', 'calculations', 'reckoning', 'measure', 'account', 'analysis', 'assessment']);

/** Whether a cue is "by X's estimate" (possessorsReckoning's cue). */
export function isReckoningCue(cue: string): boolean {
  const m = /^by\s.*['’]s?\s+(?:own\s+)?(\p{L}+)$/iu.exec(cue);
  return !!m && RECKONING_NOUNS.has(m[1]!.toLowerCase());
}

/**
 * "by X's (own) estimate" at token k ("by"): the possessor X (a noun phrase of up to six words
 * ending in a noun or name) and the token after the noun. Null for any other "by".
 */
function possessorsReckoning(doc: Doc, k: number, b: number): { source: Span; endTok: number } | null {
  const T = doc.tokens;
  let x = k + 1;
  while (x < b && x - k <= 6 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(T[x]!.pos)) x++;
  const owner = T[x - 1];
  if (x === k + 1 || !owner || (owner.pos !== 'NOUN' && owner.pos !== 'PROPN') || !/^['’]s?$/.test(T[x]?.text ?? '')) return null;
  let n = x + 1;
  if (T[n]?.lower === 'own') n++;
  if (!RECKONING_NOUNS.has(T[n]?.lower ?? '')) return null;
  return { source: { start: T[k + 1]!.start, end: owner.end }, endTok: n + 1 };
}

/** Verbs of saying that put their speaker after them ("…, said X", "…, added X", "…, wrote X"). */
const INVERTING_VERBS = new Set(['say', 'add', 'write', 'explain', 'note', 'recall', 'insist', 'argue', 'claim', 'warn', 'conclude',
  'ask', 'reply', 'respond', 'observe', 'comment', 'declare', 'concede', 'acknowledge', 'caution', 'tweet', 'report']);

/**
 * "…, a calibre used by both armies, said Aram Gevorgyan, a retired artillery officer.": a speech
 * verb right after a comma, then a name that runs to a comma or the sentence's end, reports the
 * clause before the comma, inverted; the noun phrase before the comma is no subject of it. (Kept
 * apart from ruleAttributions, whose attributions the merge weighs against the tagger's: this
 * reading only repairs a tagged one, merge.ts, withInvertedSpeakers.)
 */
export function invertedNameReports(doc: Doc): Attribution[] {
  const T = doc.tokens, out: Raw[] = [];
  for (const s of doc.sentences) {
    const a = s.firstToken, b = s.endToken;
    for (let k = a + 1; k < b - 1; k++) {
      const t = T[k]!;
      if (T[k - 1]!.text !== ',' || T[k + 1]!.pos !== 'PROPN' || t.pos !== 'VERB' || !INVERTING_VERBS.has(t.lemma)) continue;
      // The name: its words (titles and initials included) up to a comma or the sentence's end.
      let end = k + 1;
      while (end < b && (T[end]!.pos === 'PROPN' || (T[end]!.text === '.' && end + 1 < b && T[end + 1]!.pos === 'PROPN'))) end++;
      if (end < b && T[end]!.text !== ',' && !/^[.!?]$/.test(T[end]!.text)) continue;
      // (What comes before the comma must be a clause: "Elliott's father, the Rev. Charles Elliott Jr., knew …" is no report.)
      const before = contentBefore(doc, k, a);
      if (!before || !T.slice(a, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
      out.push(make(doc, span(t), { start: T[k + 1]!.start, end: T[end - 1]!.end }, before, [], 'rule:inverted'));
    }
  }
  return out.map((a, i) => ({ ...a, id: `v${i + 1}` }));
}
