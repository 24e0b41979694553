/**
 * Verification acts: what confirms, denies, fails to verify, lacks evidence
 * for, or declines to speak to a claim. Each act is found by a phrase, given
 * the source who performs it (the subject of its verb), and linked to the
 * claim it concerns:
 *  - an object that repeats a claim's words concerns that claim;
 *  - an anaphoric object ("these claims", "the matter", "the reports") or
 *    none concerns the latest claim before it;
 *  - an object no claim states becomes a claim of its own (the article
 *    reports that something is unconfirmed).
 */
import type { Claim, Doc, Sentence, Source, SourceKind, VerificationStatus } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { register } from '../pipeline/registry.js';
import { afterDateline, coordinatedSubject, cueLemma, hasVerb, nounPhraseLeft, nounPhraseRight, skipLeft, subjectBefore } from '../nlp/phrases.js';
import { SourceResolver } from './sources.js';
import { lowerCaseText, mayHoldAny } from '../doc/lower-text.js';
import { A_TIME, CARRIER_KIND, MEDIA_NOUNS, NAME_TITLES, NEGATION_WORDS, VERDICT_PREDICATE } from './lexicon.js';
import { countryOfDemonym } from '../geo/gazetteer.js';

/** What a verdict is said of: "That", "The claim", "These posts". */
const VERDICT_SUBJECT = String.raw`(?:that|this|it|the claims?|this claim|these claims|the posts?|this post|these posts)`;
/** "That is false.", "This claim is untrue.": a verdict sentence in the article's own voice (see ACTS). */
const VERDICT = new RegExp(String.raw`(?<=(?:^|[.!?]["”’]?\s+))${VERDICT_SUBJECT}\s+(?:is|are|was|were)\s+(?:also\s+|simply\s+|entirely\s+|completely\s+)?(?:false|untrue|not true|fabricated|fake|baseless|incorrect|wrong)(?=\s*[.!])`, 'g');
/**
 * "The television report that prices had nearly doubled is false.", "McDonald's claim that … is misleading.": a
 * verdict on a report its own sentence opens with, the act its verb (see ACTS; the claims stage ends the report's
 * claim before it).
 */
// (The verdict first, then what must come before it: a lookbehind at the front would be tried at every position of
// the text, and one after the verb at every "is" and "was".)
const INLINE_VERDICT = new RegExp(String.raw`\b${VERDICT_PREDICATE}(?=\s*[.!])(?<=(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:the|this|that|these|those)\s+|\p{Lu}[\p{L}.-]*['’]s\s+)(?:[\w'’-]+\s+){0,3}?(?:reports?|claims?|posts?|suggestions?|assertions?|rumou?rs?|allegations?)\s+that\s[^.!?]{3,200}?\s${VERDICT_PREDICATE})`, 'giu');
/** Whether an act's words are a verdict (VERDICT's or INLINE_VERDICT's match): they open with its subject, or its verb. */
const VERDICT_OPENING = new RegExp(String.raw`^(?:${VERDICT_SUBJECT}|is|are|was|were)\s`, 'i');
const isVerdict = (words: string): boolean => VERDICT_OPENING.test(words);

/**
 * Patterns in the order they win: a longer, more specific act first. Each
 * with words one of which any match contains: most articles hold none of an
 * act's words, and are not scanned with its pattern (doc/lower-text.ts,
 * mayHoldAny).
 */
const ACTS: Array<[VerificationStatus, RegExp, string[]]> = [
  // ("could not yet verify", "was unable to independently authenticate the footage": a check that could not be made.)
  ['could-not-verify', /\b(?:could not|couldn['’]t|cannot|can['’]t|was unable to|were unable to|is unable to|are unable to|has been unable to|have been unable to)\s+(?:(?:independently|yet|immediately|fully|officially)\s+){0,2}(?:verify|confirm|authenticate|corroborate)\b|\b(?:(?:has|have|had)(?: not|n['’]t) been|(?:was|were|is|are)(?: not|n['’]t)) able to (?:(?:independently|yet|fully)\s+)?(?:verify|confirm|authenticate|corroborate)\b/g, ['verify', 'confirm', 'authenticate', 'corroborate']],
  // ("It was not possible to independently verify either figure", "impossible to confirm".)
  ['could-not-verify', /\b(?:not possible|impossible) to (?:(?:independently|yet|immediately|fully)\s+){0,2}(?:verify|confirm|authenticate|corroborate)\b/g, ['possible to']],
  ['could-not-verify', /\b(?:could not|couldn['’]t|cannot|can['’]t) be (?:(?:independently|yet|immediately|fully)\s+){0,2}(?:verified|confirmed|authenticated|corroborated)\b|\bnot (?:been )?independently (?:verified|confirmed|authenticated|corroborated)\b|\bneither\b[^.;]{0,60}?\b(?:could|can) be (?:independently )?verified\b/g, ['verified', 'confirmed', 'authenticated', 'corroborated']],
  ['not-confirmed', /\bneither (?:confirmed|denied) nor (?:confirmed|denied)\b|\b(?:have|has|had)(?: not|n['’]t)(?: yet)?(?: been)? (?:formally |officially |publicly |independently )?confirmed\b|\b(?:is|are|was|were)(?: not|n['’]t)(?: yet)? (?:formally |officially |publicly )?confirmed\b|\b(?:has|have) yet to (?:formally |officially |publicly )?confirm\b|\bneither\b[^.;]{0,80}?\b(?:have|has|had)? ?(?:formally |officially |publicly )?confirmed\b|\bunconfirmed\b|\bdid not confirm\b|\b(?:(?:is|are|was|were|am)(?: not|n['’]t)(?: yet)? (?:able|in a position)|(?:would|will)(?: not|n['’]t)) (?:to )?(?:independently |yet )?confirm\b|\b(?:have|has|had)(?: not|n['’]t)(?: yet)? established\b/g, ['confirm', 'denied', 'established']],
  ['no-evidence', /\b(?:provided|provide|providing|offered|offer|offering|gave|give|presented|present|showed|cited)\s+no\s+(?:\w+\s+){0,2}?(?:evidence|proof)\b|\bwithout (?:providing |offering |giving |citing )?(?:any )?(?:\w+\s+)?(?:evidence|proof)\b|\bno evidence\b|\b(?:has|have|had|did)(?: not|n['’]t) (?:made public|released|provided|produced|published|presented|offered|shown|given|cited|provide|release|produce|publish|present|offer|show|give|cite|make public) any (?:\w+\s+)?(?:evidence|proof)\b|\b(?:has|have|had|did)(?: not|n['’]t) (?:made public|released|provided|produced|published|presented|offered|shown|cited|provide|release|produce|publish|present|offer|show|cite|make public) (?:\w+\s+)?(?:evidence|proof)\b/g, ['evidence', 'proof']],
  // ("…, though neither provided evidence for the link", "nor offered any proof": nobody of those just named gave it.)
  ['no-evidence', /\b(?:neither|none of them|nor)\s+(?:\w+\s+)?(?:provided|offered|gave|presented|produced|cited|showed)\s+(?:any\s+)?(?:\w+\s+)?(?:evidence|proof)\b/g, ['neither', 'none of them', 'nor ']],
  // ("did not provide any data to support the 80% figure": what was asked for, by what it was to back.)
  ['no-evidence', /\b(?:has|have|had|did)(?: not|n['’]t) (?:provided|produced|offered|given|cited|presented|published|released|shown|provide|produce|offer|give|cite|present|publish|release|show) (?:any )?(?:[\w-]+\s+)?(?:data|documents?|documentation|figures|sources|records|details)\s+to\s+(?:support|back|substantiate|corroborate|justify)\b/g,
    ['to support', 'to back', 'to substantiat', 'to corroborat', 'to justif']],
  ['declined-comment', /\b(?:declin\w*|refus\w*) to (?:comment|respond|answer|elaborate|discuss|confirm or deny|say|specify|disclose|reveal|speculate|give details|provide details|(?:give|provide) (?:a |any )?(?:figures?|numbers?|estimates?))\b|\bdid not (?:immediately )?(?:respond|reply) to (?:\w+ ){0,2}requests? for comment\b|\b(?:did not|has not|have not|had not) (?:immediately )?(?:respond|reply|responded|replied) to (?:[\w-]+ ){0,3}?(?:questions?|messages?|calls?|emails?|inquiries|queries|requests?)\b(?: (?:and|or) (?:[\w-]+ )?(?:questions?|messages?|calls?|e-?mails?|inquiries|queries|requests?)\b)?|\b(?:remained|remains|stayed|kept) silent\b|\bno comment\b|\b(?:has|have|had|did|does|do)(?: not|n['’]t)(?: yet| immediately)? (?:publicly )?(?:commented|comment|responded|respond)\b|\b(?:would|will)(?: not|n['’]t) (?:comment|elaborate)\b/g, ['declin', 'refus', 'respond', 'repl', 'silent', 'comment', 'elaborate']],
  // "would not say whether …", "did not explain why …": a question left unanswered. (An indirect question after
  // "say": "I would not say we are worried" is an opinion.)
  ['declined-comment', /\b(?:(?:would|will)(?: not|n['’]t)|won['’]t) (?:say|specify|disclose|explain)(?= (?:whether|why|how|what|when|where|who|which|if)\b)|\b(?:did|does|has|have)(?: not|n['’]t) explain\b/g,
    ['not say', "n't say", 'n’t say', 'not specify', "n't specify", 'n’t specify', 'not disclose', "n't disclose", 'n’t disclose', 'not explain', "n't explain", 'n’t explain']],
  // (Not answering, in words of its own: scanned only where those words occur, as the patterns above;
  // "return" and "answer" alone are too common to let the whole pattern run on every article.)
  ['declined-comment', /\b(?:could not|couldn['’]t|cannot|can['’]t)(?: immediately)? be (?:immediately )?reached\b(?: for comment)?|\b(?:is|are|was|were)(?: not|n['’]t) (?:immediately )?available for comment\b|\b(?:is|are|was|were) (?:immediately )?unavailable for comment\b|\b(?:did not|has not|have not|had not)(?: immediately)? (?:return|answer) (?:[\w-]+ ){0,3}?(?:calls?|messages?|e-?mails?|requests?|inquiries|queries|questions?)\b(?: (?:and|or) (?:[\w-]+ )?(?:questions?|messages?|calls?|e-?mails?|inquiries|queries|requests?)\b)?(?: (?:seeking|requesting|asking for|for) comment\b)?|\b(?:phone )?(?:calls?|messages?|e-?mails?) (?:to (?:[\w'’-]+ ){1,4}?)?(?:went|have gone|has gone|were|remained) unanswered\b/g,
    ['be reached', 'be immediately reached', 'available for comment', 'not return', 'not immediately return', 'not answer', 'not immediately answer', 'unanswered']],
  ['denied', /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)\b/g, ['denied', 'denies', 'deny', 'reject', 'dismiss', 'refut']],
  // A fact-check's verdict in the article's own voice, a sentence of its own after the claim: "That is false."
  // (The sentence stays a claim of the article's too: it asserts the verdict.)
  ['denied', VERDICT, ['false', 'untrue', 'not true', 'fabricated', 'fake', 'baseless', 'incorrect', 'wrong']],
  ['denied', INLINE_VERDICT, ['false', 'untrue', 'not true', 'fabricated', 'baseless', 'incorrect', 'wrong', 'misleading']],
  // "called the allegations a fabrication": the act is "called", and what it answers the allegations.
  // ("called the reports 'a staged and fabricated provocation'": a word or two may come first.)
  ['denied', /\b(?:called|calls|calling)(?=\s+(?:the|these|those|such)\s+(?:allegations?|claims?|accusations?|reports?)\s+["“]?(?:an?\s+|completely\s+|totally\s+|utterly\s+)?(?:[\w-]+\s+(?:and\s+)?){0,2}(?:fabrications?|lies?|false|baseless|groundless|absurd|nonsense|fake|untrue|slander|slanderous|propaganda|fiction|fabricated|unfounded)\b)/g, ['call']],
  // "insists the recording is fake", "said the video was doctored": the act is the verb, and what it answers
  // what the thing shows or says.
  ['denied', /\b(?:insists|insisted|insisting|maintains|maintained|said|says|saying)(?=\s+(?:that\s+)?(?:the|this|that)\s+(?:[\w'’-]+\s+)?(?:recording|video|clip|audio|footage|document|memo|letter|screenshot|photo|photograph|image|tape|post)\s+(?:is|was|had been|has been)\s+(?:an?\s+)?(?:fake|false|fabricated|doctored|forged|manipulated|a fabrication|a forgery|a fake|fabrication|forgery|deepfake)\b)/g, ['fake', 'false', 'doctored', 'fabricat', 'forge', 'manipulated']],
  // "the central bank said the accusation was false", "insisted the allegations were untrue": the act is the verb,
  // and what it answers the report. (Not "the FT's report": whose report it is the next stage cannot yet tell.)
  ['denied', /\b(?:insists|insisted|insisting|maintains|maintained|said|says|saying)(?=\s+(?:that\s+)?(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}?(?:report|reports|story|stories|article|claim|claims|allegation|allegations|accusation|accusations)\s+(?:is|was|were|are|had been|has been|have been)\s+["“]?(?:completely\s+|entirely\s+|totally\s+|simply\s+)?(?:not accurate|inaccurate|untrue|not true|false|baseless|groundless|unfounded|incorrect|wrong)\b)/g,
    ['accurate', 'untrue', 'not true', 'false', 'baseless', 'groundless', 'unfounded', 'incorrect', 'wrong']],
  ['confirmed', /\b(?:confirmed|confirms|confirming)\b/g, ['confirm']],
  // ("said it had verified the footage", "has verified": a check that succeeded; "could not verify" is taken above.)
  ['confirmed', /\b(?:(?:had|has|have)\s+(?:independently\s+)?verified|verifies)\b/g, ['verified', 'verifies']],
];
/**
 * Whether lower-case `text` holds a verification act ("declined to comment",
 * "could not verify", "has not confirmed", "denied"): for the attribution
 * filter, which must not drop what this layer reads (filter.ts).
 */
export function holdsVerificationAct(text: string): boolean {
  // (A pattern runs only where one of its words occurs, as over the article: see ACTS.)
  return ACTS.some(([, re, words]) => {
    if (!words.some((w) => text.includes(w))) return false;
    re.lastIndex = 0;
    const hit = re.test(text);
    re.lastIndex = 0;
    return hit;
  });
}

/** Acts that answer nothing: a refusal, a failed check. */
const NON_ANSWERS = new Set<VerificationStatus>(['declined-comment', 'could-not-verify', 'not-confirmed']);
/** What opens an indirect question or a clause: "how many …", "whether …", "that …". */
const OPEN_QUESTION = /^(?:whether|if|how|why|what|when|where|who|whom|which|that)\b/i;

const CONDITIONAL = /\b(?:if|unless|once|until|whether|when|yet to be|not yet|be)\s+$/;
// A bare pronoun is anaphoric only when it is the whole object: "no evidence that Beijing approved" is a clause.
const NEGATED = /\b(?:nor|not|never|neither|n['’]t)\s+(?:\w+\s+){0,2}$/;
const ANAPHORA = /^(?:(?:these|those|the|such|this|that)\s+(?:claims?|reports?|allegations?|accounts?|matter|issue|assertions?|information|story|stories|articles?|reporting|accusations?|charges?|findings|rumou?rs?|speculation|assessments?|suggestions?(?!\s+(?:that|of)\b))\b|(?:it|this|that|them)$|(?:any\s+)?wrongdoing\b)/i;
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'or', 'that', 'with', 'for', 'any', 'have', 'has', 'been', 'be', 'was', 'were', 'is', 'are', 'by', 'as', 'at', 'from', 'their', 'its', 'his', 'her', 'some', 'these', 'those', 'this', 'specific']);

export function verification(doc: Doc): void {
  const resolver = new SourceResolver(doc);
  const known = resolver.sources.length;
  // One pass of each pattern over the whole text (not per sentence): most
  // articles hold only a handful of acts, and this is on every article's path.
  const lower = lowerCaseText(doc);
  const taken: Span[] = [];
  /** Acts that say nothing was said or checked: a sentence made of them asserts nothing. */
  const acts: Span[] = [];
  // Patterns in order of precedence claim their spans first; the acts are then
  // linked in text order, so that an act can see what the acts before it answered.
  const found: Array<{ status: VerificationStatus; span: Span; words: string; s: Sentence }> = [];
  for (const [status, re, words] of ACTS) {
    if (!mayHoldAny(doc, words)) continue;
    for (const m of lower.matchAll(re)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      // "the proposals, if confirmed, would …": a condition, not an act.
      if (status === 'confirmed' && CONDITIONAL.test(lower.slice(Math.max(0, span.start - 12), span.start))) continue;
      // "has neither confirmed nor denied", "did not deny": no denial, no confirmation.
      if ((status === 'denied' || status === 'confirmed') && NEGATED.test(lower.slice(Math.max(0, span.start - 24), span.start))) continue;
      // ("had been denied her medication", "were denied access": withheld from someone, no denial of a claim.)
      if (status === 'denied' && DEPRIVED.test(lower.slice(span.end, span.end + 24)) && PASSIVE_AUX.test(lower.slice(Math.max(0, span.start - 12), span.start))) continue;
      const s = doc.sentences[doc.sentenceAt(span.start)];
      if (!s || span.end > s.end || taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      taken.push(span);
      found.push({ status, span, words: m[0], s });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  // "U.S. officials declined [to comment on] the report", "The report could not be independently [confirmed]": an
  // attribution whose cue is itself a refusal or a failed check says nothing of what it is about; its claim
  // goes before the acts look for the claims they concern. (Not a question left open, "declined to say how
  // many tablets had been distributed": that is its claim.)
  const refusals = found.filter((f) => NON_ANSWERS.has(f.status));
  if (refusals.length) {
    const cueOf = new Map(doc.attributions.map((a) => [a.id, a.cue]));
    const kept = doc.claims.filter((c) => {
      const cue = c.attribution !== null ? cueOf.get(c.attribution) : undefined;
      return !cue || !refusals.some((f) => f.span.start < cue.end && cue.start < f.span.end) || OPEN_QUESTION.test(doc.slice(c.span[0]!));
    });
    if (kept.length !== doc.claims.length) doc.claims = kept.map((c, i) => ({ ...c, id: `c${i + 1}` }));
  }
  for (const f of found) if (f.status === 'declined-comment' || f.status === 'could-not-verify' || f.status === 'not-confirmed') acts.push(f.span);
  for (const { status, span, words, s } of found) {
    // A second act of the same kind in one sentence ("remained silent …, declining") adds nothing.
    // (Unless another body performs it: "A spokesman for the hospital did not respond …, and the provincial
    // health directorate declined to comment".)
    const inSentence = status === 'declined-comment' ? doc.claims.flatMap((c) => c.verification).filter((v) => v.status === status && v.span.start >= s.start && v.span.end <= s.end) : [];
    // "X could not be verified": X is what went unverified, and nobody in particular failed to.
    // (Not "could not independently verify", which has a subject who tried.)
    // ("has not been formally confirmed", "was not confirmed": passives too.)
    // ("Calls to his office went unanswered": nobody named failed to answer.)
    // ("40 new cases had been confirmed", "the outbreak was confirmed": the act's pattern took in only the
    // participle; the auxiliary before it makes it a passive, whose subject is what was confirmed.)
    const passive = /\bunanswered$|\bbe (?:independently )?(?:verified|confirmed)\b|\bnot (?:been )?independently (?:verified|confirmed)\b|\bbeen (?:\w+ )?confirmed\b|\b(?:is|are|was|were)(?: not|n['’]t)(?: yet)? (?:\w+ )?confirmed\b/.test(words)
      || (words === 'confirmed' && PASSIVE_BEFORE.test(lower.slice(Math.max(0, span.start - 40), span.start)));
    // ("… was confirmed by the health ministry": the agent after "by" performed it.)
    const agent = passive ? agentAfter(doc, span, s) : null;
    // An act inside what a source is quoted as saying ("it stressed there was no
    // evidence that …") is that source's, unless the act has a subject of its own.
    const reporter = doc.claims.find((c) => c.attribution !== null && c.sources.length && c.span.some((x) => x.start <= span.start && span.end <= x.end));
    // (A verdict is the article's: "That is false." names nobody.)
    const verdict = status === 'denied' && isVerdict(words);
    const by = verdict ? null : passive ? (agent ? resolver.resolve(agent)[0] ?? null : null) : reporter && status === 'no-evidence' && butNoEvidence(doc, reporter, span) ? reporter.sources[0]!
      // (Whose "I" or "we" it is: the last of the chain, who spoke the words: "…," she told the Tribune.)
      : speakerBeforeBut(doc, span) ?? performer(doc, resolver, span, s.firstToken, reporter?.sources[reporter.sources.length - 1] ?? null) ?? reporter?.sources[0]
        ?? toldBy(doc, span) ?? null;
    if (inSentence.some((v) => v.by === by || by === null)) continue;
    // "The agency confirmed that samples showed elevated mercury": the act is the cue of the claim it confirms.
    const cueOf = status === 'confirmed' ? doc.attributions.find((x) => x.cue.start <= span.start && span.end <= x.cue.end) : undefined;
    const confirmedClaim = cueOf ? doc.claims.find((c) => c.attribution === cueOf.id) : undefined;
    // ("Neither account could be verified": the act's pattern took its subject in.)
    const neither = passive ? /^neither\b[^.;]*?(?=\s+(?:could|can)\s)/i.exec(words) : null;
    const subject = neither ? { start: span.start, end: span.start + neither[0].length } : passive ? passiveSubject(doc, span, s) : undefined;
    const target = confirmedClaim ?? concernedClaim(doc, span, s, status, by, resolver.sources, acts, subject);
    target.verification.push({ status, by, span });
    // "Those claims could not be independently verified": every claim its source just made.
    const object = subject ? doc.slice(subject) : doc.text.slice(span.end, s.end);
    if (PLURAL_ANAPHORA.test(object) && target.attribution !== null) {
      alsoConcerns(doc, { status, by, span }, (c) => c !== target && c.attribution !== null && c.sources[0] === target.sources[0] && c.span[0]!.start < target.span[0]!.start);
    }
  }
  negatedRestatements(doc);
  // "Iran's foreign ministry did not respond to a request for comment" is an act,
  // not something the article asserts: its own-voice claim goes (unless an act
  // was found to concern it).
  const before = doc.claims.length;
  doc.claims = doc.claims.filter((c) => c.attribution !== null || c.verification.length > 0 || !onlyActs(doc, c, acts));
  if (doc.claims.length !== before) doc.claims.forEach((c, i) => { c.id = `c${i + 1}`; });
  for (const c of doc.claims) c.verification.sort((a, b) => a.span.start - b.span.start);
  // What nobody could verify, or was put forward without evidence, is not certain, however plainly it was said
  // ("Sever Cyberfront said it had cut power to more than 200,000 people …. Wire could not verify the claim").
  for (const c of doc.claims) if (c.certainty === 'certain' && c.verification.some((v) => v.status === 'could-not-verify' || v.status === 'no-evidence')) c.certainty = 'probable';
  // Sources first met here (who declined or denied) get their offices completed as the sources stage's do.
  for (const s of resolver.sources.slice(known)) resolver.completeOffice(s);
  doc.sources = resolver.sources;
}

/** Auxiliaries of a perfect or a passive: "no teacher has been arrested", "the samples were not tested". */
const PERFECT_OR_PASSIVE = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are']);
const FUTURE_MODALS = new Set(['will', 'would', 'wo']);
/** A word a negated restatement needs: "no …", "… not …", "hasn't". */
const NEGATION_WORD = /\b(?:no|not)\b|n['’]t\b/i;
/** How far back a negated restatement looks for the claim it answers. */
const RESTATEMENT_SENTENCES = 30;

/**
 * "A teacher had been arrested, the messages claimed … 'No teacher has been arrested,' said Inspector
 * Haider": a source who says, in the negative, what another source's claim says happened, denies that
 * claim, though no verb of denial is used. The negation is read from the words ("no NOUN has been
 * VERBed", "NOUN was not VERBed"), and the claim answered is the latest earlier one, of other sources,
 * with a noun of the same lemma and, after it, a verb of the same lemma.
 */
function negatedRestatements(doc: Doc): void {
  const T = doc.tokens;
  for (const d of doc.claims) {
    if (d.attribution === null || !d.sources.length) continue;
    for (const x of d.span) {
      // (Most claims hold no negation: one look at their words before the tokens.)
      if (!NEGATION_WORD.test(doc.text.slice(x.start, x.end))) continue;
      for (let i = doc.tokenAt(x.start); i < T.length && T[i]!.end <= x.end; i++) {
        const negation = negatedPassive(T, i, x.end);
        const none = negation ? -1 : existentialNegation(T, i, x.end);
        if (!negation && none < 0) continue;
        const says = negation ? (c: Claim) => saysHappened(doc, c, T[negation.noun]!.lemma, T[negation.verb]!.lemma) : (c: Claim) => mentionsRoot(doc, c, T[none]!.lower);
        const answered = doc.claims.filter((c) => c !== d && c.span[0]!.start < x.start && !c.sources.some((id) => d.sources.includes(id))
          && doc.sentenceAt(x.start) - doc.sentenceAt(c.span[0]!.start) <= RESTATEMENT_SENTENCES && says(c)).pop();
        const end = negation ? T[negation.verb]!.end : T[none]!.end;
        if (answered && !answered.verification.some((v) => v.status === 'denied' && v.by === d.sources[0])) {
          answered.verification.push({ status: 'denied', by: d.sources[0]!, span: { start: T[i]!.start, end } });
        }
      }
    }
  }
}

/** At token `i`: "no (ADJ) NOUN has (been) VERBed" or "NOUN has not (been) VERBed", as the indices of the noun and the verb. */
function negatedPassive(T: Doc['tokens'], i: number, end: number): { noun: number; verb: number } | null {
  let k = i, noun = -1;
  if (T[i]!.lower === 'no') {
    k = i + 1;
    while (T[k]?.pos === 'ADJ') k++;
    if (T[k]?.pos !== 'NOUN') return null;
    noun = k++;
    if (!PERFECT_OR_PASSIVE.has(T[k]?.lower ?? '')) return null;
    k++;
  } else if (T[i]!.pos === 'NOUN' && PERFECT_OR_PASSIVE.has(T[i + 1]?.lower ?? '') && /^(?:not|n['’]t)$/.test(T[i + 2]?.lower ?? '')) {
    noun = i;
    k = i + 3;
  } else if (T[i]!.pos === 'NOUN' && FUTURE_MODALS.has(T[i + 1]?.lower ?? '') && /^(?:not|n['’]t)$/.test(T[i + 2]?.lower ?? '') && T[i + 3]?.lower === 'be') {
    // "withdrawals would not be frozen": what will not happen, against a claim that it will.
    noun = i;
    k = i + 4;
  } else return null;
  if (T[k]?.lower === 'been') k++;
  const v = T[k];
  return v && v.end <= end && v.pos === 'VERB' && /(?:ed|en|wn|ght|t)$/.test(v.lower) ? { noun, verb: k } : null;
}

/** Nouns "there is no …" does not deny anything with: what is missing is the point ("no evidence" is an act of its own). */
const EXISTENTIAL_SKIP = new Set(['evidence', 'proof', 'indication', 'sign', 'signs', 'information', 'confirmation', 'doubt', 'need', 'reason',
  'way', 'time', 'comment', 'word', 'news', 'data', 'record', 'records', 'answer', 'response', 'change', 'decision', 'question']);
const THERE_BE = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had']);

/** At token `i`: "there is no (ADJ) NOUN" ("there is no contamination of any kind", "there was no ramming"), as the noun's index, or -1. */
function existentialNegation(T: Doc['tokens'], i: number, end: number): number {
  if (T[i]!.lower !== 'there' || !THERE_BE.has(T[i + 1]?.lower ?? '')) return -1;
  let k = i + 2;
  if (T[k]?.lower === 'been') k++;
  if (T[k]?.lower !== 'no') return -1;
  k++;
  while (T[k]?.pos === 'ADJ') k++;
  const n = T[k];
  // (A gerund is the act as a noun: "There was no ramming by the Chinese side".)
  const noun = n && (n.pos === 'NOUN' || (n.pos === 'VERB' && n.lower.endsWith('ing')));
  return n && noun && n.end <= end && !EXISTENTIAL_SKIP.has(n.lower) ? k : -1;
}

/** Words that make a claim negative: it says nothing happened, so nothing in the negative denies it. */
const NEGATIONS = new Set([...NEGATION_WORDS, 'without']);
/** A word's root for matching its derivations: "contamination", "contaminated" → "contamin…". */
const root = (w: string): string => w.replace(/(?:ations?|ions?|ings?|ed|es|s|e)$/, '');

/** Whether claim `c`, not in the negative, has a word of the same root as `word` ("contaminated" for "contamination"). */
function mentionsRoot(doc: Doc, c: Claim, word: string): boolean {
  const r = root(word);
  // (A short root only as itself: "ramming", "rammed" → "ramm".)
  if (r.length < 4) return false;
  // (A verb or an adjective only for a noun made from one, "contamination" for "contaminated", "rationing" for
  // "rationing fuel": "no complaints" at other schools says nothing of children "complaining".)
  const derived = /(?:ions?|ments?|ing|age)$/.test(word);
  const T = doc.tokens;
  let found = false;
  for (const x of c.span) {
    for (let i = doc.tokenAt(x.start); i < T.length && T[i]!.end <= x.end; i++) {
      const t = T[i]!;
      if (NEGATIONS.has(t.lower)) return false;
      if (t.pos === 'NOUN' || (derived && (t.pos === 'VERB' || t.pos === 'ADJ'))) {
        const q = root(t.lower);
        if (r.length < 5 ? q === r : q.length >= 5 && (q.startsWith(r) || r.startsWith(q))) found = true;
      }
    }
  }
  return found;
}

/** Whether claim `c` says, not in the negative, that a NOUN of lemma `noun` was VERBed (a verb of lemma `verb` after it). */
function saysHappened(doc: Doc, c: Claim, noun: string, verb: string): boolean {
  const T = doc.tokens;
  for (const x of c.span) {
    let sawNoun = false;
    for (let i = doc.tokenAt(x.start); i < T.length && T[i]!.end <= x.end; i++) {
      const t = T[i]!;
      if (NEGATIONS.has(t.lower)) return false;
      if (t.pos === 'NOUN' && t.lemma === noun) sawNoun = true;
      else if (sawNoun && t.pos === 'VERB' && t.lemma === verb) return true;
    }
  }
  return false;
}

/** True when, but for its acts, a claim is a handful of words ("G-III did not respond to requests for comment"). */
function onlyActs(doc: Doc, c: Claim, acts: Span[]): boolean {
  // (Most claims hold no act, and most articles none at all: then the words need no counting.)
  if (!c.span.some((x) => acts.some((t) => t.start >= x.start && t.end <= x.end))) return false;
  let words = 0, hasAct = false;
  const count = (a: number, b: number) => doc.text.slice(a, b).split(/\s+/).filter((w) => /\w/.test(w)).length;
  for (const x of c.span) {
    let at = x.start;
    for (const t of acts) {
      if (t.start < x.start || t.end > x.end) continue;
      hasAct = true;
      // What stands before an act without a verb of its own is the act's subject, however long its
      // apposition ("Brigadier General X, a spokesman for the military government in Naypyitaw, could
      // not be reached"): it asserts nothing.
      if (hasVerb(doc, doc.tokenAt(at), doc.tokenAt(t.start))) words += count(at, t.start);
      at = Math.max(at, t.end);
    }
    words += count(at, x.end);
  }
  return hasAct && words <= 12;
}

const FIRST_PERSON = new Set(['i', 'we']);

/**
 * The subject of the act's verb; for a participle (", declining to …"), the sentence's subject.
 * `speaker`: whose words the act is in, if anyone's; "we" or "I" there is that speaker.
 */
function performer(doc: Doc, resolver: SourceResolver, act: Span, first: number, speaker: string | null): string | null {
  let k = doc.tokenAt(act.start);
  // "has neither confirmed nor denied": the subject stands before "neither".
  if (doc.tokens[k]?.lower !== 'neither') {
    while (k < doc.tokens.length && doc.tokens[k]!.pos !== 'VERB' && doc.tokens[k]!.pos !== 'AUX' && doc.tokens[k]!.start < act.end) k++;
  }
  // "Bambang Sutrisno, director-general of … at the Ministry of …, rejected the findings": a verb
  // right after a comma, in a sentence that opens with a person's name and a comma, is that person's.
  const opener = doc.tokens[k - 1]?.text === ',' ? personOpening(doc, first, k) : null;
  if (opener) return resolver.resolve(opener)[0] ?? null;
  let subj = subjectBefore(doc, k, first);
  // "The governor of the central bank on Monday denied": a time is no subject; the phrase before it is.
  if (subj && A_TIME.test(doc.slice(subj.span))) {
    const before = doc.tokenAt(subj.span.start) - 1;
    subj = /^(?:on|last|this|early|late)$/i.test(doc.tokens[before]?.text ?? '') ? subjectBefore(doc, before, first) : null;
  }
  // "there was no evidence": the act's own words are no subject.
  if (subj && subj.span.end > act.start) subj = null;
  if (!subj && doc.tokens[k - 1]?.text === ',') {
    // participle: walk back to the main verb, then take its subject
    let v = k - 2;
    while (v >= first && doc.tokens[v]!.pos !== 'VERB' && doc.tokens[v]!.pos !== 'AUX') v--;
    if (v >= first) subj = subjectBefore(doc, skipLeft(doc, v, first) + 1, first) ?? nounPhraseLeft(doc, skipLeft(doc, v - 1, first), first);
  }
  // "The ministry did not refer to any damage and has not confirmed …", "… but declined to comment".
  subj ??= coordinatedSubject(doc, k, first);
  if (!subj) return null;
  // ("'We are not in a position to confirm the origin,' said the mission's spokesperson": the spokesperson.)
  if (speaker !== null && FIRST_PERSON.has(doc.slice(subj.span).toLowerCase())) return speaker;
  // "Its chief executive, Jordi Masdeu, declined": the person the apposition names performs the act.
  const T = doc.tokens, after = doc.tokenAt(subj.span.end);
  // ("The team's co-sponsor, the Austrian bicycle maker Brenner, did not respond": the organisation named at its end.)
  if (T[after]?.text === ',' && T[k - 1]?.text === ',') {
    // (An organisation after the noun that describes it, "the … bicycle maker Brenner", not "a Democrat".)
    const described = (m: Span) => m.start > T[after + 1]!.start && /^(?:the|a|an)$/i.test(T[after + 1]!.text)
      && T[doc.tokenAt(m.start) - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(T[doc.tokenAt(m.start) - 1]!.text);
    // (Over a title: "The hospital's director, Dr. Jaime Orellana, declined".)
    let first = after + 1;
    while (NAME_TITLES.has(T[first]?.lower ?? '') && first < k - 2) first++;
    const within = (e: { type: string }) => (m: Span) => m.end === T[k - 2]?.end && (m.start === T[after + 1]?.start || m.start === T[first]?.start || (e.type === 'organization' && described(m)));
    const named = doc.entities.find((e) => (e.type === 'person' || e.type === 'organization') && e.mentions.some(within(e)));
    const m = named?.mentions.find(within(named));
    if (m) return resolver.resolve(m)[0] ?? null;
  }
  const ids = resolver.resolve(subj.span);
  return ids[0] ?? null;
}

/**
 * The person whose name opens the sentence (after a dateline) and is followed by a comma, when the
 * verb at token k follows a comma too: the name and its appositions are the verb's subject.
 */
function personOpening(doc: Doc, first: number, k: number): Span | null {
  const T = doc.tokens;
  const start = afterDateline(doc, { start: T[first]!.start, end: T[k - 1]!.end }) ?? T[first]!.start;
  for (const e of doc.entities) {
    if (e.type !== 'person') continue;
    const m = e.mentions.find((x) => x.start === start);
    if (m && T[doc.tokenAt(m.end)]?.text === ',' && doc.tokenAt(m.end) < k - 1) return m;
  }
  return null;
}

function contentWords(doc: Doc, spans: Span[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    for (let i = doc.tokenAt(s.start); i < doc.tokens.length && doc.tokens[i]!.start < s.end; i++) {
      const t = doc.tokens[i]!;
      if ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'NUM') && !STOP.has(t.lower)) out.add(t.lemma.toLowerCase());
    }
  }
  return out;
}

/** An auxiliary of a passive right before "confirmed", with at most one adverb between: "had been", "were", "was officially". */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?$/;

/** The agent of a passive act: the noun phrase after "by" ("was confirmed by the health ministry"), inside its sentence. */
function agentAfter(doc: Doc, act: Span, sentence: Sentence): Span | null {
  const k = doc.tokenAt(act.end - 1) + 1;
  if (doc.tokens[k]?.lower !== 'by') return null;
  return nounPhraseRight(doc, k + 1, sentence.endToken)?.span ?? null;
}

/** The subject of a passive act ("the figure could not be verified"): what went unverified. */
function passiveSubject(doc: Doc, act: Span, sentence: Span): Span {
  const before = doc.text.slice(sentence.start, act.start);
  // ("… arrived at the figure, which could not be independently verified": the noun the relative pronoun stands for.)
  const antecedent = RELATIVE_SUBJECT.exec(before);
  if (antecedent) {
    const start = sentence.start + antecedent.index;
    return { start, end: start + antecedent[1]!.length };
  }
  // ("The photographs, which the family also shared with this newspaper, could not be verified": past the
  // relative clause set off by commas, to the noun it describes.)
  const relative = /,\s+(?:which|who)\s[^,;]*,\s*$/.exec(before);
  const head = relative ? before.slice(0, relative.index) : before;
  const clause = /[^,;]*$/.exec(head)![0].replace(/^\s*(?:and|but|while|though|although)\s+/i, '').trim();
  const clauseStart = sentence.start + head.lastIndexOf(clause);
  // ("Officials said [the outbreak had been] confirmed": inside what a source says, its subject starts the content.)
  let start = clauseStart;
  for (const a of doc.attributions) for (const c of a.content) if (c.start > start && c.start < act.start && act.end <= c.end) start = c.start;
  return { start, end: clauseStart + clause.length };
}

/** A definite noun phrase, a comma and "which" or "that" just before a passive act: group 1 is the noun phrase. */
const RELATIVE_SUBJECT = /\b((?:the|this|that|these|those|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+),\s+(?:which|that)\s+$/i;

/**
 * A definite phrase for something that carries a claim of its own (footage, a document, a post), as
 * the object of an act, possibly through its authenticity; group 1 is the noun.
 */
const EVIDENCE_OBJECT = /^(?:(?:the\s+)?(?:authenticity|veracity|origin|origins|contents?|provenance|accuracy|genuineness)\s+of\s+)?(?:the|these|those|this|that|its|their|his|her|such)\s+(?:(?!(?:the|a|an)\s)[\w'’-]+\s+)?(videos?|footage|images?|photos?|photographs?|pictures?|recordings?|audio|documents?|records?|memos?|memorandums?|letters?|files?|screenshots?|posts?|messages?|clips?|tapes?|emails?|e-mails?|contents|banners?|posters?|leaflets?|flyers?|notes?)\b/i;
/** How far back a carrier's claims are looked for. */
const CARRIER_SENTENCES = 4;
/** What a person is denied when "denied" means withheld: "been denied her medication", "was denied bail". */
const DEPRIVED = /^\s+(?:her|his|their|my|our|access|entry|bail|food|water|medical|medicine|medication|treatment|visits?|permission|a visa|the right)\b/;
const PASSIVE_AUX = /\b(?:been|was|were|is|are|be|being|get|got|gets)\s+$/;
/** A no-evidence act of who failed to give it ("provided no evidence", "without offering proof"), not "there is no evidence". */
const GAVE = /^(?:provided|provide|providing|offered|offer|offering|gave|give|presented|present|showed|cited|without|has|have|had|did)\b/i;

/**
 * The claims a carrier (`noun`: "videos", "record") makes, among `earlier`: those a source so named
 * makes ("Videos posted overnight appeared to show …"), else those in the latest sentence, within a
 * few before the act, that names such a carrier ("A hospital admission record … lists …") and in
 * those after it. In text order; empty when none.
 */
function carrierClaims(doc: Doc, noun: string, earlier: Claim[], act: Span): Claim[] {
  const singular = noun.replace(/(?<=[^s])s$/, '');
  const kind = CARRIER_KIND.get(singular) ?? [singular];
  const actSentence = doc.sentenceAt(act.start);
  const near = earlier.filter((c) => actSentence - doc.sentenceAt(c.span[0]!.start) <= CARRIER_SENTENCES);
  const names = (s: string) => s.toLowerCase().split(/[^\p{L}-]+/u).some((w) => kind.includes(w.replace(/(?<=[^s])s$/, '')));
  const bySource = near.filter((c) => c.sources.some((id) => names(doc.sources.find((s) => s.id === id)?.name ?? '')));
  // The latest sentence that names such a thing; for a plural ("the videos"), the first of those near,
  // so that every video the article described is concerned.
  const plural = singular !== noun;
  let at = -1;
  for (const c of near) {
    const s = doc.sentenceAt(c.span[0]!.start), sent = doc.sentences[s]!;
    // (Not the act's own words: "found no evidence of the videos" names none before it.)
    for (let i = sent.firstToken; i < sent.endToken && doc.tokens[i]!.end <= act.start; i++) {
      const t = doc.tokens[i]!;
      // (A plural that opens the sentence may be read as a name: "Videos posted on social media …".)
      const noun = t.pos === 'NOUN' || (t.pos === 'PROPN' && i === sent.firstToken);
      if (noun && kind.includes(t.lemma.toLowerCase().replace(/(?<=[^s])s$/, ''))) { at = plural && at >= 0 ? Math.min(at, s) : Math.max(at, s); break; }
    }
  }
  // (… and what is said in it, in the sentences after: "The clip shows … A man in it says …".)
  const inSentences = at < 0 ? [] : near.filter((c) => doc.sentenceAt(c.span[0]!.start) >= at);
  // (Whichever is the later: "satellite images showed …" three sentences before "Photos shared by fishermen appear to show …".)
  const last = (cs: Claim[]) => (cs.length ? cs[cs.length - 1]!.span[0]!.start : -1);
  return last(bySource) > last(inSentences) ? bySource : inSentences;
}

const DEFINITE_DETERMINER = new Set(['the', 'this', 'these', 'those', 'its', 'their']);
/** The lemma of the head noun of a definite phrase opening `span` ("the preliminary investigation" → investigation), if any. */
function definiteHead(doc: Doc, span: Span): string | undefined {
  let i = doc.tokenAt(span.start);
  if (!DEFINITE_DETERMINER.has(doc.tokens[i]?.lower ?? '')) return undefined;
  let head: string | undefined;
  for (i++; i < doc.tokens.length && doc.tokens[i]!.end <= span.end; i++) {
    const t = doc.tokens[i]!;
    if (t.pos === 'NOUN') head = t.lemma.toLowerCase();
    else if (t.pos !== 'ADJ') break;
  }
  return head;
}
/** Whether claim `c` holds the noun of lemma `lemma`. */
function namesNoun(doc: Doc, c: Claim, lemma: string): boolean {
  for (const x of c.span) {
    for (let i = doc.tokenAt(x.start); i < doc.tokens.length && doc.tokens[i]!.start < x.end; i++) {
      const t = doc.tokens[i]!;
      if (t.pos === 'NOUN' && t.lemma.toLowerCase() === lemma) return true;
    }
  }
  return false;
}

/** The cue verb an anaphoric noun repeats: "the claim" points back to what someone "claimed". */
// ("alleged" as the POS tagger may read it after a comma: an adjective, its own lemma.)
const ACCUSING = ['accuse', 'allege', 'charge', 'alleged', 'accused'];
const CUE_OF_NOUN: Record<string, string[]> = {
  claim: ['claim'], assertion: ['assert'], report: ['report'], finding: ['find'],
  // ("the account": what someone told, said or reported; "the rumour": what was claimed or said.)
  account: ['say', 'tell', 'report', 'describe', 'recount'], rumour: ['claim', 'say', 'report', 'allege'], rumor: ['claim', 'say', 'report', 'allege'],
  // ("denies all the charges": what the prosecutors accused him of, alleged or charged.)
  allegation: ACCUSING, accusation: ACCUSING, charge: ACCUSING,
};

/** A claim that something is absent: "no public record linking …", "there was no sign of …". */
const NEGATIVE_FINDING = /^(?:that\s+)?(?:there\s+(?:was|were|is|are)\s+)?no\s/i;
/** A figure in digits or words ("38 bodies", "six bodies", "dozens of"). */
const A_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?)\b/i;
/** "Those claims", "these reports": more than the latest claim. */
const PLURAL_ANAPHORA = /^\s*(?:these|those|such|the|both)\s+(?:claims|reports|allegations|accusations|accounts|assertions|findings)\b/i;
// ("any of the casualty figures", "the parents' figures": several figures, named by what they count.)
const NUMERIC_ANAPHORA = /^(?:(?:for|of|behind)\s+)?(?:the|this|that|these|those|a|an|its|their|his|her|either|neither)\s+(?:\w+\s+)?(?:figures?|numbers?|tolls?|estimates?|counts?|totals?|tally)\b|^(?:(?:any|all|either|both|each|none)\s+of\s+)?(?:the|these|those|any|all)\s+(?:[\w'’-]+\s+){0,2}?(?:figures|numbers|estimates|counts|totals|tolls)\b/i;

/** How many figures a plural anaphora counts: "the three totals", "both figures". */
const COUNTED = /\b(both|two|three|four|five)\b/i;
const COUNTS: Record<string, number> = { both: 2, either: 2, two: 2, three: 3, four: 4, five: 5 };

/** Figures in the plural: what "any of the casualty figures" points back to is more than one claim. */
const PLURAL_FIGURES = /(?:figures|numbers|tolls|estimates|counts|totals)\b/i;
/** Words of casualty counts. */
const CASUALTY = /\b(?:casualt|deaths?\b|dead\b|died\b|tolls?\b|killed|wounded|injured|fatalities|bodies)/i;

/** ", but" (and an auxiliary) right before an act: "…, but provided no evidence", "… but has offered no proof". */
const BUT_BEFORE = /\bbut\s+(?:(?:has|have|had|so far|then)\s+)?$/i;

/**
 * "X suggested [the student may have been shot by others], but provided no evidence": an act after ", but"
 * that closes what a source was just reported to say is that source's, not the subject of the words it said.
 */
function speakerBeforeBut(doc: Doc, act: Span): string | null {
  const before = doc.text.slice(Math.max(0, act.start - 16), act.start);
  const but = BUT_BEFORE.exec(before);
  if (!but) return null;
  const gapStart = act.start - before.length + but.index;
  for (const a of doc.attributions) {
    if (!a.source || a.cue.end > gapStart || doc.sentenceAt(a.cue.start) !== doc.sentenceAt(act.start)) continue;
    const end = Math.max(...a.content.map((c) => c.end));
    if (end <= gapStart && /^[\s,]*$/.test(doc.text.slice(end, gapStart))) return a.source;
  }
  return null;
}

/** Verbs of telling whose object clause holds what the teller says: "told reporters there was no evidence". */
const TELLING_VERBS = new Set(['told', 'tells', 'telling', 'said', 'says', 'saying', 'added', 'insisted', 'stressed', 'noted', 'argued']);

/**
 * "The mission's spokesman, Luca Ferrandi, told Meridian News there was 'no evidence' that …": an act in what a
 * speaker tells, though no claim holds it (the report went unread), is the speaker's: the source of a report in
 * the same sentence named before the act, when a telling verb and at most a few words stand between them.
 */
function toldBy(doc: Doc, act: Span): string | undefined {
  const sentence = doc.sentenceAt(act.start);
  for (const a of doc.attributions) {
    const m = a.sourceMention;
    if (!a.source || !m || m.end > act.start || doc.sentenceAt(m.start) !== sentence) continue;
    // (The act's own opening quotation mark aside: 'there was "no evidence"'.)
    const between = doc.text.slice(m.end, act.start).replace(/["“]\s*$/, '');
    const words = between.trim().split(/\s+/);
    if (words.length <= 6 && TELLING_VERBS.has(words[0]!.toLowerCase()) && !/[,;.:"“”]|\bbut\b/.test(between.replace(/^\s*,/, ''))) return a.source;
  }
  return undefined;
}

/**
 * "The general suggested the student may have been shot by others, but provided no evidence for that": a
 * content read on over ", but" holds the act its source performs on it; that claim is what lacks evidence,
 * and its source is who gave none. (A verb's act only: not "found gains in maths but no evidence of a
 * boost in reading", a finding of its own.)
 */
function butNoEvidence(doc: Doc, host: Claim, act: Span): boolean {
  return host.attribution !== null && host.sources.length > 0 && /^(?:provid|offer|gave|give|present|show|cit)/i.test(doc.slice(act))
    && BUT_BEFORE.test(doc.text.slice(Math.max(host.span[0]!.start, act.start - 12), act.start));
}
/**
 * An apposition that calls what came before a claim: ", a claim this newspaper could not independently …",
 * ", a charge the military government in Ouagadougou denied".
 */
const APPOSITIVE_CLAIM = /,\s*(?:a|an)\s+(?:claim|assertion|allegation|accusation|charge|account|figure|number|estimate|report)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,6}$/i;
/**
 * The same with any noun and a relative clause whose verb is the act: ", a cooperation that the Belgian federal
 * police confirmed", ", a finding that the city's mobility secretary dismissed on Monday as …" (RELATIVE_END: the
 * act takes no object of its own there; in ", a sense that he rejects the norms" the clause is what the sense is).
 */
const APPOSITIVE_RELATIVE = /,\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,6}$/i;
const RELATIVE_END = /^\s*(?:[.,;:!?"”)]|$|(?:on|in|at|as|last|this|earlier|later|yesterday|today|publicly|privately|outright|immediately)\b)/i;
/** A time phrase and nothing else ("Monday", "on Tuesday", "this week", "late on Friday"). */
const TIME_ONLY = /^(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|(?:this|last)\s+(?:week|month|year|morning|afternoon|evening|night|weekend))$/i;

/** A report's noun and what it says: "posts claiming that …", "reports that …", "rumours suggesting that …" (group 1: what). */
const REPORTED_THAT = /^(?:(?:the|these|those|social[- ]media|online|local|media|press|news|some|several)\s+){0,2}(?:reports?|posts?|rumou?rs?|messages?|stories|articles?|videos?|claims?)\s+(?:(?:claiming|saying|suggesting|alleging|stating|asserting)\s+)?that\s+(.+)$/i;

/** A question of when or where, and the thing it asks of (group 1): "when or exactly where the footage was recorded". */
const WHEN_WHERE = /^(?:when|where)\b[^,;]*?\b((?:the|these|those|this|that)\s.*)$/i;

/** A claim whose subject is a report of something: "reports that …", "claims of …". */
const REPORT_SUBJECT = /^\W*(?:the\s+|these\s+|those\s+)?(?:reports?|claims?|allegations?|accounts?|rumou?rs?)\s+(?:that|of)\b/i;

/**
 * The claim an act concerns. `sources`: every source so far, those first met as performers of
 * acts included (doc.sources gets them only at the end of the layer).
 */
function concernedClaim(doc: Doc, act: Span, sentence: Span, status: VerificationStatus, by: string | null, sources: Source[], acts: Span[], given?: Span): Claim {
  // The object: what follows the act up to the end of its clause (or, for a passive, its subject).
  let object: Span;
  if (given) object = given;
  else {
    const after = doc.text.slice(act.end, sentence.end);
    // (A second verb of the same subject ends it: "denied that … and said …".)
    let clause = /^[^,;.]*?(?=\s+(?:and|but)\s+(?:said|says|added|insisted|called|claimed|accused|blamed|argued)\b|[,;.]|$)/.exec(after)![0];
    // (… and, for reports of something, what they are dismissed as: "dismissed the reports of a crackdown as 'lies
    // spread by foreign-funded groups'" answers the reports of a crackdown.)
    const dismissedAs = /^(\s*\S+\s+\S+\s+(?:of|about)\s.*?)\s+as\s+(?:["“]|an?\s|the\s)/.exec(clause);
    if (dismissedAs) clause = dismissedAs[1]!;
    // ("did not return a phone message from The Associated Press on Wednesday", "… or to messages sent to its
    // address": who sent them, or where, is no object.)
    if (status === 'declined-comment') clause = clause.replace(SENDER, '');
    clause = clause.replace(/^\s*(?:to\s+\w+\s+|on\s+|of\s+|about\s+|for\s+)/, '').trim();
    const objStart = act.end + after.indexOf(clause);
    object = { start: objStart, end: objStart + clause.length };
  }
  // ("declined to give a figure on Monday": a time after the act is no object.)
  const clause = TIME_ONLY.test(doc.slice(object)) ? '' : doc.slice(object);
  // ("has not confirmed whether it ordered the recall", "no evidence that …": a proposition.)
  const propositional = /^(?:that|whether|if)\s/i.test(clause);
  // "… said reports that two citizens were among the dead were "unconfirmed"": the act is the
  // predicate of the claim it sits in, whose subject is the report it judges.
  const host = doc.claims.find((c) => c.span.some((s) => s.start <= act.start && act.end <= s.end));
  // (An inline verdict, "The report that X is false.": the report's claim, which ends right before it; or, when no
  // report was read there, the verdict's own sentence.)
  if (status === 'denied' && /^(?:is|are|was|were)\s/i.test(doc.slice(act))) {
    const report = doc.claims.find((c) => c.attribution !== null && c.span.length === 1 && doc.sentenceAt(c.span[0]!.start) === doc.sentenceAt(act.start)
      && /^\s*$/.test(doc.text.slice(c.span[0]!.end, act.start)));
    const answered = report ?? host;
    if (answered) return answered;
  }
  if (host && REPORT_SUBJECT.test(doc.slice(host.span[0]!))) return host;
  if (host && status === 'no-evidence' && butNoEvidence(doc, host, act)) return host;
  // ("Two security sources said …, though neither provided evidence for the link": the claim of those who gave none.)
  if (host && status === 'no-evidence' && host.attribution !== null && /^(?:neither|none of them|nor)\b/i.test(doc.slice(act))) return host;
  // ("said that criminal groups may have infiltrated the protest, without offering evidence": the claim it closes.)
  if (host && status === 'no-evidence' && by !== null && host.sources.includes(by) && /^without\b/i.test(doc.slice(act))) return host;
  // ("His campaign claimed, without offering evidence, that …": the claim whose cue and content it stands between.)
  if (status === 'no-evidence' && /^without\b/i.test(doc.slice(act))) {
    const between = doc.claims.find((c) => {
      const cue = c.attribution !== null ? doc.attributions.find((a) => a.id === c.attribution)?.cue : undefined;
      return !!cue && /^\s*,?\s*$/.test(doc.text.slice(cue.end, act.start)) && /^\s*,?\s*$/.test(doc.text.slice(act.end, c.span[0]!.start));
    });
    if (between) return between;
  }
  // "The agency said the cause of the fault had not been formally confirmed": a passive act whose subject
  // opens the claim it sits in is that claim's own predicate; the claim is what goes unconfirmed. (The
  // act's subject as read runs from the sentence's start, over the claim's verb: "The agency said the cause
  // …". Not when the cue is a noun, "its claim that mercenaries were present could not be verified": that
  // claim is the subject, and another's.)
  const hostCue = host && host.attribution !== null ? doc.attributions.find((a) => a.id === host.attribution)?.cue : undefined;
  if (host && given && hostCue && doc.tokens[doc.tokenAt(hostCue.start)]?.pos === 'VERB'
    && host.span.some((x) => given.start <= x.start && x.start < given.end && hostCue.end <= x.start && act.end <= x.end)) return host;
  // "… reported that officers had collected documents, a claim this newspaper could not verify": the
  // apposition is the claim just made in the sentence.
  const beforeAct = doc.text.slice(sentence.start, act.start);
  if (APPOSITIVE_CLAIM.test(beforeAct) || (APPOSITIVE_RELATIVE.test(beforeAct) && RELATIVE_END.test(doc.text.slice(act.end, sentence.end)))) {
    const just = doc.claims.filter((c) => c.span[0]!.start >= sentence.start && c.span[0]!.start < act.start && c !== host && c.attribution !== null).pop() ?? host;
    if (just) return just;
  }
  // Nobody denies or confirms their own claim (but a report may well give no
  // evidence for its own, or a ministry decline to elaborate on its own).
  const own = status === 'denied' || status === 'confirmed';
  const inside = (c: Claim) => c.span.some((s) => s.start <= act.start && act.end <= s.end) || (own && by !== null && c.sources.includes(by));
  // ("The army could not be reached for comment." is an act the article reports, not a claim another act could answer.)
  const mereAct = (c: Claim) => c.attribution === null && onlyActs(doc, c, acts);
  const earlier = doc.claims.filter((c) => c.span[0]!.start < act.start && !inside(c) && !mereAct(c));
  const latest = earlier.filter((c) => c.attribution !== null).pop() ?? earlier.pop();
  /** What source `id` is reported to have said before the act. */
  const saidBy = (id: string) => earlier.filter((c) => c.attribution !== null && c.sources.includes(id));

  // ("could not verify the parents' figures", "the outlet's figure": whose figures they are, read below with the
  // accounts of someone named.)
  const someones = SOMEONES_ACCOUNT.exec(clause);
  const ownedFigures = !!someones && OWNED_FIGURES.test(someones[0]);
  // "the figure could not be verified": the latest claim that gives a figure.
  if (!ownedFigures && NUMERIC_ANAPHORA.test(clause)) {
    // ("… at about 2 million euros, a figure that could not be verified": the claim it sits in counts too.)
    // ("any casualty figures", "the death toll": figures of the dead and wounded, wherever the article gave them.)
    // (In the claim the act sits in, only a figure before the two words that lead to the act: "2 million
    // euros, a figure that could not be verified", not the name of its subject, "BTV 8 could not verify".)
    const text = (c: Claim) => c.span.map((s) => (s.start <= act.start && act.start < s.end ? doc.text.slice(s.start, act.start).replace(/\S+\s+\S+\s*$/, '') : doc.slice(s)));
    const numbered = (c: Claim) => text(c).some((t) => A_NUMBER.test(t));
    // (A figure in digits; a year is none.)
    const inFigures = (t: string) => A_NUMBER.test(t) && /\d/.test(t.replace(/\b(?:19|20)\d\d\b/g, ''));
    const casualties = (c: Claim) => text(c).some((t) => A_NUMBER.test(t) && CASUALTY.test(t));
    // ("the figure of 300 hospitalisations": the latest claim that gives that very figure.)
    const figure = /\d[\d,.]*/.exec(clause)?.[0];
    const before = doc.claims.filter((c) => c.span[0]!.start < act.start);
    // ("the death toll": the latest count of the dead or wounded, before any other number.)
    // ("… reported that more than 70 people may have been buried … One of them was quoted as saying that at least
    // four camps had stood there. This newspaper could not verify the figure": a figure in digits, given in the
    // last few sentences, before a small number written out; years are no figures.)
    const actSentence = doc.sentenceAt(act.start);
    const inDigits = (c: Claim) => doc.sentenceAt(c.span[0]!.start) >= actSentence - 2 && text(c).some(inFigures);
    // ("any of the three totals", "both figures": that many figures in digits, the latest, wherever the article gave them.)
    // (… and "either figure", "neither estimate": the two just given.)
    const many = /^(?:either|neither)\s/i.test(clause) ? 'either' : PLURAL_FIGURES.test(clause) ? COUNTED.exec(clause)?.[1]?.toLowerCase() : undefined;
    if (many) {
      const given = before.filter((c) => text(c).some(inFigures)).slice(-COUNTS[many]!);
      if (given.length >= 2) {
        const v = { status, by, span: act };
        for (const c of given.slice(0, -1)) if (!c.verification.some((x) => x.span.start === act.start)) c.verification.push(v);
        return given[given.length - 1]!;
      }
    }
    // ("The number of shells fired … could not be verified": the latest count of shells.)
    const counted = /\bnumber of (\w{3,}?)(?:e?s)?\b/i.exec(clause)?.[1]?.toLowerCase();
    const countedRe = counted ? new RegExp(`\\b${counted}`, 'i') : undefined;
    const withNumber = (figure ? before.filter((c) => text(c).some((t) => t.includes(figure))).pop() : undefined)
      ?? (countedRe ? before.filter((c) => text(c).some((t) => inFigures(t) && countedRe.test(t))).pop() : undefined)
      // (A count in digits first: "could not verify the toll" after "At least 47 people were killed", not the later
      // "two army aircraft … most of the dead were women".)
      ?? (CASUALTY.test(clause) ? before.filter((c) => text(c).some((t) => inFigures(t) && CASUALTY.test(t))).pop() ?? before.filter(casualties).pop() : undefined)
      ?? before.filter(inDigits).pop()
      // (… and, for "the figures", the latest figure in digits anywhere before, rather than a small number written
      // out just before: the tolls of the dead, not "a dozen burned structures" in a description of satellite images.)
      ?? (PLURAL_FIGURES.test(clause) ? before.filter((c) => text(c).some(inFigures)).pop() : undefined)
      ?? before.filter(numbered).pop();
    if (withNumber) {
      // ("any of the casualty figures", "the parents' figures": every figure given just before; every
      // count of the dead and wounded, wherever the article gave it.)
      if (PLURAL_FIGURES.test(clause)) {
        const v = { status, by, span: act }, earlierThan = (c: Claim) => c !== withNumber && c.span[0]!.start < act.start;
        if (CASUALTY.test(clause)) alsoConcerns(doc, v, (c) => earlierThan(c) && casualties(c), Infinity);
        alsoConcerns(doc, v, (c) => earlierThan(c) && numbered(c));
      }
      return withNumber;
    }
  }
  // "could not verify the videos", "the authenticity of the record could not be verified": what the
  // thing itself shows or says, a claim made where the article brought it up.
  const carrier = EVIDENCE_OBJECT.exec(clause);
  if (carrier) {
    const shown = carrierClaims(doc, carrier[1]!.toLowerCase(), earlier, act);
    if (shown.length) {
      const v = { status, by, span: act };
      // (Every claim it carries, when the article gave several: "the videos", "the documents".)
      for (const c of shown.slice(0, -1)) if (!c.verification.some((x) => x.span.start === act.start)) c.verification.push(v);
      return shown[shown.length - 1]!;
    }
  }
  // ("the accounts of tear gas", "reports of shelling": what the noun's complement names, if a claim says it.)
  const about = /^\S+\s+\S+\s+(?:of|about)\s+(.+)$/i.exec(clause)?.[1];
  if (about && ANAPHORA.test(clause)) {
    const words = contentWords(doc, [{ start: object.end - about.length, end: object.end }]);
    const said = words.size ? closest(doc, words, earlier.filter((c) => c.attribution !== null), act) : undefined;
    if (said) return said;
  }
  // "rejected the claim": the latest claim its source *claimed* (the noun repeats the cue).
  const named = /^(?:(?:all|any|both)\s+(?:of\s+)?)?(?:these|those|the|such|this|that)\s+(claim|allegation|assertion|report|account|accusation|finding|charge|rumour|rumor)(s?)\b/i.exec(clause);
  const noun = named?.[1]?.toLowerCase(), plural = !!named?.[2];
  if (noun) {
    const lemmas = CUE_OF_NOUN[noun]!;
    const cueOf = (id: string) => doc.attributions.find((x) => x.id === id)?.cue;
    const echoes = (c: Claim) => c.attribution !== null && lemmas.includes(cueLemma(doc, cueOf(c.attribution)!) ?? '');
    // ("He did not provide evidence for the allegation": who gives no evidence for a claim is who made it; of
    // their claims of the last few sentences, the latest the noun repeats the cue of, else their latest, before
    // another source's that the noun repeats the cue of.)
    if (status === 'no-evidence' && by !== null) {
      const own = saidBy(by).filter((c) => doc.sentenceAt(act.start) - doc.sentenceAt(c.span[0]!.start) <= CARRIER_SENTENCES);
      const mine = own.filter(echoes).pop() ?? own.pop();
      if (mine) return mine;
    }
    const echoed = earlier.filter(echoes).pop();
    // ("denies all the charges": each of them, wherever the article gave them, not only the latest.)
    if (echoed && plural) alsoConcerns(doc, { status, by, span: act }, (c) => c !== echoed && earlier.includes(c) && echoes(c), Infinity);
    // (And, for "rejected the allegations", those that name the denier: "… said Moldovan officers had taken his phone".)
    if (echoed && plural && status === 'denied') alsoAccusations(doc, { status, by, span: act }, earlier, sources, echoed);
    if (echoed) return recentAccount(doc, echoed, earlier, clause, { status, by, span: act });
  }
  if (!clause || ANAPHORA.test(clause)) {
    // ("X told reporters that …, and called the allegations a fabrication": a denial of "the
    // allegations" answers what was alleged before its sentence, not what its speaker just said.)
    const actSentence = doc.sentenceAt(act.start);
    // ("denies any wrongdoing": the accusations against the denier, as "the allegations" are.)
    const beforeIt = status === 'denied' && (NOUN_ANAPHORA.test(clause) || WRONGDOING.test(clause)) ? earlier.filter((c) => doc.sentenceAt(c.span[0]!.start) < actSentence) : [];
    // ("Iran's Foreign Ministry dismissed the accusations": those that name the denier, "… show Iran is still arming the group";
    // "Poland's Interior Ministry rejected the allegations": "… accuse Polish officers of …".)
    const aboutThem = by !== null && beforeIt.length ? accusationsOf(doc, by, beforeIt, sources).pop() : undefined;
    // ("dismissed the accusations": every accusation against it, not the latest alone.)
    if (aboutThem && PLURAL_ANAPHORA.test(clause)) alsoAccusations(doc, { status, by, span: act }, beforeIt, sources, aboutThem);
    const answered = aboutThem ?? beforeIt.filter((c) => c.attribution !== null).pop() ?? beforeIt.pop() ?? latest;
    // ("The Catholic Church's election observer mission said … evidence that vote tallies were altered …. The
    // electoral commission rejected the accusations": every accusation of the side that made the one answered.)
    if (answered && status === 'denied' && PLURAL_ANAPHORA.test(clause) && answered.sources.length) {
      const side = answered.sources[0]!;
      alsoConcerns(doc, { status, by, span: act }, (c) => c !== answered && beforeIt.includes(c) && c.attribution !== null && c.sources.length > 0
        && (by === null || !c.sources.includes(by)) && sameSide(sources, c.sources[0]!, side)
        // (An accusation asserts: not "it was not in a position to assess …", "further arrests cannot be ruled out".)
        && !c.span.some((x) => NEGATION_WORD.test(doc.slice(x))), ACCUSATION_SENTENCES);
    }
    if (answered) return recentAccount(doc, answered, earlier, clause, { status, by, span: act });
  }
  // "Neither account could be verified", "either version": the latest claims of the two sources just heard.
  if (EITHER_ACCOUNT.test(clause)) {
    // ("The channel provided no evidence for either claim": those its own performer made.)
    const own = status === 'no-evidence' && by !== null ? saidBy(by) : [];
    // (One claim of two parts, "that the depot had been storing shells and that the blast was a warning", is both.)
    if (own.length) {
      if (own.length >= 2) alsoConcerns(doc, { status, by, span: act }, (c) => c === own[own.length - 2], Infinity);
      return own[own.length - 1]!;
    }
    const told = earlier.filter((c) => c.attribution !== null && c.sources.length > 0 && (by === null || !c.sources.includes(by)));
    const last = told.pop();
    // (The other side: not the last speaker, nor its ministry or its minister: "Ukraine's Energy Ministry said …
    // Deputy Energy Minister Olena Kravets accused …. Neither side's account could be verified.")
    const other = last ? told.filter((c) => !sameSide(sources, c.sources[0]!, last.sources[0]!)).pop() : undefined;
    if (last && other) {
      alsoConcerns(doc, { status, by, span: act }, (c) => c === other, Infinity);
      return last;
    }
  }
  // "no evidence for what the senator is saying", "could not verify the diplomat's account": the latest claim of whom the clause names.
  const speaker = WHAT_SOMEONE_SAYS.exec(clause)?.[1] ?? someones?.[1] ?? NAMED_ACCOUNT.exec(clause)?.[1];
  if (speaker) {
    const called = sourcesCalled(doc, speaker);
    // ("the parents' figures", "the group's count": of what those speakers said, a claim that gives a number first.)
    const said = (ownedFigures ? claimOfSpeaker(doc, called, earlier.filter((c) => c.span.some((x) => A_NUMBER.test(doc.slice(x)))), by, act) : undefined)
      ?? claimOfSpeaker(doc, called, earlier, by, act);
    // ("could not verify the workers' accounts": what each of them told, a few sentences back.)
    const several = called.named.filter((s) => s.id !== by);
    if (said && called.singular !== called.head && several.length > 1) {
      alsoConcerns(doc, { status, by, span: act }, (c) => c !== said && earlier.includes(c) && c.sources.some((id) => several.some((s) => s.id === id)));
    }
    if (said) return wholeAccount(doc, said, clause, status, by, act);
  }
  // "could not independently verify his account": the latest claim of someone other than the
  // verifier, whom the pronoun stands for.
  if (POSSESSIVE_ACCOUNT.test(clause)) {
    const told = (c: Claim) => c.attribution !== null && c.sources.length > 0 && (by === null || !c.sources.includes(by));
    const said = earlier.filter(told).pop();
    // ("their accounts": several people's, so what anyone but the verifier told in the sentences just before.)
    if (said && THEIR_ACCOUNTS.test(clause)) alsoConcerns(doc, { status, by, span: act }, (c) => c !== said && earlier.includes(c) && told(c), 2);
    if (said) return wholeAccount(doc, said, clause, status, by, act);
  }
  // "Meghna Star denied dismissing anyone": what is denied is an act, the gerund's verb; the latest
  // claim of someone else, a few sentences back, in which that verb is done.
  if (status === 'denied') {
    const g = doc.tokens[doc.tokenAt(object.start)];
    if (g && g.start === object.start && g.pos === 'VERB' && g.lower.endsWith('ing')) {
      const actSentence = doc.sentenceAt(act.start);
      const done = earlier.filter((c) => c.attribution !== null && (by === null || !c.sources.includes(by))
        && actSentence - doc.sentenceAt(c.span[0]!.start) <= 6 && hasVerbLemma(doc, c, g.lemma)).pop();
      if (done) return done;
    }
  }
  // "denied posts claiming that officers had fired shots at a large cat": what the posts said is what is
  // denied, a claim that says most of it, else a claim of its own.
  const reported = REPORTED_THAT.exec(clause);
  if (reported) {
    const said = { start: object.end - reported[1]!.length, end: object.end };
    const w = contentWords(doc, [said]);
    const told = w.size ? closest(doc, w, doc.claims.filter((c) => !inside(c) && c.attribution !== null), act, true) : undefined;
    if (told) return told;
    if (w.size) return pushClaim(doc, said);
  }
  const words = contentWords(doc, [object]);
  // "The group provided no evidence that it had carried out the attack": who gives no evidence for a
  // proposition is who put it forward, so it is the performer's own claim of the last few sentences that
  // says most of it; failing that, not another source's claim that shares its words ("the foreign ministry
  // said the attack was carried out by …") but the performer's latest.
  const unsupported = status === 'no-evidence' && by !== null && propositional && GAVE.test(doc.slice(act))
    ? saidBy(by).filter((c) => doc.sentenceAt(act.start) - doc.sentenceAt(c.span[0]!.start) <= CARRIER_SENTENCES) : [];
  const ownClosest = unsupported.length && words.size ? closest(doc, words, unsupported, act) : undefined;
  if (ownClosest) return ownClosest;
  if (words.size) {
    // Verifying answers what someone reported: a claim with a source is
    // preferred, and the article's own sentences are the fallback.
    // (A proposition that an act leaves unconfirmed, "has not confirmed whether it ordered the recall", is
    // an earlier claim only if that claim says most of it: two shared words make it a claim of its own.)
    // (Not "no evidence that …", which paraphrases what the evidence was to support.)
    const proposition = status !== 'denied' && status !== 'no-evidence' && propositional;
    // (A proposition is not the article's own sentence, a headline that shares its topic: "neither confirmed nor denied
    // that troops had been deployed in the capital" after "Coup rumours sweep Kyrgyz capital as residents report troops …".)
    const best = closest(doc, words, doc.claims.filter((c) => !inside(c) && c.attribution !== null), act, proposition)
      ?? (proposition ? undefined : closest(doc, words, doc.claims.filter((c) => !inside(c) && c.attribution === null && !mereAct(c)), act, proposition));
    // "denied that any troops had been stationed at the site": what is denied, when the claim it
    // answers says it in other words, is recorded too, as a claim of its own that carries the denial.
    if (best && status === 'denied' && /^that\s/i.test(clause) && inOtherWords(doc, object, words, best)) deniedInOtherWords(doc, object, status, by, act);
    if (best && unsupported.length && !best.sources.includes(by!)) return unsupported[unsupported.length - 1]!;
    if (best) return best;
  }
  // A denial answers what was just reported, in whatever words ("… destroyed a
  // radar installation. IRNA denied that any military site had been damaged").
  // ("denied reports that …" names what it denies: that becomes a claim below.)
  // A denial that shares a noun with an earlier claim of another source, a few sentences back,
  // may answer that claim, or the latest, or neither ("denied that any gas had escaped" after "a
  // cloud of gas drifted over homes" and "11 people had been treated"): what it denies becomes a
  // claim of its own (below) rather than a guess at the latest claim.
  let echoesEarlier = false;
  if (status === 'denied' && /^that\s/i.test(clause)) {
    const denied = lemmasOf(doc, [object], true);
    const actSentence = doc.sentenceAt(act.start);
    const shared = earlier.filter((c) => c.attribution !== null && (by === null || !c.sources.includes(by))
      && actSentence - doc.sentenceAt(c.span[0]!.start) <= 6 && [...lemmasOf(doc, c.span, false)].some((n) => denied.has(n))).pop();
    echoesEarlier = !!shared && shared !== latest;
  }
  // (Not a finding that something is missing, "Meridian found no public record …": nothing there to deny.)
  const deniable = earlier.filter((c) => c.attribution !== null && !NEGATIVE_FINDING.test(doc.slice(c.span[0]!))).pop();
  if (status === 'denied' && !echoesEarlier && /^that\s/i.test(clause) && deniable && doc.sentenceAt(act.start) - doc.sentenceAt(deniable.span[0]!.start) <= 2) {
    if (words.size && inOtherWords(doc, object, words, deniable)) deniedInOtherWords(doc, object, status, by, act);
    return deniable;
  }
  // "would not confirm the investigation": the latest claim, a few sentences back, that names it.
  const head = definiteHead(doc, object);
  const naming = head ? earlier.filter((c) => doc.sentenceAt(act.start) - doc.sentenceAt(c.span[0]!.start) <= CARRIER_SENTENCES && namesNoun(doc, c, head)).pop() : undefined;
  if (naming) return naming;
  // "The Guards provided no evidence of a collision": what the performer itself claimed a few sentences back,
  // in whatever words ("… after it collided with an Iranian fishing boat").
  // (Not a proposition, "no evidence that Pakistani aircraft were involved": that is said below, as a claim.)
  // (Only who failed to give it: "provided no evidence", "without offering proof"; "there is no evidence of a
  // crime", in a source's words, judges another's claim.)
  if (status === 'no-evidence' && by !== null && GAVE.test(doc.slice(act)) && !propositional) {
    const own = saidBy(by).filter((c) => doc.sentenceAt(act.start) - doc.sentenceAt(c.span[0]!.start) <= CARRIER_SENTENCES).pop();
    if (own) return own;
  }
  // "could not independently verify when or exactly where the footage was recorded": where the thing itself
  // came from, so what it shows, when no claim says the question's words.
  const asked = (status === 'could-not-verify' || status === 'not-confirmed') ? EVIDENCE_OBJECT.exec(WHEN_WHERE.exec(clause)?.[1] ?? '') : null;
  const shown = asked ? carrierClaims(doc, asked[1]!.toLowerCase(), earlier, act) : [];
  if (shown.length) return shown[shown.length - 1]!;
  if (clause.length > 3 && words.size) return pushClaim(doc, object);
  // Nothing to go on: the act concerns the claim it sits in, or the latest one.
  return doc.claims.find(inside) ?? latest ?? doc.claims[0] ?? pushClaim(doc, act);
}

/**
 * Whether two sources speak for one side: the same source, or one's affiliation shares a word that says
 * whose it is with the other's name or affiliation ("Deputy Energy Minister Olena Kravets", affiliation
 * "Deputy Energy", and "Ukraine's Energy Ministry").
 */
function sameSide(sources: Source[], a: string, b: string): boolean {
  if (a === b) return true;
  const x = sources.find((s) => s.id === a), y = sources.find((s) => s.id === b);
  if (!x || !y || (!x.affiliation && !y.affiliation)) return false;
  const words = (...ns: Array<string | undefined>) => new Set(ns.filter((n): n is string => !!n).flatMap((n) => n.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}]+/u))
    .filter((w) => w.length > 2 && !SIDE_GENERIC.has(w)));
  // (… or its initials: "An RSF adviser" speaks for the Rapid Support Forces.)
  const initials = (n: string | undefined) => (n ? n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('') : '');
  const wx = words(x.affiliation), wy = words(y.affiliation);
  const ny = words(y.name, y.affiliation, initials(y.name)), nx = words(x.name, x.affiliation, initials(x.name));
  return [...wx].some((w) => ny.has(w)) || [...wy].some((w) => nx.has(w));
}
const SIDE_GENERIC = new Set(['the', 'and', 'for', 'deputy', 'ministry', 'minister', 'department', 'office', 'agency', 'national', 'state', 'general', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson']);

/** The verification `v` also concerns every claim `fits` picks among those of the `within` sentences before its act. */
function alsoConcerns(doc: Doc, v: Claim['verification'][number], fits: (c: Claim) => boolean, within = 3): void {
  const actSentence = doc.sentenceAt(v.span.start);
  for (const c of doc.claims) {
    if (actSentence - doc.sentenceAt(c.span[0]!.start) <= within && fits(c) && !c.verification.some((x) => x.span.start === v.span.start)) c.verification.push(v);
  }
}

/** The lower-case lemmas of the words in `spans`; with `nouns`, of its nouns and names of three letters or more only. */
function lemmasOf(doc: Doc, spans: Span[], nouns: boolean): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    for (let i = doc.tokenAt(s.start); i < doc.tokens.length && doc.tokens[i]!.start < s.end; i++) {
      const t = doc.tokens[i]!;
      if (!nouns || ((t.pos === 'NOUN' || t.pos === 'PROPN') && t.lower.length >= 3)) out.add(t.lemma.toLowerCase());
    }
  }
  return out;
}

/** Words of an institution's name that say what kind of body it is, not whose: "Foreign Ministry". */
const BODY_WORDS = new Set(['Ministry', 'Foreign', 'Affairs', 'Defence', 'Defense', 'Office', 'Department', 'Interior', 'Embassy', 'Government',
  'Army', 'Armed', 'Forces', 'Police', 'Service', 'Agency', 'Council', 'Commission', 'Committee', 'National', 'State', 'Federal', 'General', 'Staff']);
/** Who a denier is, to find the accusations against it: the words of its name that say who, and the countries they name. */
interface Accused { words: RegExp | null; countries: Set<string> }

/**
 * The capitalised words of a source's name and affiliation that say who it is ("Iran" of "Iran's
 * Foreign Ministry"), and the countries they name ("Poland's Interior Ministry" is accused by "Polish officers").
 */
function accusedOf(sources: Source[], id: string): Accused | null {
  // (A spokeswoman is accused as her ministry is: her affiliation says who.)
  const source = sources.find((s) => s.id === id);
  const name = `${source?.name ?? ''} ${source?.affiliation ?? ''}`;
  const words = [...name.matchAll(/\p{Lu}[\p{L}-]{2,}/gu)].map((m) => m[0]).filter((w) => !BODY_WORDS.has(w));
  if (!words.length) return null;
  const countries = new Set(words.map((w) => countryOfDemonym(w)).filter((c): c is string => c !== undefined));
  return { words: new RegExp(`\\b(?:${words.map((w) => w.replace(/[-]/g, '\\-')).join('|')})\\b`), countries };
}

/** Whether a claim names the accused: one of its name's words, or a word for its country ("Polish", "Russian"). */
function namesAccused(doc: Doc, c: Claim, accused: Accused): boolean {
  return c.span.some((x) => {
    const text = doc.slice(x);
    if (accused.words?.test(text)) return true;
    if (!accused.countries.size) return false;
    for (const m of text.matchAll(/\p{Lu}[\p{L}-]{2,}/gu)) {
      const country = countryOfDemonym(m[0]);
      if (country !== undefined && accused.countries.has(country)) return true;
    }
    return false;
  });
}

/** The claims among `claims` that accuse source `by`: another source's, naming it (accusedOf). */
function accusationsOf(doc: Doc, by: string, claims: Claim[], sources: Source[]): Claim[] {
  const accused = accusedOf(sources, by);
  return accused ? claims.filter((c) => c.attribution !== null && !c.sources.includes(by) && namesAccused(doc, c, accused)) : [];
}

/**
 * A denial of "the accusations" concerns every accusation against its performer among `earlier`,
 * a few sentences back or in the lead, however far back: the accusation a story opens with is what
 * its denial answers.
 */
function alsoAccusations(doc: Doc, v: Claim['verification'][number], earlier: Claim[], sources: Source[], answered: Claim): void {
  if (v.by === null) return;
  const actSentence = doc.sentenceAt(v.span.start);
  const nearOrLead = (c: Claim) => { const k = doc.sentenceAt(c.span[0]!.start); return k < LEAD_SENTENCES || actSentence - k <= ACCUSATION_SENTENCES; };
  const accusations = new Set(accusationsOf(doc, v.by, earlier.filter(nearOrLead), sources));
  alsoConcerns(doc, v, (c) => c !== answered && accusations.has(c), Infinity);
}

/** How far back the accusations a plural "the accusations" answers may stand, in sentences, outside the lead. */
const ACCUSATION_SENTENCES = 10;
/** The lead: a headline and the first sentence, or the first two. */
const LEAD_SENTENCES = 2;
/** "any wrongdoing", "wrongdoing": denying it answers the accusations against the denier. */
const WRONGDOING = /^(?:any\s+)?wrongdoing\b/i;

/** "the allegations", "these claims": an anaphora by a noun for what was alleged (not "this", which may be the sentence's own). */
const NOUN_ANAPHORA = /^(?:these|those|the|such)\s+(?:allegations?|claims?|accusations?|reports?|findings)\b/i;

/** "his account", "its claim", "their version": what the source a pronoun stands for said. */
const POSSESSIVE_ACCOUNT = /^(?:his|her|its|their)\s+(?:own\s+)?(?:account|accounts|claim|claims|allegation|allegations|accusation|accusations|version|testimony|statement|statements)\b/i;
/** "their accounts", "their claims": several sources' at once. */
const THEIR_ACCOUNTS = /^their\s+(?:own\s+)?(?:accounts|claims|allegations|accusations|versions|statements)\b/i;
/** Nouns for everything someone told, not one of their claims. */
const WHOLE_ACCOUNT = /\b(?:accounts?|versions?|testimon(?:y|ies))\b/i;

/**
 * `said`, the claim an act concerns; when the act answers someone's whole account ("could not verify
 * the diplomat's account"), it also concerns the rest of what that source said in the three
 * sentences before it.
 */
function wholeAccount(doc: Doc, said: Claim, clause: string, status: VerificationStatus, by: string | null, act: Span): Claim {
  if (!WHOLE_ACCOUNT.test(clause) || !said.sources.length) return said;
  const who = said.sources[0]!;
  alsoConcerns(doc, { status, by, span: act }, (c) => c !== said && c.span[0]!.start < act.start && c.sources.includes(who));
  return said;
}

/**
 * `answered`, the claim an anaphoric act concerns; when the act answers an account ("He is believed to have fled
 * to India, according to RAB, which said it had contacted Indian authorities. That account has not been
 * confirmed"), every claim its speaker made in that sentence and the one before concerns it too.
 */
function recentAccount(doc: Doc, answered: Claim, earlier: Claim[], clause: string, v: Claim['verification'][number]): Claim {
  if (!WHOLE_ACCOUNT.test(clause) || !answered.sources.length) return answered;
  const who = answered.sources[0]!, told = doc.sentenceAt(answered.span[0]!.start);
  alsoConcerns(doc, v, (c) => c !== answered && earlier.includes(c) && c.sources.includes(who) && doc.sentenceAt(c.span[0]!.start) >= told - 1, Infinity);
  return answered;
}

/** Who sent an unanswered message, or where, up to what it was about: "from The Associated Press on Wednesday". */
const SENDER = /^\s*(?:from|sent|left|addressed|seeking|requesting)\s+.*?(?=\s(?:about|on|over|regarding|concerning)\s|$)/;

/** Two sources' accounts at once. */
const EITHER_ACCOUNT = /^(?:neither|either|both)\s+(?:of\s+the\s+)?(?:(?:side|party|camp|government|country)['’]s\s+|sides['’]\s+)?(?:accounts?|versions?|claims?|stories|story)\b/i;
/** "what the senator is saying", "what officials claimed": a free relative whose content is someone's claim; group 1 is the someone. */
const SOMEONES_ACCOUNT = /^(?:the|this|that)\s+((?:\S+\s+){0,3}?\S+?)['’]s?\s+(?:account|accounts|claim|claims|allegation|allegations|accusation|accusations|report|reports|version|testimony|statement|statements|figures?|numbers?|estimates?|counts?|tally)\b/i;
/** SOMEONES_ACCOUNT's nouns for figures ("the parents' figures"). */
const OWNED_FIGURES = /(?:figures?|numbers?|estimates?|counts?|tally)$/i;
/** "the Philippine account", "the Russian version": whose it is by a capitalised word (group 1). */
const NAMED_ACCOUNT = /^(?:the|this|that)\s+(\p{Lu}[\p{L}-]+)\s+(?:account|accounts|version|versions|claim|claims|report|reports|allegations?|assessment)\b/u;
const WHAT_SOMEONE_SAYS = /^what\s+((?:\S+\s+){0,4}?\S+?)\s+(?:(?:is|was|are|were|has|have|had)\s+(?:been\s+)?)?(?:say|said|says|saying|claim|claims|claimed|claiming|allege|alleges|alleged|alleging|suggest|suggests|suggested|suggesting|report|reports|reported|reporting|wrote|writes|writing|tweeted|assert|asserts|asserted|asserting|argue|argues|argued|arguing)\b/i;

/**
 * Of `claims`, the one whose source the words for a speaker name (`called`, sourcesCalled): by a word
 * of its name ("Delaney") or of its role ("the senator" of a source whose role is Senator). A claim of
 * theirs the same performer already answered just before is the one still being answered ("rejected
 * the claim … 'There is no evidence for what the senator is saying'"); else their latest. Undefined
 * when no source fits, or several different ones do (unless the speaker is plural: "the workers'").
 */
function claimOfSpeaker(doc: Doc, called: SourcesCalled, claims: Claim[], by: string | null, act: Span): Claim | undefined {
  const { head, singular, named } = called;
  if (head.length < 3 || PRONOUN_HEADS.has(head)) return undefined;
  // ("the newsletter's account": an outlet by what it is, when one outlet said anything.)
  let outlets = (MEDIA_NOUNS.has(head) || head === 'agency') && !named.length ? doc.sources.filter((src) => src.kind === 'media' && claims.some((c) => c.sources.includes(src.id))) : [];
  // (… the one the text introduced with that noun, when several spoke: "The industry newsletter Battery Weekly".)
  if (outlets.length > 1) {
    const word = new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    const introduced = outlets.filter((src) => src.mentions.some((m) => word.test(doc.text.slice(Math.max(0, m.start - 30), m.end))));
    if (introduced.length) outlets = introduced;
  }
  const sentence = doc.sentenceAt(act.start);
  // ("the group's claims": the body that spoke last, a few sentences back, when no source is named so;
  // of the kind the noun says, and not the performer's own body: "Pere Canals, a spokesman for Terra
  // Viva, rejected the company's account".)
  const kinds = BODY_HEADS.get(head);
  const own = doc.sources.find((s) => s.id === by)?.affiliation?.toLowerCase();
  const isBody = (id: string) => {
    const s = doc.sources.find((x) => x.id === id);
    return !!s && id !== by && kinds!.includes(s.kind) && !(own && (own.includes(s.name.toLowerCase()) || s.name.toLowerCase().includes(own)));
  };
  const body = kinds && !named.length && !outlets.length
    ? claims.filter((c) => sentence - doc.sentenceAt(c.span[0]!.start) <= CARRIER_SENTENCES && c.sources.some(isBody)).pop()
    : undefined;
  if (body) return body;
  const fits = named.length ? named : outlets;
  // (Several sources so named fit a plural possessor only: "the workers'", not "the official's".)
  if (fits.length !== 1 && !(fits.length > 1 && singular !== head)) return undefined;
  const theirs = claims.filter((c) => fits.some((f) => c.sources.includes(f.id)));
  const answered = by === null ? undefined : theirs.filter((c) => c.verification.some((v) => v.by === by && sentence - doc.sentenceAt(v.span.start) <= 1)).pop();
  return answered ?? theirs.pop();
}
/**
 * The sources that words for a speaker ("the senator", "Delaney", "the workers'") name, by a word
 * of their name or role; with the head word and its singular ("workers" ->
 * "worker": "the workers' accounts" are what each worker told, "Another worker" and the rest).
 */
interface SourcesCalled { head: string; singular: string; named: Source[] }
function sourcesCalled(doc: Doc, speaker: string): SourcesCalled {
  const head = speaker.toLowerCase().replace(/['’]s?$/, '').split(/\s+/).pop()!;
  const singular = /[^s]s$/.test(head) && head.length > 4 ? head.slice(0, -1) : head;
  const named = doc.sources.filter((src) => [src.name, src.role ?? ''].some((n) => {
    const words = n.toLowerCase().split(/[\s,]+/);
    return words.includes(head) || words.includes(singular);
  }));
  return { head, singular, named };
}

/** Heads that name a body by what it is ("the group's claims", "the company's account"), with the kinds of source they fit. */
const ORGANIZATION: SourceKind[] = ['organization'];
const BODY_HEADS = new Map<string, SourceKind[]>([
  ...['group', 'organisation', 'organization', 'company', 'firm', 'network', 'movement', 'campaign', 'coalition', 'collective', 'charity']
    .map((h): [string, SourceKind[]] => [h, ORGANIZATION]),
  ['militia', ['organization', 'military']],
  ['website', ['media', 'organization']], ['site', ['media', 'organization']], ['channel', ['media']],
]);
const PRONOUN_HEADS = new Set(['he', 'she', 'they', 'it', 'we', 'you', 'i', 'who', 'one', 'others']);

/** Beyond this many sentences between a claim and an act, two shared words are not enough. */
const NEAR_SENTENCES = 3;

/** Whether a verb of lemma `lemma` is among claim `c`'s words. */
function hasVerbLemma(doc: Doc, c: Claim, lemma: string): boolean {
  for (const s of c.span) {
    for (let i = doc.tokenAt(s.start); i < doc.tokens.length && doc.tokens[i]!.start < s.end; i++) {
      const t = doc.tokens[i]!;
      if (t.pos === 'VERB' && t.lemma === lemma) return true;
    }
  }
  return false;
}

/**
 * The claim sharing most of `words`, first in text order on ties: at least
 * half of them, or (unless `most`) two for a claim near the act and three for one further
 * away (two shared words far off are often just a name like "North Korea").
 */
function closest(doc: Doc, words: Set<string>, claims: Claim[], act: Span, most = false): Claim | undefined {
  let best: Claim | undefined, bestScore = 0;
  const actSentence = doc.sentenceAt(act.start);
  for (const c of claims) {
    // (A proposition's claim is not one made long after the act.)
    if (most && doc.sentenceAt(c.span[0]!.start) - actSentence > NEAR_SENTENCES) continue;
    const cw = contentWords(doc, c.span);
    let shared = 0;
    for (const w of words) if (cw.has(w)) shared++;
    const score = shared / words.size;
    const near = Math.abs(actSentence - doc.sentenceAt(c.span[0]!.start)) <= NEAR_SENTENCES;
    // (A proposition's claim shares half its words, and two at least: one shared word of two is a topic, not a claim.)
    if (((!most && shared >= (near ? 2 : 3)) || (score >= 0.5 && (!most || shared >= 2))) && score > bestScore) { best = c; bestScore = score; }
  }
  return best;
}

/** What a denial denies, recorded as a claim of its own that carries the denial. */
function deniedInOtherWords(doc: Doc, object: Span, status: VerificationStatus, by: string | null, act: Span): void {
  pushClaim(doc, object, [{ status, by, span: act }]);
}

const HAVE = new Set(['had', 'has', 'have']);
/**
 * Whether what is denied (`object`, its content words `words`) is not what claim `c` says: most of
 * its words are not in the claim, or its verb is not ("denied that anyone had falsified records"
 * shares "office" and "records" with "The Sheriff's Office paid … dispatch records", not "falsify").
 */
function inOtherWords(doc: Doc, object: Span, words: Set<string>, c: Claim): boolean {
  if (overlap(doc, words, c) < 0.6) return true;
  const cw = contentWords(doc, c.span);
  for (let i = doc.tokenAt(object.start); i < doc.tokens.length && doc.tokens[i]!.start < object.end; i++) {
    const t = doc.tokens[i]!;
    // (A participle after "had" is the verb, whatever the tagger made of it: "had falsified".)
    const verb = t.pos === 'VERB' || (t.pos === 'ADJ' && HAVE.has(doc.tokens[i - 1]?.lower ?? ''));
    if (verb && !STOP.has(t.lower) && !cw.has(t.lemma.toLowerCase())) return true;
  }
  return false;
}

/** The share of `words` a claim's content words hold. */
function overlap(doc: Doc, words: Set<string>, c: Claim): number {
  const cw = contentWords(doc, c.span);
  let shared = 0;
  for (const w of words) if (cw.has(w)) shared++;
  return words.size ? shared / words.size : 0;
}

/** A new claim in the article's own voice over `span`, with no source. */
function pushClaim(doc: Doc, span: Span, verification: Claim['verification'] = []): Claim {
  const claim: Claim = { id: `c${doc.claims.length + 1}`, span: [span], attribution: null, sources: [], certainty: 'unknown', hedges: [], verification };
  doc.claims.push(claim);
  return claim;
}

register({ name: 'verification', requires: ['claims'], run: verification });
