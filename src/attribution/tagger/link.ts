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

const gap = (a: TokenRun, b: TokenRun): number => (a.last < b.first ? b.first - a.last : a.first > b.last ? a.first - b.last : 0);

export interface LinkOptions {
  /** Keep cues that got no content (they still score as cue spans but add a relation). */
  keepCuesWithoutContent: boolean;
}

export function linkRuns(doc: Doc, runs: TokenRun[], opts: LinkOptions = { keepCuesWithoutContent: false }): Attribution[] {
  const sentOf = (i: number) => doc.tokens[i]!.sentence;
  const cues = runs.filter((r) => r.type === 'Cue');
  const sourceOf = new Map<TokenRun, TokenRun>();
  const contentOf = new Map<TokenRun, TokenRun[]>();
  if (!cues.length) return [];

  for (const s of runs) {
    if (s.type !== 'Source') continue;
    let best: TokenRun | null = null, bd = Infinity;
    for (const c of cues) {
      if (sentOf(c.first) !== sentOf(s.first) && sentOf(c.last) !== sentOf(s.last)) continue;
      const d = gap(s, c);
      if (d < bd) { bd = d; best = c; }
    }
    if (!best) continue;
    const had = sourceOf.get(best);
    if (!had || gap(had, best) > bd) sourceOf.set(best, s);
  }

  const hasContentAfter = (c: TokenRun) => runs.some((r) => r.type === 'Content' && r.first > c.last && sentOf(r.first) === sentOf(c.last));
  for (const r of runs) {
    if (r.type !== 'Content') continue;
    const s0 = sentOf(r.first), s1 = sentOf(r.last);
    const quoted = OPEN.test(doc.tokens[r.first]!.text);
    let best: TokenRun | null = null, bd = Infinity;
    for (const c of cues) {
      if (c.first >= r.first && c.last <= r.last) continue; // a cue inside the content is a nested attribution's (boundary.ts)
      const cs = sentOf(c.first);
      const sentDist = cs < s0 ? s0 - cs : cs > s1 ? cs - s1 : 0;
      if (sentDist > 2) continue;
      // A quotation opening a sentence with no cue goes on from the cue before it
      // ("“A,” said Blair. “B.”") rather than to one in a later sentence that has content of its
      // own after it ("“B.” Experts cautioned that …"); a later cue with none takes it ("“How many
      // times?” Clinton said.": a sentence ends at "?”").
      const d = sentDist * 1000 + gap(r, c) + (sentDist > 0 && cs > s1 && quoted && hasContentAfter(c) ? 500 : 0);
      if (d < bd) { bd = d; best = c; }
    }
    if (!best) continue;
    const list = contentOf.get(best) ?? [];
    list.push(r);
    contentOf.set(best, list);
  }

  // A cue left without a source shares the nearest source before it in its
  // sentence: "Trump tweeted …, encouraging his supporters to vote", "Perdue
  // said … and vowed …" — the source is labelled once, for the first cue.
  for (const c of cues) {
    if (sourceOf.has(c)) continue;
    // ("…, but the captain of a charity rescue ship said …": a cue right after a noun has a subject
    // of its own, which the tagger took for content; subject.ts gives it that subject.)
    const before = doc.tokens[c.first - 1];
    let best: TokenRun | null = null;
    for (const s of runs) {
      if (s.type === 'Source' && s.last < c.first && sentOf(s.first) === sentOf(c.first)) best = s;
    }
    const ownSubject = !!before && (before.pos === 'NOUN' || before.pos === 'PROPN')
      && runs.some((r) => r.type === 'Content' && r.first <= c.first - 1 && c.first - 1 <= r.last);
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
    const gapText = doc.text.slice(content[i]!.end, content[i + 1]!.start);
    if (!/^\s*,?\s*$/.test(gapText) || gapText.includes('\n')) continue;
    content[i] = { start: content[i]!.start, end: content[i + 1]!.end };
    content.splice(i + 1, 1);
    i--;
  }
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
  const quotedBefore = main.last < cue.first && OPEN.test(doc.tokens[main.first]!.text);
  return runs.filter((r) => {
    if (r === main || OPEN.test(doc.tokens[r.first]!.text)) return true;
    const s0 = doc.tokens[r.first]!.sentence, s1 = doc.tokens[r.last]!.sentence;
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
    if (main.first > cue.last && r.last < cue.first && s1 === cs && !parentheticalAfter(doc, r.last, cue.first)
      && !ANY.test(doc.text.slice(doc.tokens[r.first]!.start - 1, doc.tokens[r.last]!.end + 1))) return false;
    const sentDist = cs < s0 ? s0 - cs : cs > s1 ? cs - s1 : 0, size = r.last - r.first + 1;
    return size > 2 && sentDist < 2 && (sentDist === 0 || size > 5);
  });
}

/** Whether "…, SOURCE CUE" follows token `last`: a comma, then no clause break before the cue at `cue`. */
function parentheticalAfter(doc: Doc, last: number, cue: number): boolean {
  if (doc.tokens[last + 1]?.text !== ',') return false;
  for (let i = last + 2; i < cue; i++) if (BREAKS.has(doc.tokens[i]!.text)) return false;
  return true;
}

const BREAKS = new Set([',', ';', ':', '.', '—', '–', '--', '(', ')']);
const OPEN = /^(?:["“«„]|''|``)/, CLOSE = /(?:["”»]|'')$/, ANY = /["“”«»„]|''/;

/** Direct when every fragment is a quotation, mixed when quotation marks appear inside, else indirect. */
export function quoteKind(doc: Doc, content: Span[]): QuoteKind {
  if (!content.length) return 'indirect';
  const texts = content.map((s) => doc.slice(s).replace(/[.,;:!?]+$/, ''));
  if (texts.every((t) => OPEN.test(t) && CLOSE.test(t))) return 'direct';
  return texts.some((t) => ANY.test(t)) ? 'mixed' : 'indirect';
}
