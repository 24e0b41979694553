/**
 * Signed quotations: words set apart on their own line and signed after a
 * dash, the way articles quote readers' messages, pull quotes and embedded
 * posts:
 *
 *     “He can’t even answer a question without scaring people.” ― Esther Tapia
 *
 *     "I will look into it. I don't know the status."
 *
 *     - Hillary Clinton.
 *
 *     No one should be above the law. pic.twitter.com/x — Paul Ryan (@SpeakerRyan) July 5, 2016
 *
 * The dash is the cue, the name after it the source, the quotation the
 * content. There is no verb, so neither the tagger nor the sentence rules
 * see an attribution here (PolNeAR annotates these as such: the dash is the
 * cue; train 11, dev 24).
 *
 * Kept strict, since a dash before a capitalised word is common prose
 * ("Crutcher, 40 ― a father …"): the name must end its line (or be
 * followed by an account handle or a date), and the signed words must be a
 * whole quotation opening its line, or a post signed with its handle.
 */
import type { Attribution, Doc } from '../doc/doc.js';
import { contains, overlaps, type Span } from '../doc/span.js';

/** A dash token: ― — – - or --, by char codes (a Set look-up hashed every token's fresh string). */
function isDash(s: string): boolean {
  const c = s.charCodeAt(0);
  if (s.length === 1) return c === 0x2015 || c === 0x2014 || c === 0x2013 || c === 45;
  return s.length === 2 && c === 45 && s.charCodeAt(1) === 45;
}
const QUOTE_MARKS = /["“”‘]/;
const CLOSING = /["”’]$/;
/** White space within a line (news text often has no-break spaces around dashes). */
const SPACE = String.raw`[^\S\n]`;
const LINE_SPACE = /[^\S\n]/;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** After the dash: a name of one to five capitalised words, an optional handle, then the line's end, a full stop ending it, or a date. */
const SIGNATURE = new RegExp(
  String.raw`^${SPACE}*(\p{Lu}[\p{L}'’.-]*(?:${SPACE}+\p{Lu}[\p{L}'’.-]*){0,4})(${SPACE}*\(@\w+\))?${SPACE}*(?:\.?${SPACE}*(?:\n|$)|${MONTH}\b)`, 'u');
/** The link an embedded post ends with, which is not part of what was said. */
const TRAILING_LINK = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)\s*$/;

export function signedQuotations(doc: Doc): Attribution[] {
  const text = doc.text, out: Attribution[] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    const dash = doc.tokens[k]!;
    if (!isDash(dash.text)) continue;
    const sig = SIGNATURE.exec(text.slice(dash.end, dash.end + 120));
    if (!sig) continue;
    const nameStart = dash.end + sig[0].indexOf(sig[1]!);
    const name = sig[1]!, handle = sig[2] ?? '';
    // The handle is part of the signature ("Sahil Kapur (@sahilkapur)"); a full stop after the name is not.
    const source: Span = { start: nameStart, end: nameStart + (handle ? name.length + handle.length : name.replace(/\.$/, '').length) };
    const content = quotationBefore(text, dash.start) ?? (handle ? postBefore(text, dash.start) : null);
    if (!content) continue;
    out.push({ id: '', cue: { start: dash.start, end: dash.end }, sourceMention: source, content: [content], quote: 'direct', via: [], by: 'rule:signature' });
  }
  return out;
}

/** Start of the line holding `at`. */
const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/**
 * A quotation ending right before the dash (on its line, or as the last line
 * before a dash that opens a line) and opening its own line: that line, to
 * the closing mark.
 */
function quotationBefore(text: string, dash: number): Span | null {
  let end = dash;
  while (end > 0 && LINE_SPACE.test(text[end - 1]!)) end--;
  if (end === lineStart(text, dash)) { // the dash opens its line: the quotation is the last line before it
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  }
  if (!CLOSING.test(text.slice(end - 1, end))) return null;
  const start = lineStart(text, end - 1);
  if (!QUOTE_MARKS.test(text[start] ?? '') || end - start < 3) return null;
  return { start, end };
}

/** An embedded post signed with its handle: its line up to the dash, after any markup, without its link. */
function postBefore(text: string, dash: number): Span | null {
  const from = lineStart(text, dash);
  const line = text.slice(from, dash);
  const markup = line.lastIndexOf('>');
  const start = from + markup + 1;
  const words = text.slice(start, dash).replace(TRAILING_LINK, '');
  const lead = words.length - words.trimStart().length;
  const span = { start: start + lead, end: start + words.trimEnd().length };
  return span.end - span.start >= 10 ? span : null;
}

/**
 * Adds the signed quotations to the other attributions. A signature owns its
 * dash and name, and its quotation is nobody else's content: another
 * attribution whose cue or source lies in a signature is dropped, and so are
 * other attributions' content fragments inside a signed quotation.
 */
export function withSignatures(attrs: Attribution[], signed: Attribution[]): Attribution[] {
  if (!signed.length) return attrs;
  const marks = signed.map((a) => ({ start: a.cue.start, end: a.sourceMention!.end }));
  const out: Attribution[] = [];
  for (const a of attrs) {
    if (marks.some((m) => overlaps(a.cue, m) || (a.sourceMention && overlaps(a.sourceMention, m)))) continue;
    const content = a.content.filter((c) => !signed.some((s) => contains(s.content[0]!, c)) && !marks.some((m) => overlaps(c, m)));
    if (content.length) out.push(content.length === a.content.length ? a : { ...a, content });
  }
  return [...out, ...signed];
}
