/**
 * Dates and quantities from tokens. wink-nlp can find these with its NER
 * stage, but that stage costs about a third of its whole run (measured: 1.45
 * vs 2.1 ms per PolNeAR article); the patterns news uses for figures and
 * dates are few enough to read straight off the tokens.
 */
import type { Doc, Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const YEAR = /^(?:1[89]|20)\d\d$/;
const DAY = /^(?:[12]?\d|3[01])(?:st|nd|rd|th)?,?$/;
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'dozen', 'dozens', 'half']);
const SCALE_AFTER = new Set(['%', 'percent', 'per', 'cent', 'million', 'billion', 'trillion', 'thousand', 'hundred']);
const CURRENCY = new Set(['$', '£', '€', '¥', 'us$']);

export interface Figure extends Span { type: 'date' | 'quantity' }

/** Words that may open a figure though they start with neither a capital nor a digit (one lookup, not two). */
const FIGURE_WORDS = new Set([...NUMBER_WORDS, ...CURRENCY]);

const isNumber = (t: Token) => (t.pos === 'NUM' && /\d/.test(t.text)) || NUMBER_WORDS.has(t.lower);

export function figures(doc: Doc): Figure[] {
  const T = doc.tokens;
  const out: Figure[] = [];
  for (let i = 0; i < T.length; i++) {
    const t = T[i]!;
    const c = t.text.charCodeAt(0);
    const upper = c >= 65 && c <= 90, digit = c >= 48 && c <= 57;
    if (!upper && !digit && !FIGURE_WORDS.has(t.lower)) continue; // most tokens: no date, no figure
    // Dates: "Sept. 11", "March 3, 2024", "July 2023", "Tuesday", "2016" (and "28 March", below).
    if (upper && ((MONTHS.test(t.text) && !(t.lower === 'may' && t.pos === 'AUX')) || WEEKDAYS.test(t.text))) {
      let j = i + 1;
      while (j < T.length && j < i + 4 && T[j]!.sentence === t.sentence && (DAY.test(T[j]!.text) || YEAR.test(T[j]!.text) || (T[j]!.text === ',' && T[j + 1] && YEAR.test(T[j + 1]!.text)))) j++;
      // A bare "March" or "May" is too often a verb or a name to count alone.
      if (j > i + 1 || WEEKDAYS.test(t.text) || /^[A-Z][a-z]{3,}$/.test(t.text) && t.pos === 'PROPN' && t.lower !== 'march' && t.lower !== 'may') {
        out.push({ type: 'date', start: t.start, end: T[j - 1]!.end });
        i = j - 1;
        continue;
      }
    }
    // "28 March", "3 April 2019": the day before the month, as most of the world writes it.
    const month = T[i + 1];
    if (digit && DAY.test(t.text) && !t.text.endsWith(',') && month && month.sentence === t.sentence && /^[A-Z]/.test(month.text) && MONTHS.test(month.text) && !month.text.endsWith('.')) {
      const j = YEAR.test(T[i + 2]?.text ?? '') && T[i + 2]!.sentence === t.sentence ? i + 3 : i + 2;
      out.push({ type: 'date', start: t.start, end: T[j - 1]!.end });
      i = j - 1;
      continue;
    }
    if (digit && YEAR.test(t.text) && t.pos === 'NUM' && !CURRENCY.has(T[i - 1]?.text ?? '') && !SCALE_AFTER.has(T[i + 1]?.lower ?? '')) {
      out.push({ type: 'date', start: t.start, end: t.end });
      continue;
    }
    // Quantities: "$4.5 billion", "more than 10,000", "12 percent", "thousands".
    if (isNumber(t) || (CURRENCY.has(t.lower) && T[i + 1] && isNumber(T[i + 1]!))) {
      if (t.lower === 'one' && !isNumber(T[i + 1] ?? t) && T[i + 1]?.lower !== '%') continue; // "one of them"
      let j = i + 1;
      while (j < T.length && T[j]!.sentence === t.sentence && (isNumber(T[j]!) || SCALE_AFTER.has(T[j]!.lower))) j++;
      out.push({ type: 'quantity', start: t.start, end: T[j - 1]!.end });
      i = j - 1;
    }
  }
  return out;
}
