import type { Doc } from '../doc/doc.js';
import { register } from '../pipeline/registry.js';

export function claims(doc: Doc): void {
  void doc; // TODO
}

register({ name: 'claims', run: claims });
