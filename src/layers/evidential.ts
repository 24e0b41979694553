/**
 * "Hundreds of fighters are said to have moved …", "He is believed to be in
 * Minsk": a passive report verb followed by "to". The phrase before the
 * verb is what the claim is about, not who makes it; the text names no
 * source, and the construction itself hedges.
 */
import type { Attribution, Doc } from '../doc/doc.js';

const REPORT_VERBS = new Set(['say', 'believe', 'report', 'think', 'understand', 'know', 'rumor', 'rumour', 'allege', 'estimate', 'expect']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

export function isPassiveEvidential(doc: Doc, a: Attribution): boolean {
  let verb = -1;
  for (let i = doc.tokenAt(a.cue.start); i < doc.tokens.length && doc.tokens[i]!.start < a.cue.end; i++) {
    if (REPORT_VERBS.has(doc.tokens[i]!.lemma)) verb = i;
  }
  // "to" + a verb: "said to be", not "said to People" (told).
  const after = doc.tokens[verb + 2];
  if (verb < 0 || doc.tokens[verb + 1]?.lower !== 'to' || !after || (after.pos !== 'VERB' && after.pos !== 'AUX') || after.text !== after.lower) return false;
  // "are said to", or a reduced relative in a headline ("fighters said to be …").
  const before = doc.tokens[verb - 1];
  const passive = !!before && (BE.has(before.lower) || (before.pos === 'ADV' && BE.has(doc.tokens[verb - 2]?.lower ?? '')));
  const reduced = doc.tokens[verb]!.lower.endsWith('ed') || doc.tokens[verb]!.lower === 'said' || doc.tokens[verb]!.lower === 'thought';
  return passive || (!!before && (before.pos === 'NOUN' || before.pos === 'PROPN') && reduced);
}
