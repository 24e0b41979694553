/**
 * A source for a cue left without one: the subject right before the cue
 * ("Caddell continued: …", "the senator is demanding …"), read with the same
 * noun-phrase reader the rules use. The tagger and linker find most sources;
 * this covers cues whose subject the tagger did not label as a source.
 */
import type { Attribution, Doc } from '../doc/doc.js';
import { overlaps } from '../doc/span.js';
import { skipLeft, subjectBefore, type Phrase } from '../nlp/phrases.js';

export function withSubjectSources(doc: Doc, attrs: Attribution[]): Attribution[] {
  return attrs.map((a) => {
    if (a.sourceMention) return a;
    const k = doc.tokenAt(a.cue.start);
    const sentence = doc.sentences[doc.tokens[k]?.sentence ?? -1];
    if (!sentence) return a;
    const subject = subjectBefore(doc, k, sentence.firstToken) ?? participleSubject(doc, k, sentence.firstToken);
    if (!subject || a.content.some((c) => overlaps(c, subject.span))) return a;
    return { ...a, sourceMention: subject.span };
  });
}

/**
 * "Governor Maria Santos vetoed the map, writing that …": a participle cue
 * after a comma speaks for the subject of the clause it hangs on.
 */
function participleSubject(doc: Doc, k: number, first: number): Phrase | null {
  const t = doc.tokens[k];
  if (!t || t.pos !== 'VERB' || !t.lower.endsWith('ing') || doc.tokens[k - 1]?.text !== ',') return null;
  let v = k - 2;
  while (v >= first && doc.tokens[v]!.pos !== 'VERB') v--;
  if (v < first) return null;
  // The clause's subject, past any time phrase before its verb ("Santos on Friday vetoed").
  let j = skipLeft(doc, v - 1, first);
  while (j >= first && (TIME_WORDS.test(doc.tokens[j]!.lower) || (doc.tokens[j]!.pos === 'ADP' && j < v))) j--;
  while (j >= first && doc.tokens[j - 1]?.pos === 'ADP' && TIME_WORDS.test(doc.tokens[j]!.lower)) j -= 2;
  return subjectBefore(doc, j + 1, first);
}
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|evening|night|last|earlier|later)$/;
