/**
 * Turns tagged runs into attributions: each cue becomes one attribution, and
 * every source and content run is attached to the cue it most plausibly
 * belongs to.
 *
 * - A source goes to the nearest cue in its sentence (sources and cues are
 *   sentence-local in PolNeAR); a cue keeps its nearest source, and a cue
 *   with none is an attribution without a source ("it is believed that…").
 * - A cue with no source of its own shares the nearest source before it in
 *   its sentence (", adding …", "X said … and vowed …").
 * - A content run goes to the nearest cue among the sentences it covers;
 *   failing that, to the nearest cue within two sentences (multi-sentence
 *   quotations whose cue sits in the sentence before or after). Several runs
 *   going to one cue make discontinuous content ("X, he said, Y").
 */
import type { Attribution, Doc, QuoteKind } from '../../doc/doc.js';
import type { Span } from '../../doc/span.js';
import { runSpan, type TokenRun } from './spans.js';
import { afterDateline } from '../../nlp/phrases.js';

const gap = (a: TokenRun, b: TokenRun): number => (a.last < b.first ? b.first - a.last : a.first > b.last ? a.first - b.last : 0);

export interface LinkOptions {
  /** Keep cues that got no content (they still score as cue spans but add a relation). */
  keepCuesWithoutContent: boolean;
}

/** Per-run sentence indices, reused from one document to the next (looking a token up per pair of runs cost more than the matching). */
let firstSent = new Int32Array(64), lastSent = new Int32Array(64);
/** Per cue (by its index in `cues`): whether content follows it in its sentence (-1: not computed yet). */
let contentAfter = new Int8Array(64);

export function linkRuns(doc: Doc, runs: TokenRun[], opts: LinkOptions = { keepCuesWithoutContent: false }): Attribution[] {
  const T = doc.tokens, nr = runs.length;
  // Cues, and every run's first and last sentence, once: the loops below pair runs with cues.
  const cues: TokenRun[] = [];
  if (firstSent.length < nr) { firstSent = new Int32Array(2 * nr); lastSent = new Int32Array(2 * nr); }
  for (let k = 0; k < nr; k++) {
    const r = runs[k]!;
    firstSent[k] = T[r.first]!.sentence; lastSent[k] = T[r.last]!.sentence;
    if (r.type === 'Cue') cues.push(r);
  }
  if (!cues.length) return [];
  const nc = cues.length;
  // Cue i's sentences (its first, its last): cueS0 / cueS1.
  const cueS0 = new Int32Array(nc), cueS1 = new Int32Array(nc);
  for (let k = 0, i = 0; k < nr; k++) if (runs[k]!.type === 'Cue') { cueS0[i] = firstSent[k]!; cueS1[i] = lastSent[k]!; i++; }
  const sourceOf = new Map<TokenRun, TokenRun>();
  const contentOf = new Map<TokenRun, TokenRun[]>();

  for (let k = 0; k < nr; k++) {
    const s = runs[k]!;
    if (s.type !== 'Source') continue;
    const ss0 = firstSent[k]!, ss1 = lastSent[k]!;
    let best: TokenRun | null = null, bd = Infinity;
    for (let i = 0; i < nc; i++) {
      if (cueS0[i] !== ss0 && cueS1[i] !== ss1) continue;
      const c = cues[i]!, d = gap(s, c);
      if (d < bd) { bd = d; best = c; }
    }
    if (!best) continue;
    const had = sourceOf.get(best);
    if (!had || gap(had, best) > bd) sourceOf.set(best, s);
  }

  if (contentAfter.length < nc) contentAfter = new Int8Array(2 * nc);
  contentAfter.fill(-1, 0, nc);
  const hasContentAfter = (i: number): boolean => {
    if (contentAfter[i] === -1) {
      const c = cues[i]!, cs = cueS1[i]!;
      let found = 0;
      for (let k = 0; k < nr; k++) { const r = runs[k]!; if (r.type === 'Content' && r.first > c.last && firstSent[k] === cs) { found = 1; break; } }
      contentAfter[i] = found;
    }
    return contentAfter[i] === 1;
  };
  for (let k = 0; k < nr; k++) {
    const r = runs[k]!;
    if (r.type !== 'Content') continue;
    const s0 = firstSent[k]!, s1 = lastSent[k]!;
    const quoted = opensQuote(T[r.first]!.text);
    // A that-clause is the complement of a cue before it ("X told reporters in Tokyo that …, and
    // said …"): a cue after it takes it only when none before it is near.
    const complement = T[r.first]!.pos === 'SCONJ' && (T[r.first]!.lower === 'that' || T[r.first]!.lower === 'whether');
    let best: TokenRun | null = null, bd = Infinity;
    for (let i = 0; i < nc; i++) {
      const c = cues[i]!;
      if (c.first >= r.first && c.last <= r.last) continue; // a cue inside the content is a nested attribution's (boundary.ts)
      const cs = cueS0[i]!;
      const sentDist = cs < s0 ? s0 - cs : cs > s1 ? cs - s1 : 0;
      if (sentDist > 2) continue;
      // A quotation opening a sentence with no cue goes on from the cue before it
      // ("“A,” said Blair. “B.”") rather than to one in a later sentence that has content of its
      // own after it ("“B.” Experts cautioned that …"); a later cue with none takes it ("“How many
      // times?” Clinton said.": a sentence ends at "?”").
      const d = sentDist * 1000 + gap(r, c) + (sentDist > 0 && cs > s1 && quoted && hasContentAfter(i) ? 500 : 0)
        + (complement && c.first > r.last ? 100 : 0);
      if (d < bd) { bd = d; best = c; }
    }
    if (!best) continue;
    const list = contentOf.get(best);
    if (list) list.push(r); else contentOf.set(best, [r]);
  }

  // A cue left without a source shares the nearest source before it in its
  // sentence: "Trump tweeted …, encouraging his supporters to vote", "Perdue
  // said … and vowed …" — the source is labelled once, for the first cue.
  for (let i = 0; i < nc; i++) {
    const c = cues[i]!;
    if (sourceOf.has(c)) continue;
    // ("…, but the captain of a charity rescue ship said …": a cue right after a noun has a subject
    // of its own, which the tagger took for content; subject.ts gives it that subject.)
    const before = T[c.first - 1];
    const cs = cueS0[i]!;
    let best: TokenRun | null = null, inContent = false;
    for (let k = 0; k < nr; k++) {
      const r = runs[k]!;
      if (r.type === 'Source') { if (r.last < c.first && firstSent[k] === cs) best = r; }
      else if (r.type === 'Content' && r.first <= c.first - 1 && c.first - 1 <= r.last) inContent = true;
    }
    const ownSubject = !!before && (before.pos === 'NOUN' || before.pos === 'PROPN') && inContent;
    if (best && (!ownSubject || best.last === c.first - 1)) sourceOf.set(c, best);
  }

  const out: Attribution[] = [];
  const keepEmpty = opts.keepCuesWithoutContent;
  for (const c of cues) {
    const runsOfCue = contentOf.get(c);
    if (!runsOfCue && !keepEmpty) continue;
    // Built with push, not .map: arrays from an inlined .map and from the
    // builtin one differed in elements kind, and quoteKind (inlined here) was
    // deoptimised on their length ~30 times as a process warmed up.
    const content: Span[] = [];
    if (runsOfCue) for (const r of withoutStrayFragments(doc, c, runsOfCue)) content.push(runSpan(doc, r));
    joinTouching(doc, content);
    const src = sourceOf.get(c);
    out.push({
      id: '', cue: runSpan(doc, c), sourceMention: src ? runSpan(doc, src) : null,
      content, quote: quoteKind(doc, content), via: [], by: 'tagger',
    });
  }
  return out;
}

/**
 * Fragments that only a comma (or nothing) separates are one content: "that one shooting may have
 * more than one victim[,] so thousands of …" was two runs where the tagger hesitated at the comma.
 * (On dev: 8 attributions made exact, none made inexact.)
 */
function joinTouching(doc: Doc, content: Span[]): void {
  content.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < content.length; i++) {
    if (!commaGap(doc.text, content[i]!.end, content[i + 1]!.start)) continue;
    content[i] = { start: content[i]!.start, end: content[i + 1]!.end };
    content.splice(i + 1, 1);
    i--;
  }
}

/** Whether text[a, b) matches /^\s*,?\s*$/ with no line break (empty when b ≤ a), without slicing it. */
function commaGap(text: string, a: number, b: number): boolean {
  let i = a;
  while (i < b && isBlank(text.charCodeAt(i))) i++;
  if (i < b && text.charCodeAt(i) === 44) i++;
  while (i < b && isBlank(text.charCodeAt(i))) i++;
  return i >= b;
}

/** A character of the regex class \s other than the line feed. */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13 && c !== 10) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A cue's content runs without the stray ones: beside its longest run, a
 * short run that is not a quotation — at most two tokens, or at most five in
 * another sentence than the cue, or anything two sentences away — is tagger
 * noise far more often than a piece of discontinuous content. On dev such
 * runs matched a gold fragment 20 times in 146 (real second fragments are
 * quotations or clauses: "X, he said, Y").
 */
function withoutStrayFragments(doc: Doc, cue: TokenRun, runs: TokenRun[]): TokenRun[] {
  if (runs.length < 2) return runs;
  const main = runs.reduce((a, b) => (b.last - b.first > a.last - a.first ? b : a));
  const cs = doc.tokens[cue.first]!.sentence;
  const quotedBefore = main.last < cue.first && opensQuote(doc.tokens[main.first]!.text);
  const mainAfter = main.first > cue.last;
  return runs.filter((r) => {
    if (r === main) return true;
    const s0 = doc.tokens[r.first]!.sentence, s1 = doc.tokens[r.last]!.sentence;
    const quote = opensQuote(doc.tokens[r.first]!.text);
    // A fragment in a sentence after the cue's goes on what was said only as a quotation going on
    // from content before the cue ("“A,” he said. “B.”"); beside content after the cue, or as plain
    // prose, it was another report's on dev (13 fragments of this kind, none a gold one).
    if (s0 > cs && (mainAfter || !quote)) return false;
    if (quote) return true;
    // A fragment wholly in a sentence before the cue's, beside a main run: on
    // dev it was a gold fragment of that cue's 1 time in 24. (A quotation
    // there is kept: as often as not it is gold content of a cue the tagger
    // missed, and content spans are scored whoever they are attached to.)
    if (s1 < cs) return false;
    // "“Q,” Pence said on CNN's …", "“Q,” he said of the prospect …": after a quotation and its
    // cue, what follows in the sentence says where, when or of what it was said.
    if (quotedBefore && r.first > cue.last && s0 === cs) return false;
    // Before a cue whose content follows it, words are content only as the first part of
    // "X, he said, Y": right before a comma and the source, with no other clause in between.
    // And it opens the sentence ("Acts of protest, Mr. Obama said, are …"): a clause that does not
    // ("Citing an unfounded theory, Trump accused …", "under a gray sky that seemed …, Mr. Obama
    // warned …") sets the scene of the report (on dev 8 such fragments kept were wrong, none gold).
    if (main.first > cue.last && r.last < cue.first && s1 === cs) {
      if (!ANY.test(doc.text.slice(doc.tokens[r.first]!.start - 1, doc.tokens[r.last]!.end + 1)) && !parentheticalAfter(doc, r.last, cue.first)) return false;
      if (!opensSentence(doc, r.first)) return false;
    }
    const sentDist = cs < s0 ? s0 - cs : cs > s1 ? cs - s1 : 0, size = r.last - r.first + 1;
    return size > 2 && sentDist < 2 && (sentDist === 0 || size > 5);
  });
}

/**
 * Whether token `i` opens its sentence, after at most a conjunction ("But to prevent problems, he
 * said, …") or a dateline ("BOGOTÁ, Colombia — Construction … is running late, according to …").
 */
function opensSentence(doc: Doc, i: number): boolean {
  const t = doc.tokens, s = t[i]!.sentence;
  const prev = t[i - 1];
  if (!prev || prev.sentence !== s) return true;
  const before = t[i - 2];
  if (prev.pos === 'CCONJ' && (!before || before.sentence !== s)) return true;
  const first = doc.sentences[s]!.firstToken;
  // (Bounded: a dateline is a few words, and most fragments are not after one.)
  if (i - first > 10) return false;
  // (The fragment may start inside the dateline: "Colombia — Construction …".)
  const after = afterDateline(doc, doc.sentences[s]!);
  return after !== undefined && t[i]!.start <= after;
}

/** Whether "…, SOURCE CUE" follows token `last`: a comma, then no clause break before the cue at `cue`. */
function parentheticalAfter(doc: Doc, last: number, cue: number): boolean {
  if (doc.tokens[last + 1]?.text !== ',') return false;
  for (let i = last + 2; i < cue; i++) if (BREAKS.has(doc.tokens[i]!.text)) return false;
  return true;
}

const BREAKS = new Set([',', ';', ':', '.', '—', '–', '--', '(', ')']);
const ANY = /["“”«»„]|''/;

/** /^(?:["“«„]|''|``)/ by char codes: whether s opens a quotation. */
function opensQuote(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 34 || c === 0x201c || c === 0xab || c === 0x201e) return true;
  return (c === 39 || c === 96) && s.charCodeAt(1) === c;
}

/** Direct when every fragment is a quotation, mixed when quotation marks appear inside, else indirect. */
export function quoteKind(doc: Doc, content: Span[]): QuoteKind {
  if (!content.length) return 'indirect';
  // Each fragment less its final punctuation (/[.,;:!?]+$/), read in place rather than sliced and
  // matched: a quotation opens at its start ("“ « „ '' ``) and closes at its end (" ” » '').
  const text = doc.text;
  let direct = true, marks = false;
  for (const s of content) {
    const a = s.start;
    let e = s.end;
    while (e > a && isFinalPunct(text.charCodeAt(e - 1))) e--;
    if (direct && !(e > a && opensAt(text, a, e) && closesAt(text, a, e))) direct = false;
    if (!marks) marks = hasMark(text, a, e);
  }
  return direct ? 'direct' : marks ? 'mixed' : 'indirect';
}

const isFinalPunct = (c: number): boolean => c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;

/** OPEN on text[a, e) (non-empty). */
function opensAt(text: string, a: number, e: number): boolean {
  const c = text.charCodeAt(a);
  if (c === 34 || c === 0x201c || c === 0xab || c === 0x201e) return true;
  return (c === 39 || c === 96) && e - a >= 2 && text.charCodeAt(a + 1) === c;
}

/** CLOSE, /(?:["”»]|'')$/, on text[a, e) (non-empty). */
function closesAt(text: string, a: number, e: number): boolean {
  const c = text.charCodeAt(e - 1);
  if (c === 34 || c === 0x201d || c === 0xbb) return true;
  return c === 39 && e - a >= 2 && text.charCodeAt(e - 2) === 39;
}

/** ANY on text[a, e): a quotation mark, or two apostrophes. */
function hasMark(text: string, a: number, e: number): boolean {
  for (let i = a; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e) return true;
    if (c === 39 && i + 1 < e && text.charCodeAt(i + 1) === 39) return true;
  }
  return false;
}
