import type { Doc } from '../doc/doc.js';
import { register } from '../pipeline/registry.js';

export function attributions(doc: Doc): void {
  void doc; // TODO
}

register({ name: 'attributions', run: attributions });
