/**
 * Content the cue interrupts, which the tagger reads only in part:
 *
 * - words before a parenthetical attribution: "Climate change, Mr. Obama
 *   often says, is the greatest long-term threat …", "Hawaii, as one of his
 *   advisers pointed out, normally does not get …": the tagger takes what
 *   follows the parenthetical and leaves the sentence's subject out;
 * - the subject of a passive report, which nobody is said to speak for: "Mr. Quiros was accused of
 *   using $50 million …", "peacekeepers have been blamed for introducing cholera …" — what is
 *   alleged is the subject and what follows;
 * - a quotation that goes on after its cue: "“A,” said Blair. “B.”" — the
 *   second quotation, in the next sentence of the same paragraph, is the
 *   same speaker's words, with no cue of its own.
 *
 * On PolNeAR dev the first and the last were 46 and 40 of the attributions
 * whose cue the tagger found exactly but whose content lacked a fragment
 * (gold has the content in two fragments, both parts).
 */
import type { Attribution, Doc } from '../doc/doc.js';
import { overlaps, type Span } from '../doc/span.js';
import { subjectBefore } from '../nlp/phrases.js';

const OPENING = new Set(['“', '"', '``', "''", '«']);
const CLOSING = new Set(['”', '"', "''", '»']);
/** Parts of speech that open an adverbial phrase or clause. */
const LEADS_ADVERBIAL = new Set(['ADP', 'SCONJ']);
/** Between the parenthetical's cue (or source) and the content: at most a short adjunct ("on Tuesday"), then the comma. */
const TO_COMMA = /^[^,.;:!?"“”()]{0,30},\s*$/;

export function withInterruptedContent(doc: Doc, attrs: Attribution[]): Attribution[] {
  return attrs.map((a) => {
    const before = subjectBeforeParenthetical(doc, a, attrs) ?? passiveSubject(doc, a, attrs);
    const after = before ? null : quotationGoingOn(doc, a, attrs);
    if (!before && !after) return a;
    const content = [...a.content, (before ?? after)!].sort((x, y) => x.start - y.start);
    return { ...a, content };
  });
}

/** Whether `s` holds any part of another attribution than `a`. */
const taken = (s: Span, a: Attribution, attrs: Attribution[]) => attrs.some((b) => b !== a
  && (overlaps(b.cue, s) || (b.sourceMention && overlaps(b.sourceMention, s)) || b.content.some((c) => overlaps(c, s))));

/** "X, SOURCE CUE, Y" or "X, CUE SOURCE, Y" with Y the content: X, from the sentence's start. */
function subjectBeforeParenthetical(doc: Doc, a: Attribution, attrs: Attribution[]): Span | null {
  if (!a.sourceMention || a.content.length !== 1) return null;
  const c = a.content[0]!;
  const p0 = Math.min(a.sourceMention.start, a.cue.start), p1 = Math.max(a.sourceMention.end, a.cue.end);
  if (c.start < p1 || !TO_COMMA.test(doc.text.slice(p1, c.start))) return null;
  const s = doc.sentences[doc.sentenceAt(a.cue.start)]!;
  if (c.start >= s.end) return null;
  let k = doc.tokenAt(p0) - 1;
  if (doc.tokens[k]?.lower === 'as') k--;
  const comma = doc.tokens[k];
  if (!comma || comma.text !== ',' || k <= s.firstToken) return null;
  let first = s.firstToken;
  if (OPENING.has(doc.tokens[first]!.text)) return null; // a quotation: the tagger's own two-fragment case
  // "And perhaps, he said, …": the conjunction links sentences and is nobody's words.
  if (doc.tokens[first]!.pos === 'CCONJ') first++;
  // "As a phone rang, Clinton said, …", "During the speech, he said, …": an adverbial clause
  // or phrase before the source frames the telling; it is not the subject of what was said.
  if (first >= k || LEADS_ADVERBIAL.has(doc.tokens[first]!.pos)) return null;
  const span = { start: doc.tokens[first]!.start, end: doc.tokens[k - 1]!.end };
  return taken(span, a, attrs) ? null : span;
}

/** A quotation opening the next sentence of the cue's paragraph, to its closing mark, when the attribution quotes its source. */
function quotationGoingOn(doc: Doc, a: Attribution, attrs: Attribution[]): Span | null {
  const si = doc.sentenceAt(a.cue.start), s = doc.sentences[si]!, next = doc.sentences[si + 1];
  if (!next || next.paragraph !== s.paragraph || a.cue.end > s.end) return null;
  if (!a.content.some((c) => c.start >= s.start && c.end <= s.end && OPENING.has(doc.tokens[doc.tokenAt(c.start)]!.text))) return null;
  if (a.content.some((c) => c.end > s.end)) return null;
  if (!OPENING.has(doc.tokens[next.firstToken]?.text ?? '')) return null;
  let end = -1;
  for (let i = next.firstToken + 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (doc.sentences[t.sentence]!.paragraph !== s.paragraph || t.text === '“') break;
    if (CLOSING.has(t.text)) { end = i; break; }
  }
  if (end < 0) return null;
  const span = { start: doc.tokens[next.firstToken]!.start, end: doc.tokens[end]!.end };
  // Followed by a cue of its own ("“B,” she added"): that attribution's.
  return taken(span, a, attrs) || attrs.some((b) => b !== a && doc.sentenceAt(b.cue.start) === doc.tokens[end]!.sentence) ? null : span;
}

/** "X was accused of Y", "X have been blamed for Y" with Y the content and no source: X, the subject of the passive. */
function passiveSubject(doc: Doc, a: Attribution, attrs: Attribution[]): Span | null {
  if (a.sourceMention || a.content.length !== 1 || a.content[0]!.start < a.cue.end) return null;
  const first = doc.tokenAt(a.cue.start), s = doc.sentences[doc.tokens[first]!.sentence]!;
  let participle = false, be = false;
  for (let i = first; i < doc.tokens.length && doc.tokens[i]!.start < a.cue.end; i++) {
    const t = doc.tokens[i]!;
    if (t.lemma === 'be') be = true;
    else if (be && t.pos === 'VERB' && /(?:ed|en|wn|nt|ght)$/.test(t.lower)) participle = true;
  }
  // (The auxiliary may stand before the cue: "was | accused of".)
  for (let i = first - 1; !be && i >= s.firstToken && /^(?:AUX|ADV|PART)$/.test(doc.tokens[i]!.pos); i--) if (doc.tokens[i]!.lemma === 'be') be = true;
  if (!be || (!participle && !/(?:ed|en)$/.test(doc.tokens[first]!.lower))) return null;
  const subject = subjectBefore(doc, first, s.firstToken);
  if (!subject || doc.tokens[subject.startTok]!.pos === 'PRON') return null;
  return taken(subject.span, a, attrs) ? null : subject.span;
}
