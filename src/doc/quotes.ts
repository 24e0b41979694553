/**
 * British and many Commonwealth papers quote in single marks ('like this');
 * every reader of quotations here (the tagger's quote-state features, the
 * rules, direct/indirect quoting) was built on American news, which quotes in
 * double marks and keeps single ones for quotes within quotes. So an article
 * that quotes in single marks is read as if it quoted in double ones: each
 * single mark that opens or closes a quotation becomes a curly double mark
 * (one character for one, so every offset stays the same). The ledger shows
 * the text as written (Doc.original).
 *
 * Written here rather than taken from a library: no maintained package tells
 * a quotation mark from an apostrophe ("the council's", "campaigners' case",
 * "'90s") in running news text.
 */

const OPENING = /[\s([{—–-]/;
/** Words an apostrophe opens: "'em", "'90s", "rock 'n' roll". */
const ELISION = /^(?:em|n|til|cause|tis|twas|\d0s|\d\ds)\b/i;
const LETTER = /[\p{L}\p{N}£$€%]/u;
const CLOSER_BEFORE = /[\p{L}\p{N}.,!?;:%)…]/u;
const CLOSER_AFTER = /[\s.,;:!?)\]—–-]/;

/** Opening and closing positions of the quotations marked by single quotes, paragraph by paragraph. */
function singleQuotePairs(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== "'" && c !== '‘') { i++; continue; }
    const before = i === 0 ? ' ' : text[i - 1]!, after = text[i + 1] ?? '';
    if (!OPENING.test(before) || !LETTER.test(after) || ELISION.test(text.slice(i + 1, i + 4))) { i++; continue; }
    // The closing mark: after a letter or punctuation, before a space or punctuation, in the same paragraph.
    let close = -1;
    for (let j = i + 2; j < text.length && j - i < 800 && text[j] !== '\n'; j++) {
      const d = text[j];
      if ((d === "'" || d === '’') && CLOSER_BEFORE.test(text[j - 1]!) && (j + 1 >= text.length || CLOSER_AFTER.test(text[j + 1]!))) { close = j; break; }
    }
    if (close < 0) { i++; continue; }
    pairs.push([i, close]);
    i = close + 1;
  }
  return pairs;
}

/**
 * The text with single-mark quotations marked by curly double quotes, when
 * the article quotes in single marks (at least two such quotations, and fewer
 * double marks than they would need); otherwise the text unchanged.
 */
export function withDoubleQuotes(text: string): string {
  if (!text.includes("'") && !text.includes('‘')) return text;
  const pairs = singleQuotePairs(text);
  if (pairs.length < 2) return text;
  let doubles = 0;
  // (Two apostrophes are a double mark too, as some American papers write them: ''like this''.)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d || (c === 39 && text.charCodeAt(i + 1) === 39 && ++i)) doubles++;
  }
  if (doubles >= pairs.length) return text;
  const out = text.split('');
  for (const [a, b] of pairs) { out[a] = '“'; out[b] = '”'; }
  return out.join('');
}
