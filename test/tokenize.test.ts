// The wink-based stage (the fast tokenizer's training reference): tokens depend
// only on the text, though wink-nlp caches new words process-wide and once it
// had kept "Clinton’s" whole it never split it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../src/doc/doc.js';
import { tokenizeWink as tokenize } from '../src/nlp/wink-tokenize.js';

const tokensOf = (text: string) => {
  const d = new Doc(text);
  tokenize(d);
  return d.tokens.map((t) => `${t.text}/${t.pos}@${t.start}`);
};

test('an article is tokenized the same whatever the process read before', () => {
  const article = 'Hillary Clinton’s campaign said the Governor’s aides and Trump’s team disagreed.';
  const fresh = tokensOf(article);
  // Words like these, kept whole before a full stop, used to enter wink's cache whole.
  for (const other of ['It was Clinton’s. It was the Governor’s.', 'That plan was Trump’s, not Obama’s.']) tokensOf(other);
  assert.deepEqual(tokensOf(article), fresh);
  assert.ok(fresh.includes('’s/PART@15'), fresh.join(' '));
});

test('offsets point into the original text after possessives are set apart', () => {
  const text = 'The nation’s capital and Clinton\'s aides; it\'s late.';
  const d = new Doc(text);
  tokenize(d);
  for (const t of d.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(d.tokens.slice(0, 4).map((t) => [t.text, t.spaceBefore]), [['The', true], ['nation', true], ['’s', false], ['capital', true]]);
  assert.ok(d.tokens.some((t) => t.text === "'s" && t.pos === 'AUX'), 'the contraction in "it\'s" is left to wink');
});
