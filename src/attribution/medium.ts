/**
 * How and where something was said is not part of what was said: "called for more school
 * investment in a statement on Thursday", "attacked Machado in early-morning tweets", "posted the
 * video on its website". A phrase naming the medium of the saying at the end of a content that
 * follows its cue is the cue's adjunct; the tagger often runs the content on over it. (PolNeAR
 * marks it outside the content; on dev, trimming it made 5 contents exact and 1 inexact.)
 *
 * Only a content in the reporter's words: a quotation's closing mark ends what was said anyway.
 */
import type { Attribution, Doc } from '../doc/doc.js';
import { WEEKDAY } from '../layers/lexicon.js';

const MEDIUM = new RegExp(String.raw`,?\s+(?:in|on|at|during|via|through|over)\s+(?:(?:a|an|the|his|her|its|their|our)\s+)?(?:[\w’'-]+\s+){0,3}?`
  + String.raw`(?:statements?|interviews?|tweets?|posts?|remarks|speech|(?:news|press) conference|briefing|e-?mail|letter|website|Twitter|Facebook|Instagram|op-ed|appearance|podcast|broadcast)`
  + String.raw`(?:\s+(?:on|this|last|${WEEKDAY})(?:\s+\w+)?)?$`, 'i');

export function withoutSpeechMedium(doc: Doc, attrs: Attribution[]): Attribution[] {
  return attrs.map((a) => {
    let changed = false;
    const content = a.content.map((c) => {
      const text = doc.slice(c);
      if (c.start < a.cue.end || /["”’']$/.test(text)) return c;
      const m = MEDIUM.exec(text);
      if (!m || m[0].length >= text.length - 3) return c;
      changed = true;
      return { start: c.start, end: c.end - m[0].length };
    });
    return changed ? { ...a, content } : a;
  });
}
