/**
 * A source for a cue left without one: the subject right before the cue
 * ("Caddell continued: …", "the senator is demanding …"), read with the same
 * noun-phrase reader the rules use. The tagger and linker find most sources;
 * this covers cues whose subject the tagger did not label as a source.
 */
import type { Attribution, Doc } from '../doc/doc.js';
import { overlaps } from '../doc/span.js';
import { subjectBefore } from '../nlp/phrases.js';

export function withSubjectSources(doc: Doc, attrs: Attribution[]): Attribution[] {
  return attrs.map((a) => {
    if (a.sourceMention) return a;
    const k = doc.tokenAt(a.cue.start);
    const sentence = doc.sentences[doc.tokens[k]?.sentence ?? -1];
    if (!sentence) return a;
    const subject = subjectBefore(doc, k, sentence.firstToken);
    if (!subject || a.content.some((c) => overlaps(c, subject.span))) return a;
    return { ...a, sourceMention: subject.span };
  });
}
