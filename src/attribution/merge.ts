/**
 * Combining the tagger's attributions with the pattern rules' (rules.ts).
 *
 * Measured on PolNeAR dev (scratch/rule-prec.ts; docs/accuracy-attribution.md):
 * the tagger's spans are better for most constructions, so it leads. The
 * rules win in three places, and only there do they override it:
 * - "according to X": a rule attribution the tagger missed is right 9 times
 *   in 11, and its content is exact more often than the tagger's;
 * - participle cues (", adding …"): the rule knows the source is the main
 *   clause's subject, which the tagger cannot link (0 exact sources vs 11);
 * - passives ("… was indicated by X").
 * Chains ("the FT, citing unnamed sources, claimed") come only from the
 * rules, so a rule attribution with `via` is always kept, and a tagged
 * attribution on the same cue inherits its `via`.
 * Other rule attributions the tagger did not find are mostly not attributions
 * in PolNeAR's sense (31 of 305 "X verb" matches were), so they are dropped.
 */
import type { Attribution } from '../doc/doc.js';
import { overlaps } from '../doc/span.js';

const ADD_WHEN_MISSED = new Set(['rule:according-to', 'rule:passive', 'rule:participle']);
const RULE_SOURCE_WINS = new Set(['rule:participle', 'rule:passive']);
const RULE_CONTENT_WINS = new Set(['rule:according-to', 'rule:passive', 'rule:participle']);

export function mergeAttributions(tagged: Attribution[], rules: Attribution[]): Attribution[] {
  const out = tagged.map((a) => ({ ...a }));
  for (const r of rules) {
    const kind = r.by ?? '';
    const same = out.find((a) => overlaps(a.cue, r.cue));
    if (!same) {
      if (ADD_WHEN_MISSED.has(kind) || r.via.length) out.push({ ...r });
      continue;
    }
    if (r.via.length && !same.via.length) same.via = r.via;
    if (RULE_SOURCE_WINS.has(kind) && r.sourceMention) same.sourceMention = r.sourceMention;
    if (RULE_CONTENT_WINS.has(kind) && r.content.length) { same.content = r.content; same.quote = r.quote; }
    if (!same.sourceMention && r.sourceMention) same.sourceMention = r.sourceMention;
  }
  return out;
}
