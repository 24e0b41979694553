import type { Doc } from '../doc/doc.js';
import { register } from '../pipeline/registry.js';

export function verification(doc: Doc): void {
  void doc; // TODO
}

register({ name: 'verification', run: verification });
