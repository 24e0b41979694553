/**
 * Attributions as brat standoff, the form PolNeAR uses and
 * ../shared/eval/score-attribution.mjs reads (see ../shared/design/ledger.md):
 *
 *   T1	Source 0 5	Putin
 *   T2	Cue 6 10	said
 *   T3	Content 11 20;30 40	first part second part
 *   T4	Attribution 6 10	said
 *   E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
 *
 * A Source or Content fragment list is written once per attribution (as
 * annotators do), discontinuous content as `start end;start end`. The text
 * after the second tab is the fragments' text joined by a space, with line
 * breaks made spaces so each annotation stays on one line.
 */
import type { Span } from '../doc/span.js';
import type { Ledger } from '../ledger/types.js';

const flat = (s: string): string => s.replace(/[\r\n\u2028\u2029]/g, ' ');

export function toBrat(ledger: Ledger): string {
  const text = ledger.article.text;
  const lines: string[] = [];
  let t = 0, e = 0;
  const entity = (type: string, frags: Span[]): string => {
    const id = `T${++t}`;
    const sorted = [...frags].sort((a, b) => a.start - b.start);
    const offsets = sorted.map((f) => `${f.start} ${f.end}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${flat(sorted.map((f) => text.slice(f.start, f.end)).join(' '))}`);
    return id;
  };
  // One attribution a cue and speaker: the ledger may report a speaker's quotation that goes on after the
  // cue's sentence apart from the rest (attribution/index.ts, withQuotationsApart); brat marks it as one
  // more fragment of the same content.
  const byCue = new Map<string, Ledger['attributions'][number]>();
  for (const a of ledger.attributions) {
    const key = `${a.cue.start}:${a.cue.end}:${a.sourceMention?.start ?? ''}:${a.sourceMention?.end ?? ''}`;
    const same = byCue.get(key);
    if (same) byCue.set(key, { ...same, content: [...same.content, ...a.content] });
    else byCue.set(key, a);
  }
  const attributions = [...byCue.values()].sort((a, b) => a.cue.start - b.cue.start);
  for (const a of attributions) {
    const source = a.sourceMention ? entity('Source', [a.sourceMention]) : null;
    const cue = entity('Cue', [a.cue]);
    const content = a.content.length ? entity('Content', a.content) : null;
    const trigger = entity('Attribution', [a.cue]);
    const roles = [`Attribution:${trigger}`];
    if (content) roles.push(`Content:${content}`);
    roles.push(`Cue:${cue}`);
    if (source) roles.push(`Source:${source}`);
    lines.push(`E${++e}\t${roles.join(' ')}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
