import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTerminal, wantsColor, wrap } from '../src/export/terminal.js';
import { chainLedger } from './fixtures/ledger.js';

const ANSI = /\x1b\[[0-9;]*m/;

test('claims are grouped by the sources behind them, chains and co-sources told apart', () => {
  const out = renderTerminal(chainLedger(), { color: false, width: 100 });
  // A relayed source reads as a chain; two sources in one mention speak together.
  assert.match(out, /^The Harbour Gazette ← unnamed sources$/m);
  assert.match(out, /^Port officials & the ferry union$/m);
  assert.match(out, /^Mara Quist$/m);
  // The claim sits under its group, with certainty in words and as a bar.
  const gazette = out.slice(out.indexOf('The Harbour Gazette ←'));
  assert.match(gazette.split('\n\n')[0]!, /●●○ probable\s+the ferry had been sold to a foreign buyer/);
  // Verification is visible with who did it.
  assert.match(out, /could not verify \(A ministry spokesperson\)/);
  assert.match(out, /hedged: may/);
  // The article's own assertions have their own group, after the sourced ones.
  assert.ok(out.indexOf("In the article's own voice") > out.indexOf('Mara Quist'));
  assert.match(out, /●●● certain\s+The ferry has sailed between Kell and Arran since 1998/);
});

test('header shows title, publisher, date and counts; places close the view', () => {
  const out = renderTerminal(chainLedger(), { color: false, width: 100 });
  const lines = out.split('\n');
  assert.equal(lines[0], 'Ferry sale leaves harbour town waiting');
  assert.equal(lines[1], 'Sample Desk · 2024-05-02');
  assert.match(lines[2]!, /6 sources · 4 claims \(3 attributed, 1 in the article's voice\) · 2 places/);
  assert.match(out, /Places\n {2}Kell {2}GB 55\.50, -5\.10 · 1 mention · 1 claim\n {2}Arran {2}not located/);
});

test('a direct quote is shown in quotation marks', () => {
  const out = renderTerminal(chainLedger(), { color: false, width: 100 });
  assert.match(out, /“We have heard nothing official,”/);
});

test('without colour there is no escape code; with colour there is', () => {
  assert.doesNotMatch(renderTerminal(chainLedger(), { color: false, width: 80 }), ANSI);
  assert.match(renderTerminal(chainLedger(), { color: true, width: 80 }), ANSI);
});

test('lines wrap to the width given', () => {
  for (const width of [40, 60, 80]) {
    const out = renderTerminal(chainLedger(), { color: false, width });
    for (const line of out.split('\n')) assert.ok([...line].length <= width, `${[...line].length} > ${width}: ${line}`);
  }
  assert.deepEqual(wrap('aa bb cc dd', 8, 2, 0), ['aa bb cc', 'dd']);
});

test('colour only for a terminal, never under NO_COLOR or --no-color, forced by FORCE_COLOR', () => {
  assert.equal(wantsColor({ isTTY: true }, undefined, {}), true);
  assert.equal(wantsColor({ isTTY: false }, undefined, {}), false);
  assert.equal(wantsColor({ isTTY: true }, false, {}), false);
  assert.equal(wantsColor({ isTTY: true }, undefined, { NO_COLOR: '1' }), false);
  assert.equal(wantsColor({ isTTY: true }, undefined, { TERM: 'dumb' }), false);
  assert.equal(wantsColor({ isTTY: false }, undefined, { FORCE_COLOR: '1' }), true);
  assert.equal(wantsColor({ isTTY: false }, undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
});

test('an article with no claims says so', () => {
  const ledger = chainLedger();
  ledger.claims = [];
  assert.match(renderTerminal(ledger, { color: false, width: 80 }), /No claims found\./);
});
