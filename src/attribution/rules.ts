import type { Attribution, Doc } from '../doc/doc.js';

/** Pattern-based attributions (quotes, "X said", "according to X", "citing"). */
export function ruleAttributions(doc: Doc): Attribution[] {
  void doc; // TODO (lead)
  return [];
}
