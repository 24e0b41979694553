import type { Doc } from '../doc/doc.js';
import { register } from '../pipeline/registry.js';
import { ruleAttributions } from './rules.js';

/** The attribution layer: rules now; a trained tagger merged in (see tagger/). */
export function attributions(doc: Doc): void {
  doc.attributions = ruleAttributions(doc).map((a, i) => ({ ...a, id: `a${i + 1}` }));
}

register({ name: 'attributions', requires: ['tokenize'], run: attributions });
