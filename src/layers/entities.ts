import type { Doc } from '../doc/doc.js';
import { register } from '../pipeline/registry.js';

export function entities(doc: Doc): void {
  void doc; // TODO
}

register({ name: 'entities', run: entities });
