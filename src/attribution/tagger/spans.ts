/** Between token labels and spans: gold spans → BIO labels for training, predicted labels → token runs. */
import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/span.js';
import type { GoldAttribution } from './corpus.js';
import { begin, isInside, labelType, type SpanType } from './labels.js';

/** BIO labels for a document's tokens from its gold attributions (first label wins where spans overlap). */
export function goldLabels(doc: Doc, gold: GoldAttribution[]): Uint8Array {
  const labels = new Uint8Array(doc.tokens.length);
  const put = (type: SpanType, s: Span) => {
    let i = doc.tokenAt(s.start);
    let first = true;
    for (; i < doc.tokens.length && doc.tokens[i]!.start < s.end; i++) {
      if (labels[i] === 0) labels[i] = first ? begin(type) : begin(type) + 1;
      first = false;
    }
  };
  for (const a of gold) {
    for (const s of a.cue) put('Cue', s);
    for (const s of a.source) put('Source', s);
    for (const s of a.content) put('Content', s);
  }
  return labels;
}

/** Gold span fragments of each type as token ranges [first, last] (the re-ranker's targets). */
export function goldTokenRanges(doc: Doc, gold: GoldAttribution[]): Record<SpanType, Array<[number, number]>> {
  const range = (s: Span): [number, number] => {
    const a = doc.tokenAt(s.start);
    let b = a;
    while (b + 1 < doc.tokens.length && doc.tokens[b + 1]!.start < s.end) b++;
    return [a, b];
  };
  return {
    Source: gold.flatMap((a) => a.source.map(range)),
    Cue: gold.flatMap((a) => a.cue.map(range)),
    Content: gold.flatMap((a) => a.content.map(range)),
  };
}

/** A run of tokens with one span type: tokens [first, last]. */
export interface TokenRun {
  type: SpanType;
  first: number;
  last: number;
}

/**
 * Every TokenRun is made here, so that all have one hidden class: runs made
 * by literals and by `{ ...run }` copies had four, and the functions reading
 * them (linkRuns, runSpan inlined everywhere) were deoptimised and
 * recompiled ~120 times in the first few hundred articles of a process.
 */
export const tokenRun = (type: SpanType, first: number, last: number): TokenRun => ({ type, first, last });

export function labelRuns(labels: Uint8Array): TokenRun[] {
  const runs: TokenRun[] = [];
  let cur: TokenRun | null = null;
  // One step past the end (label 0, outside) closes the last run at the same
  // push as every other: a second push after the loop ran too rarely for V8 to
  // keep type feedback on it, and labelRuns was deoptimised there ~120 times.
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? labels[i]! : 0;
    const t = labelType(l);
    if (cur && t === cur.type && isInside(l)) { cur.last = i; continue; }
    if (cur) runs.push(cur);
    cur = t ? tokenRun(t, i, i) : null;
  }
  return runs;
}

export const runSpan = (doc: Doc, r: TokenRun): Span => ({ start: doc.tokens[r.first]!.start, end: doc.tokens[r.last]!.end });
