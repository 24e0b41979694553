/**
 * Repairs attributions whose cue is a relay participle: in "Kachin Frontier
 * … reported late on Wednesday, citing two mine workers who spoke on
 * condition of anonymity, that more than 100 people …" the tagger may take
 * "citing" for the cue and "two mine workers …, that more than 100 …" for
 * what was said. The report verb before the comma is the cue, the cited
 * phrase is the chain (via), and what was said is what follows the cited
 * phrase. Only when the clause has such a verb and no attribution has it
 * already; otherwise the attribution is left as it is.
 */
import type { Attribution, Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { overlaps } from '../doc/span.js';
import { nounPhraseRight } from '../nlp/phrases.js';
import { RELAY_CUES, SPEECH_VERBS } from './cues.js';

export function withRelaysRepaired(doc: Doc, attrs: Attribution[]): Attribution[] {
  const replaced = new Set<Attribution>();
  const repairedAll = attrs.map((a) => repaired(doc, a, attrs, replaced) ?? a).filter((a) => !replaced.has(a));
  // "Citing what he called sources …, he said …": the opening relay is the chain of the
  // attribution that follows (sources.ts, citedFront), not one of its own.
  const out = repairedAll.filter((a) => {
    const k = doc.tokenAt(a.cue.start), cue = doc.tokens[k];
    return !(cue && RELAY_CUES.has(cue.lemma) && k === doc.sentences[cue.sentence]!.firstToken
      && repairedAll.some((b) => b !== a && b.cue.start > a.cue.end && doc.sentenceAt(b.cue.start) === cue.sentence));
  });
  // "X said more than 300 people had died, citing data compiled by village staff": a relay after
  // what was said is the chain of the attribution before it. (The relay stays an attribution, as
  // PolNeAR marks it; the claims stage makes no claim of a citing.)
  // "…, according to Radio X, which cited two nurses": the same, by a relative clause on the source.
  for (const a of out) {
    const k = doc.tokenAt(a.cue.start), cue = doc.tokens[k];
    if (!cue || !RELAY_CUES.has(cue.lemma) || a.content.length !== 1) continue;
    const T = doc.tokens;
    const participle = cue.lower.endsWith('ing') && T[k - 1]?.text === ',';
    const relative = (T[k - 1]?.lower === 'which' || T[k - 1]?.lower === 'who') && T[k - 2]?.text === ',';
    if (!participle && !relative) continue;
    const main = out.filter((b) => b !== a && b.cue.end <= a.cue.start && doc.sentenceAt(b.cue.start) === cue.sentence).pop();
    if (!main || main.via.length || !main.content.length) continue;
    // (The relative clause is on the main attribution's source, right before its comma.)
    if (relative ? !main.sourceMention || main.sourceMention.end !== T[k - 2]!.start
      : main.content[main.content.length - 1]!.end > a.cue.start) continue;
    const cited = citedPhrase(doc, k + 1, doc.sentences[cue.sentence]!.endToken);
    if (cited) main.via = [cited];
  }
  return out;
}

/**
 * The attribution `a` becomes when its cue is a relay participle, or null. An attribution already on
 * the report verb is replaced (into `replaced`) when it has no content after its cue: in "X reported
 * last month, citing Y, that Z" the tagger may give "reported" only stray words before it.
 */
function repaired(doc: Doc, a: Attribution, all: Attribution[], replaced: Set<Attribution>): Attribution | null {
  const T = doc.tokens;
  const k = doc.tokenAt(a.cue.start);
  const cue = T[k];
  if (!cue || cue.end !== a.cue.end || !RELAY_CUES.has(cue.lemma) || !cue.lower.endsWith('ing') || T[k - 1]?.text !== ',') return null;
  const sentence = doc.sentences[cue.sentence]!;
  // The report verb of the clause the participle hangs on.
  let v = k - 2;
  while (v >= sentence.firstToken && !(T[v]!.pos === 'VERB' && SPEECH_VERBS.has(T[v]!.lemma))) v--;
  if (v < sentence.firstToken) return null;
  const verb: Span = { start: T[v]!.start, end: T[v]!.end };
  const holder = all.find((b) => b !== a && overlaps(b.cue, verb));
  if (holder && holder.content.some((s) => s.start >= holder.cue.end)) return null;
  const cited = citedPhrase(doc, k + 1, sentence.endToken);
  if (!cited) return null;
  // What was said starts after the comma that closes the cited phrase (and its relative clause).
  let c = doc.tokenAt(cited.end);
  while (c < sentence.endToken && T[c]!.text !== ',' && c - k < 16) c++;
  if (T[c]?.text !== ',' || c + 1 >= sentence.endToken) {
    // ("X reported on Tuesday night that nine bodies had been recovered, citing the fire service.": the
    // citing closes the sentence, and what was said is what the tagger gave between the verb and it.)
    const before = a.content.filter((s) => s.start >= T[v]!.end && s.end <= a.cue.start);
    if (!before.length || (holder && holder.content.length)) return null;
    if (holder) replaced.add(holder);
    return { ...a, cue: holder?.cue ?? verb, sourceMention: holder?.sourceMention ?? a.sourceMention, content: before, via: a.via.length ? a.via : [cited] };
  }
  const said = a.content.find((s) => s.start <= T[c + 1]!.start && T[c + 1]!.start < s.end);
  if (!said) return null;
  const content = [{ start: T[c + 1]!.start, end: said.end }, ...a.content.filter((s) => s.start >= said.end)];
  if (holder) {
    replaced.add(holder);
    // The holder's cue span ("reported last month") and source are the tagger's reading of the verb.
    return { ...a, cue: holder.cue, sourceMention: holder.sourceMention ?? a.sourceMention, content, via: a.via.length ? a.via : [cited] };
  }
  return { ...a, cue: verb, content, via: a.via.length ? a.via : [cited] };
}

/**
 * The phrase a relay participle cites, with who made it when it says so:
 * "data compiled by village secretariat staff", "figures provided by the
 * ministry" (the agent is who the chain leads to).
 */
function citedPhrase(doc: Doc, i: number, end: number): Span | null {
  const np = nounPhraseRight(doc, i, end);
  if (!np) return null;
  const T = doc.tokens, j = doc.tokenAt(np.span.end);
  if (T[j]?.pos === 'VERB' && /ed$/.test(T[j]!.lower) && T[j + 1]?.lower === 'by') {
    const agent = nounPhraseRight(doc, j + 2, end);
    if (agent) return { start: np.span.start, end: agent.span.end };
  }
  return np.span;
}
