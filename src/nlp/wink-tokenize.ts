/**
 * Sentences, tokens, POS and lemmas from wink-nlp with its English lite model:
 * the reference the run-time tokenizer (./fast) is trained on and measured
 * against ("silver" labels, fast/silver.ts). Not used at run time: wink took
 * ~1.7 ms of the ~6 ms an article cost. We copy its output into plain arrays
 * so that both stages fill the Doc alike.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, Token } from '../doc/doc.js';

// Only sentence splitting and POS: wink's NER, negation and sentiment stages
// cost a third of its time and we read dates and figures off the tokens.
const nlp = winkNLP(model, ['sbd', 'pos']);
const TITLE_WORDS = new Set(['president', 'minister', 'secretary', 'leader', 'chairman', 'spokesperson', 'spokesman', 'spokeswoman', 'general', 'director', 'chief', 'senator', 'governor', 'ambassador', 'king', 'queen', 'prince', 'judge', 'mayor', 'speaker']);
const its = nlp.its;

export function tokenizeWink(doc: Doc): void {
  // wink reads a copy with possessive clitics set apart (see separateClitics);
  // offsets are mapped back to doc.text below.
  const { text, inserted } = separateClitics(doc.text);
  const original = doc.text;
  const wd = nlp.readDoc(text);
  const values = wd.tokens().out(its.value) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const lemmas = wd.tokens().out(its.lemma as any) as string[];
  const sentenceRanges: Array<[number, number]> = [];
  wd.sentences().each((s: any) => {
    const [a, b] = s.out(its.span) as [number, number];
    sentenceRanges.push([a, b + 1]);
  });

  // wink keeps the text verbatim in `value`, so each token is found in the
  // text in order, after any white space (cheaper than asking wink for each
  // token's preceding spaces). Line breaks come out as SPACE tokens: we drop
  // them but remember them as sentence breaks.
  const tokens: Token[] = [];
  const winkToOurs = new Int32Array(values.length);
  const breakBefore = new Uint8Array(values.length + 1);
  let at = 0, shift = 0, lastEnd = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let from = at;
    if (!isSpace(v.charCodeAt(0))) while (from < text.length && isSpace(text.charCodeAt(from))) from++;
    let start = text.startsWith(v, from) ? from : text.indexOf(v, at);
    if (start < 0) start = at; // should not happen; keeps offsets monotone
    const end = start + v.length;
    winkToOurs[i] = tokens.length;
    if (pos[i] === 'SPACE' || !v.trim()) {
      if (v.includes('\n')) breakBefore[tokens.length] = 1;
    } else {
      // Back to doc.text: less the spaces inserted before this token.
      while (shift < inserted.length && inserted[shift]! < start) shift++;
      const s0 = start - shift;
      tokens.push({
        start: s0, end: s0 + v.length, text: v, lower: v.toLowerCase(), lemma: lemmas[i]!, pos: pos[i]!,
        sentence: 0, spaceBefore: s0 > lastEnd || tokens.length === 0,
      });
      lastEnd = s0 + v.length;
    }
    at = end;
  }

  // A line break always ends a sentence: headlines and datelines often lack
  // a full stop, and wink would run them into the first sentence.
  const pieces: Array<[number, number]> = [];
  for (const [wa, wb] of sentenceRanges) {
    const a = winkToOurs[wa]!, b = wb < values.length ? winkToOurs[wb]! : tokens.length;
    let from = a;
    for (let t = a + 1; t < b; t++) {
      if (breakBefore[t] === 1 || hasLineBreak(original, tokens[t - 1]!.end, tokens[t]!.start)) { pieces.push([from, t]); from = t; }
    }
    pieces.push([from, b]);
  }
  const sentences: Sentence[] = [];
  let paragraph = 0;
  // wink tags a capitalised word inside a name as a verb or noun now and then
  // ("The Baltic Herald"): a capitalised word that continues a proper-noun
  // run mid-sentence is part of the name. Titles stay common nouns so that
  // "Russian President Vladimir Putin" still splits at the title.
  for (let t = 1; t < tokens.length; t++) {
    const tok = tokens[t]!, prev = tokens[t - 1]!;
    if (prev.pos === 'PROPN' && /^[A-Z][a-z]/.test(tok.text) && (tok.pos === 'VERB' || tok.pos === 'NOUN' || tok.pos === 'ADJ')
      && breakBefore[t] !== 1 && !TITLE_WORDS.has(tok.lower)) tok.pos = 'PROPN';
  }
  for (const [a, b] of pieces) {
    const first = tokens[a], last = tokens[b - 1];
    if (!first || !last || b <= a) continue;
    if (sentences.length) {
      if (hasLineBreak(original, sentences[sentences.length - 1]!.end, first.start)) paragraph++;
    }
    for (let t = a; t < b; t++) tokens[t]!.sentence = sentences.length;
    sentences.push({ start: first.start, end: last.end, firstToken: a, endToken: b, paragraph });
  }
  doc.tokens = tokens;
  doc.sentences = sentences;
}


/** Whether text[from, to) holds a line break, without slicing (runs once per token). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * "Clinton’s" → "Clinton ’s" for wink only. wink adds every new word to a
 * process-wide cache and later reads a cached word whole, so after it has once
 * kept "Clinton’s" together (before a full stop, say) it never splits it again:
 * an article's tokens depended on what the process had read before (46 of 84
 * PolNeAR dev articles came out differently after the train set). Setting
 * the clitic apart makes the split the same every time. `inserted` holds the
 * positions in the copy of the spaces added, ascending.
 */
function separateClitics(text: string): { text: string; inserted: number[] } {
  // A scan from each apostrophe rather than a regex over every word: the
  // regex (a letter run with a lookahead) was ~3 % of the whole analysis.
  const inserted: number[] = [];
  let out = '', copied = 0;
  for (let q = nextApostrophe(text, 0); q >= 0; q = nextApostrophe(text, q + 1)) {
    const s = text.charCodeAt(q + 1);
    if ((s !== 115 && s !== 83) || isLetterAt(text, q + 2)) continue; // 's / 'S, not "'sake"
    let w = q;
    while (w > 0 && isLetterAt(text, w - 1)) w--;
    // "it's", "that's", "let's": wink's own contractions ("it is"), left alone.
    if (w === q || CONTRACTED.has(text.slice(w, q).toLowerCase())) continue;
    out += text.slice(copied, q) + ' ';
    copied = q;
    inserted.push(q + inserted.length);
  }
  return inserted.length ? { text: out + text.slice(copied), inserted } : { text, inserted };
}

function nextApostrophe(text: string, from: number): number {
  const a = text.indexOf("'", from), b = text.indexOf('\u2019', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** Whether text[i] is a letter (\p{L}); ASCII without a regex. Surrogate pairs are not letters here, as in the former regex's lookbehind run over code units. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return false; // past the end
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]!);
}
const LETTER = /\p{L}/u;
const CONTRACTED = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'why', 'let', 'this',
  'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'nothing', 'something', 'everything', 'one']);
/** White space as wink skips it between tokens (a line break is a SPACE token, but a token's own white space may precede it). */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
