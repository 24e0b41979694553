import type { Doc } from '../doc/doc.js';
import { register } from '../pipeline/registry.js';

export function places(doc: Doc): void {
  void doc; // TODO
}

register({ name: 'places', run: places });
