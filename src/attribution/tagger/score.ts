/**
 * In-process scoring with the same definitions as ../shared/eval/score-attribution.mjs
 * (exact span match per type on white-space-trimmed fragments; relations
 * matched one to one on overlapping cues, partial = source and content
 * overlap). Used for tuning during training without writing files; the
 * reported figures always come from the official scorer (npm run eval).
 */
import type { Attribution } from '../../doc/doc.js';
import { trimSpan, type Span } from '../../doc/span.js';
import type { GoldAttribution } from './corpus.js';

type Counts = [tp: number, pred: number, gold: number];
export interface Tally { Source: Counts; Cue: Counts; Content: Counts; strict: Counts; partial: Counts }

export const newTally = (): Tally => ({ Source: [0, 0, 0], Cue: [0, 0, 0], Content: [0, 0, 0], strict: [0, 0, 0], partial: [0, 0, 0] });

const key = (s: Span) => `${s.start}:${s.end}`;
const ov = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
const same = (a: Span[], b: Span[]) => a.length === b.length && a.map(key).sort().join() === b.map(key).sort().join();

export function tally(t: Tally, text: string, pred: Attribution[], gold: GoldAttribution[]): void {
  const tr = (xs: Span[]) => xs.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
  const P = pred.map((a) => ({ cue: tr([a.cue]), source: tr(a.sourceMention ? [a.sourceMention] : []), content: tr(a.content) }));
  for (const type of ['Source', 'Cue', 'Content'] as const) {
    const field = type === 'Source' ? 'source' : type === 'Cue' ? 'cue' : 'content';
    const g = new Set(gold.flatMap((a) => a[field]).map(key));
    const p = new Set(P.flatMap((a) => a[field]).map(key));
    let tp = 0;
    for (const k of p) if (g.has(k)) tp++;
    t[type][0] += tp; t[type][1] += p.size; t[type][2] += g.size;
  }
  for (const mode of ['strict', 'partial'] as const) {
    const used = new Set<number>();
    let tp = 0;
    for (const p of P) {
      const gi = gold.findIndex((g, i) => !used.has(i) && ov(p.cue, g.cue) && (mode === 'strict'
        ? same(p.source, g.source) && same(p.content, g.content)
        : (p.source.length || g.source.length ? ov(p.source, g.source) : true) && ov(p.content, g.content)));
      if (gi >= 0) { used.add(gi); tp++; }
    }
    t[mode][0] += tp; t[mode][1] += P.length; t[mode][2] += gold.length;
  }
}

export const f1 = ([tp, p, g]: Counts): number => (p && g && tp ? (200 * tp) / (p + g) : 0);

export const summary = (t: Tally): string =>
  `source ${f1(t.Source).toFixed(1)} cue ${f1(t.Cue).toFixed(1)} content ${f1(t.Content).toFixed(1)} | strict ${f1(t.strict).toFixed(1)} partial ${f1(t.partial).toFixed(1)}`;
