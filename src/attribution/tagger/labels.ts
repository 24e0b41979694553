/** BIO labels over the three PolNeAR span types. Gold spans of different types almost never share a token (29 of 742k in train), so one label per token suffices. */
export const LABELS = ['O', 'B-Source', 'I-Source', 'B-Cue', 'I-Cue', 'B-Content', 'I-Content'] as const;
export type SpanType = 'Source' | 'Cue' | 'Content';
export const N_LABELS = LABELS.length;
export const O = 0;

const SPAN_TYPES: readonly SpanType[] = ['Source', 'Cue', 'Content'];
const BEGIN: Readonly<Record<SpanType, number>> = { Source: 1, Cue: 3, Content: 5 };
// Tables built once: these run for every token, and literals inside them were allocated on each call.
export const labelType = (l: number): SpanType | null => (l === 0 ? null : SPAN_TYPES[(l - 1) >> 1]!);
export const isInside = (l: number): boolean => l > 0 && l % 2 === 0;
export const begin = (t: SpanType): number => BEGIN[t];

/** Whether label `l` may follow `prev` (an I- label continues a span of its own type). */
export function allowed(prev: number, l: number): boolean {
  if (!isInside(l)) return true;
  return prev === l || prev === l - 1;
}

/** Span type as a number: 0 for O, 1 Source, 2 Cue, 3 Content (the label order makes it (l + 1) >> 1; no strings in hot loops). */
export const typeCode = (l: number): number => (l + 1) >> 1;
export const SOURCE_CODE = 1, CUE_CODE = 2, CONTENT_CODE = 3;
