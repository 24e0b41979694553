/**
 * Sentence starts from token boundaries. wink's splitter (measured on its
 * output over PolNeAR train) ends a sentence after ".", "?" or "!" standing
 * alone, together with closing quotes and brackets right after them, and
 * almost never after an abbreviation ("Mr.", "U.S.") or an ellipsis; we add,
 * as the wink stage did, that a line break always ends a sentence.
 */
import type { TokenBuffer } from './tokenizer.js';

const DOT = 46, QUESTION = 63, BANG = 33, QUOTE = 34, APOS = 39, RDQUO = 0x201d, RSQUO = 0x2019, RPAREN = 41, RBRACKET = 93;

/**
 * Marks in `starts` (one byte per token, 1 = a sentence begins here) where
 * sentences begin.
 */
export function markSentenceStarts(text: string, toks: TokenBuffer, starts: Uint8Array): void {
  const n = toks.count;
  if (n === 0) return;
  starts.fill(0, 0, n);
  starts[0] = 1;
  for (let t = 0; t < n; t++) {
    if (toks.breakBefore[t] === 1) starts[t] = 1;
    if (toks.end[t]! - toks.start[t]! !== 1) continue;
    const c = text.charCodeAt(toks.start[t]!);
    if (c !== DOT && c !== QUESTION && c !== BANG) continue;
    // One closing quote or bracket belongs to the sentence it closes (wink
    // starts the next sentence at a second one: "… it.'|'").
    let u = t + 1;
    if (u < n && toks.breakBefore[u] === 0 && isCloser(text, toks, u)) u++;
    // Nor does wink start a sentence at a comma or semicolon ("R-Ky|.|, said").
    // Nor at a word in lower case: "Paul D. Ryan (R-Wis.) said …" goes on after the bracket.
    if (u < n && (u > t + 1 || !isClauseJoiner(text, toks, u)) && !startsLower(text, toks, u)) starts[u] = 1;
    t = u - 1;
  }
}

/** A token starting with a lower-case ASCII letter (not a quotation or a digit: those may open sentences). */
function startsLower(text: string, toks: TokenBuffer, u: number): boolean {
  const c = text.charCodeAt(toks.start[u]!);
  return c >= 97 && c <= 122;
}

function isClauseJoiner(text: string, toks: TokenBuffer, u: number): boolean {
  const c = text.charCodeAt(toks.start[u]!);
  return toks.end[u]! - toks.start[u]! === 1 && (c === 44 || c === 59 || c === 58);
}

function isCloser(text: string, toks: TokenBuffer, u: number): boolean {
  const s = toks.start[u]!, len = toks.end[u]! - s;
  const c = text.charCodeAt(s);
  // ("… the radar.''": a double mark written as two apostrophes, tokenizer.ts.)
  if (len === 2 && c === APOS && text.charCodeAt(s + 1) === APOS) return s === toks.end[u - 1];
  if (len !== 1) return false;
  if (c === RDQUO || c === RSQUO || c === RPAREN || c === RBRACKET) return true;
  // A straight quote after a full stop closes only when attached to it.
  return (c === QUOTE || c === APOS) && s === toks.end[u - 1];
}
