/**
 * The 'attributions' pipeline component: the trained tagger (tagger/) merged
 * with the pattern rules (rules.ts). See merge.ts for which wins where.
 */
import type { Doc } from '../doc/doc.js';
import { register } from '../pipeline/registry.js';
import { ruleAttributions } from './rules.js';
import { tagAttributions } from './tagger/index.js';
import { mergeAttributions } from './merge.js';

export function attributions(doc: Doc): void {
  const merged = mergeAttributions(tagAttributions(doc), ruleAttributions(doc));
  merged.sort((a, b) => a.cue.start - b.cue.start || a.cue.end - b.cue.end);
  doc.attributions = merged.map((a, i) => ({ ...a, id: `a${i + 1}` }));
}

register({ name: 'attributions', requires: ['tokenize'], run: attributions });
