/**
 * Agreement between the fast tokenize stage and the wink-based one on one
 * article: token boundaries, POS and lemmas on identical tokens, sentence
 * starts. Shared by compare.ts and the tests.
 */
import type { Doc } from '../../doc/doc.js';

export interface Agreement {
  winkTokens: number; sameTokens: number; samePos: number; sameLemma: number;
  winkStarts: number; fastStarts: number; sameStarts: number;
  posConfusions: Map<string, number>;
}

export function emptyAgreement(): Agreement {
  return { winkTokens: 0, sameTokens: 0, samePos: 0, sameLemma: 0, winkStarts: 0, fastStarts: 0, sameStarts: 0, posConfusions: new Map() };
}

/** Adds one article's agreement between wink's Doc and the fast stage's Doc. */
export function addAgreement(acc: Agreement, wink: Doc, fast: Doc): void {
  const byStart = new Map<number, number>();
  fast.tokens.forEach((t, i) => byStart.set(t.start, i));
  for (const w of wink.tokens) {
    acc.winkTokens++;
    const i = byStart.get(w.start);
    if (i === undefined || fast.tokens[i]!.end !== w.end) continue;
    const f = fast.tokens[i]!;
    acc.sameTokens++;
    if (f.pos === w.pos) acc.samePos++;
    else { const k = `${w.pos}→${f.pos}`; acc.posConfusions.set(k, (acc.posConfusions.get(k) ?? 0) + 1); }
    if (f.lemma === w.lemma) acc.sameLemma++;
  }
  const winkStarts = new Set(wink.sentences.map((s) => s.start));
  acc.winkStarts += winkStarts.size;
  acc.fastStarts += fast.sentences.length;
  for (const s of fast.sentences) if (winkStarts.has(s.start)) acc.sameStarts++;
}

const pct = (a: number, b: number) => `${(100 * a / Math.max(1, b)).toFixed(2)} %`;

export function report(name: string, a: Agreement): string {
  return `${name}: tokens ${pct(a.sameTokens, a.winkTokens)} of ${a.winkTokens} · POS ${pct(a.samePos, a.sameTokens)} · lemma ${pct(a.sameLemma, a.sameTokens)}`
    + ` · sentence starts P ${pct(a.sameStarts, a.fastStarts)} R ${pct(a.sameStarts, a.winkStarts)} (wink ${a.winkStarts}, fast ${a.fastStarts})`;
}

