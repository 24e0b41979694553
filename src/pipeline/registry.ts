/**
 * Named pipeline components, as spaCy's registry: each adds one layer to the
 * Doc. The default pipeline runs them in the order given by DEFAULT_PIPELINE;
 * a component may state which layers it needs so a misordered pipeline fails
 * loudly instead of silently producing an empty ledger.
 */
import type { Doc } from '../doc/doc.js';

export interface Component {
  name: string;
  /** Layers (component names or what they provide) that must exist before this one runs. */
  requires?: string[];
  /** The layer this component fills, when another component could fill it instead. */
  provides?: string;
  run(doc: Doc): void;
}

const components = new Map<string, Component>();

export function register(component: Component): void {
  components.set(component.name, component);
}

export function getComponent(name: string): Component {
  const c = components.get(name);
  if (!c) throw new Error(`no pipeline component named "${name}" (known: ${[...components.keys()].join(', ')})`);
  return c;
}

export function componentNames(): string[] {
  return [...components.keys()];
}

export class Pipeline {
  readonly components: Component[];
  constructor(names: string[]) {
    this.components = names.map(getComponent);
    const seen = new Set<string>();
    for (const c of this.components) {
      for (const r of c.requires ?? []) {
        if (!seen.has(r)) throw new Error(`pipeline component "${c.name}" needs "${r}" to run before it`);
      }
      seen.add(c.name);
      if (c.provides) seen.add(c.provides);
    }
  }
  run(doc: Doc): Doc {
    for (const c of this.components) c.run(doc);
    return doc;
  }

  /**
   * Runs each component over a whole batch before the next one (as spaCy's
   * nlp.pipe does): each stage's tables (wink's model, the gazetteer, the
   * tagger's weights) stay in the CPU cache across documents instead of
   * evicting each other at every article.
   */
  runBatch(docs: Doc[]): Doc[] {
    for (const c of this.components) for (const doc of docs) c.run(doc);
    return docs;
  }
}
