import type { Doc } from '../doc/doc.js';
import { register } from '../pipeline/registry.js';

export function sources(doc: Doc): void {
  void doc; // TODO
}

register({ name: 'sources', run: sources });
