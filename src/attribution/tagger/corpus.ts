/**
 * Reads PolNeAR (brat standoff) into Docs with gold attributions, for training
 * and evaluation. An article may have several annotators' files
 * (<article>_<annotator>.ann); like the scorer we take the first in sort order
 * unless asked for all of them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../doc/span.js';
import { trimSpan } from '../../doc/span.js';

export interface GoldAttribution {
  cue: Span[];
  source: Span[];
  content: Span[];
}

export interface GoldArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Parses one brat file: the E lines joined to their T fragments (trimmed of white space). */
export function parseBrat(ann: string, text: string): GoldAttribution[] {
  const ents = new Map<string, { type: string; frags: Span[] }>();
  const events: Array<Record<string, string[]>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? '');
      if (!m) continue;
      const frags: Span[] = [];
      for (const f of m[2]!.split(';')) {
        const [s, e] = f.split(' ').map(Number) as [number, number];
        const t = trimSpan(text, { start: s, end: e });
        if (t.end > t.start) frags.push(t);
      }
      ents.set(cols[0]!, { type: m[1]!, frags });
    } else if (line.startsWith('E')) {
      const roles: Record<string, string[]> = {};
      for (const part of (cols[1] ?? '').split(' ')) {
        const [role, id] = part.split(':');
        if (role && id) (roles[role] ??= []).push(id);
      }
      events.push(roles);
    }
  }
  const get = (ids: string[] | undefined) => (ids ?? []).flatMap((id) => ents.get(id)?.frags ?? []);
  return events
    .map((r) => ({ cue: get(r.Cue), source: get(r.Source), content: get(r.Content) }))
    .filter((a) => a.cue.length > 0);
}

/** Loads a PolNeAR split folder (with text/ and attributions/). `allAnnotators` keeps every annotator's file as its own article. */
export function loadSplit(dir: string, allAnnotators = false): GoldArticle[] {
  const textDir = join(dir, 'text'), annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new Error(`no PolNeAR split at ${dir}`);
  const files = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const out: GoldArticle[] = [];
  for (const f of files) {
    const m = /^(.*)_[0-9a-f]{4}\.ann$/.exec(f);
    const name = m ? m[1]! : f.slice(0, -4);
    if (seen.has(name) && !allAnnotators) continue;
    seen.add(name);
    const text = readFileSync(join(textDir, `${name}.txt`), 'utf8');
    out.push({ name, text, attributions: parseBrat(readFileSync(join(annDir, f), 'utf8'), text) });
  }
  return out;
}

/** Names of the articles of a split (one per text file), in sort order. */
export function articleNames(dir: string): string[] {
  return readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}
