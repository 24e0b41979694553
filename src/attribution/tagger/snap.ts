/**
 * Boundary repairs on tagged runs, for errors a token-by-token tagger makes
 * and a reader never would (measured on PolNeAR dev, docs/accuracy-attribution.md):
 * - a source never splits a name: "Donald | Trump", "The | Republican
 *   National Committee" — a source run that starts or ends inside a run of
 *   proper nouns is widened to the whole name, with its article
 *   (+0.7 exact source F1 on dev, rules merged);
 * - nor a name's bracket: "Sen. David Perdue (R-Ga.) said" tagged ")" alone
 *   takes the bracket and the name with its title (strict +0.1 on dev);
 * - a source is a noun phrase: no verb or adverb at its end ("Trump avoids"),
 *   only the pronoun of "… network RT he", only the relative pronoun of "the
 *   Chicago Police Department which" (source +0.2, strict +0.1 on dev);
 * - a cue is not cut at its medium: "said | in | a statement" tagged as two
 *   cues with "in" between is one, "said in a statement" (the second alone
 *   was a cue with nobody's content; see joinMedium).
 */
import type { Doc } from '../../doc/doc.js';
import { tokenRun, type TokenRun } from './spans.js';

const isName = (doc: Doc, i: number, sentence: number): boolean => {
  const t = doc.tokens[i];
  return !!t && t.sentence === sentence && t.pos === 'PROPN';
};

export function snapRuns(doc: Doc, runs: TokenRun[]): TokenRun[] {
  const taken = new Uint8Array(doc.tokens.length);
  for (const r of runs) for (let i = r.first; i <= r.last; i++) taken[i] = 1;
  const out: TokenRun[] = [];
  for (const run of runs) {
    const r = tokenRun(run.type, run.first, run.last);
    if (r.type === 'Source') {
      const s = doc.tokens[r.first]!.sentence;
      withBracket(doc, r, s);
      withWholeName(doc, r, s, taken);
      toNounPhrase(doc, r);
    }
    if (r.type === 'Cue' && joinMedium(doc, r, out)) continue;
    out.push(r);
  }
  return out;
}

/**
 * A cue run that is only a noun phrase ("a statement", "an interview") right after a preposition
 * right after another cue run ("said in") extends that cue instead of standing alone.
 */
function joinMedium(doc: Doc, r: TokenRun, before: TokenRun[]): boolean {
  const T = doc.tokens, prev = before[before.length - 1];
  if (!prev || prev.type !== 'Cue' || prev.last + 2 !== r.first || T[prev.last + 1]!.pos !== 'ADP') return false;
  if (T[prev.first]!.sentence !== T[r.last]!.sentence || T[r.last]!.pos !== 'NOUN') return false;
  for (let i = r.first; i < r.last; i++) if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(T[i]!.pos)) return false;
  prev.last = r.last;
  return true;
}

/**
 * "Sen. David Perdue (R-Ga.) said": a source that holds only the end of a name's bracketed party
 * and state takes the bracket and the name with its title before it; one that opens the bracket
 * ("Sen. David Perdue (R-Ga") closes it.
 */
function withBracket(doc: Doc, r: TokenRun, s: number): void {
  const T = doc.tokens;
  let closes = false, opens = false;
  for (let i = r.first; i <= r.last; i++) { if (T[i]!.text === ')') closes = true; else if (T[i]!.text === '(') opens = true; }
  if (opens && !closes) {
    let close = r.last + 1;
    while (close < T.length && T[close]!.sentence === s && T[close]!.text !== ')' && close - r.last < 6) close++;
    if (T[close]?.text === ')' && T[close]!.sentence === s) r.last = close;
  }
  if (closes && !opens) {
    let open = r.first - 1;
    while (open >= 0 && T[open]!.sentence === s && T[open]!.text !== '(' && r.first - open < 8) open--;
    if (open >= 1 && T[open]!.text === '(' && isName(doc, open - 1, s)) {
      let a = open - 1;
      while (a - 1 >= 0 && T[a - 1]!.sentence === s && (isName(doc, a - 1, s) || /^[A-Z][a-z]{1,3}\.$/.test(T[a - 1]!.text))) a--;
      r.first = a;
    }
  }
}

/** A source that starts or ends inside a name takes the whole name, and the article before it. */
function withWholeName(doc: Doc, r: TokenRun, s: number, taken: Uint8Array): void {
  if (isName(doc, r.first, s)) {
    while (isName(doc, r.first - 1, s) && !taken[r.first - 1]) r.first--;
    const before = doc.tokens[r.first - 1];
    if (before && before.sentence === s && /^(?:the|a|an)$/.test(before.lower) && !taken[r.first - 1]) r.first--;
  }
  if (isName(doc, r.last, s)) while (isName(doc, r.last + 1, s) && !taken[r.last + 1]) r.last++;
}

/**
 * A source is a noun phrase: not the verb the tagger ran on into ("Trump avoids"), nor the phrase
 * before a pronoun that speaks ("propagandistic network RT he" is "he"), and a relative "which"
 * stands for it on its own ("the Chicago Police Department which"). (Cutting a name out of the
 * phrase before it, "a Bloomberg interview Trump", cost 0.2 on dev: names run into each other
 * there, "the Washington Post Trump".)
 */
function toNounPhrase(doc: Doc, r: TokenRun): void {
  const T = doc.tokens;
  while (r.last > r.first && (T[r.last]!.pos === 'VERB' || T[r.last]!.pos === 'ADV')) r.last--;
  if (r.last > r.first && T[r.last]!.pos === 'PRON' && /^(?:he|she|they|it|we)$/i.test(T[r.last]!.text) && T[r.last - 1]!.pos !== 'CCONJ') r.first = r.last;
  if (r.last > r.first && /^which$/i.test(T[r.last]!.text)) r.first = r.last;
}
