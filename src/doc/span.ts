/** A half-open range of UTF-16 code units into `Doc.text`, as in the ledger contract. */
export interface Span {
  start: number;
  end: number;
}

export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const spanLength = (s: Span): number => s.end - s.start;

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
