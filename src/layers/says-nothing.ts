/**
 * Which attributions put no claim forward: a refusal, a denial, a relay, a request not to be named,
 * a report that is all of another source's report. Read by the claims stage, which makes no claim
 * of them, and by the sources stage, which gives a relayed report its relay's chain.
 */
import type { Attribution, Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { cueLemma, hasVerb } from '../nlp/phrases.js';
import { SPEECH_VERBS } from '../attribution/cues.js';
import { NEGATION_WORDS } from './lexicon.js';

/**
 * Attributions that put no claim forward, each for a reason a reader would give.
 * (The attribution itself stays in the ledger; only the claim is not made.)
 */
export function saysNothing(doc: Doc, a: Attribution, relays = true): boolean {
  const content = a.content[0];
  if (!content) return true;
  // "He did not say how many …": the source did not say it.
  if (negatedCue(doc, a.cue)) return true;
  // "declined to comment on …", "asked not to be named": nothing was said
  // (a declining is a verification act, found by the next stage).
  const said = doc.slice(content);
  if (NO_CONTENT.test(said)) return true;
  // The cue's verb, past any auxiliary ("has denied").
  const lemma = cueLemma(doc, a.cue) ?? '';
  // "… the priest, who asked that his parish not be described": a request to be kept unknown.
  if (REQUESTS.has(lemma) && ANONYMITY_REQUEST.test(said)) return true;
  const first = doc.tokens[doc.tokenAt(a.cue.start)];
  // "The most senior official willing to speak was U Kyaw Lin Oo": the cue describes whom the
  // sentence is about; what follows is no report.
  if (first?.pos === 'ADJ' && /^to\s+\S+\s+(?:was|is|were|are)\b/i.test(said)) return true;
  // A cue that is a bare preposition or determiner over content with no verb
  // ("requests for comment") is a mis-tagging. (With a clause, "claimed,
  // without providing evidence, that …", only the cue is off.)
  if (first && a.cue.end <= first.end && ['ADP', 'SCONJ', 'CCONJ', 'DET', 'PART', 'PUNCT'].includes(first.pos) && first.lower !== 'according'
    && !a.content.some((c) => hasVerb(doc, doc.tokenAt(c.start), doc.tokenAt(c.end - 1) + 1))) return true;
  // "IRNA denied that any site had been damaged": what a source denies is not its
  // claim; the denial is a verification act on the claim it answers.
  if (DENIALS.has(lemma)) return true;
  // "Russia declined to extend it": a refusal to act, not something said.
  if (REFUSALS.has(lemma) && /^to\s/i.test(said)) return true;
  // "The FT, citing unnamed sources, reported that …": the citing names a link of
  // the chain; the report's own attribution carries the claim.
  if (RELAYS.has(lemma) && doc.attributions.some((b) => b !== a && !RELAYS.has(cueLemma(doc, b.cue) ?? '')
    && [...b.content, ...b.via].some((x) => a.content.some((y) => x.start < y.end && y.start < x.end)))) return true;
  // "Rebels said they had seized the town, according to a local radio station": what the station
  // says is the rebels' report, whose claim carries the station in its chain (sources.ts).
  return relays && relayedReport(doc, a) !== undefined;
}

/**
 * The attribution inside `a`'s content that is all of it but a word or two ("residents told
 * him"), with a claim of its own; undefined when there is none.
 */
export function relayedReport(doc: Doc, a: Attribution): Attribution | undefined {
  if (!a.content.length) return undefined;
  // (On every attribution's path, against every other: a bound on the content first, then the fragments.)
  let lo = Infinity, hi = -1;
  for (const c of a.content) { lo = Math.min(lo, c.start); hi = Math.max(hi, c.end); }
  const within = (x: Span) => a.content.some((c) => c.start <= x.start && x.end <= c.end);
  for (const b of doc.attributions) {
    if (b.cue.start < lo || b.cue.end > hi) continue;
    // (A report by someone: a source found for it, on a verb of saying.)
    // (Another source's: "the company said it has begun recalling …" is the company's own account.)
    if (b === a || !b.source || b.source === a.source || !b.sourceMention || !b.content.length || !within(b.cue) || !within(b.sourceMention)) continue;
    if (!SPEECH_VERBS.has(cueLemma(doc, b.cue) ?? '')) continue;
    if (b.content.some((c) => c.start <= a.cue.start && a.cue.end <= c.end)) continue;
    // (What it says follows its cue closely: past whom it told, not past an order, "told staff not to speak about".)
    const next = b.content.find((c) => c.start >= b.cue.end);
    const gap = next ? doc.text.slice(b.cue.end, next.start) : '';
    if (wordsBetween(doc.text, b.cue.end, next ? next.start : b.cue.end) > 3 || /\bto\b/i.test(gap)) continue;
    // (… with what the same source goes on to say inside it: "According to the paper, an officer wrote that …,
    // and warned that …" is all the officer's report.)
    const spans = [b.sourceMention, b.cue, ...b.content];
    // (Not one in whose words the outer cue stands: that cue is no report around them.)
    const siblings = doc.attributions.filter((x) => x !== b && x !== a && x.source === b.source && within(x.cue));
    if (siblings.some((x) => x.content.some((c) => c.start <= a.cue.start && a.cue.end <= c.end))) continue;
    for (const x of siblings) spans.push(x.cue, ...x.content);
    const from = Math.min(...spans.map((x) => x.start)), to = Math.max(...spans.map((x) => x.end));
    let left = 0;
    for (const c of a.content) {
      if (left > 2) break;
      left += wordsBetween(doc.text, c.start, Math.max(c.start, Math.min(c.end, from)));
      left += wordsBetween(doc.text, Math.min(c.end, Math.max(c.start, to)), c.end);
    }
    if (left <= 2 && !saysNothing(doc, b, false)) return b;
  }
  return undefined;
}

/**
 * The words of text[start, end): runs between white space (as /\s/ splits) that hold a letter, digit or
 * underscore (as /\w/ finds). Counted in place, not by slicing and splitting: this runs for every pair of
 * attributions one inside the other, over contents of whole quotations, and the slices and splits were most
 * of what the claims stage allocated.
 */
function wordsBetween(text: string, start: number, end: number): number {
  let n = 0, inWord = false, hasWordChar = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (isJsSpace(c)) {
      if (inWord && hasWordChar) n++;
      inWord = false; hasWordChar = false;
    } else {
      inWord = true;
      // /\w/: ASCII letters, digits and the underscore.
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) hasWordChar = true;
    }
  }
  return n;
}

/** What /\s/ matches (ECMAScript WhiteSpace and LineTerminator), by code unit; chars.ts's isSpace is wink's narrower set. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const REFUSALS = new Set(['decline', 'refuse']);
const REQUESTS = new Set(['ask', 'request', 'insist']);
const DENIALS = new Set(['deny', 'reject', 'dismiss', 'refute', 'disavow']);
const RELAYS = new Set(['cite', 'quote']);
const ANONYMITY_REQUEST = /^(?:that\s+)?(?:(?:his|her|their|its|the)\s+)?(?:[\w'’-]+\s+){0,3}?not\s+(?:to\s+)?be\s+(?:named|identified|quoted|described|disclosed)\b/i;
const NO_CONTENT = /^(?:(?:to )?(?:comment|respond|reply|answer|elaborate|discuss|confirm or deny)|(?:not )?to be (?:named|identified|quoted))\b/i;

/** Whether the attribution's first content is a request not to be named ("who asked not to be named because …"). */
export function isAnonymityRequest(doc: Doc, a: Attribution): boolean {
  const first = a.content[0];
  return !!first && REQUESTS.has(cueLemma(doc, a.cue) ?? '') && ANONYMITY_REQUEST.test(doc.slice(first));
}

/** True when "not" / "never" is in the cue or right before it or its auxiliary ("did not say", "has never claimed"). */
function negatedCue(doc: Doc, cue: Span): boolean {
  const i = doc.tokenAt(cue.start);
  for (let k = i; k < doc.tokens.length && doc.tokens[k]!.start < cue.end; k++) if (NEGATION_WORDS.has(doc.tokens[k]!.lower)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const t = doc.tokens[k]!;
    if (NEGATION_WORDS.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX') return false;
  }
  return false;
}
