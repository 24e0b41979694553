import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsCsv, csvCell } from '../src/export/csv.js';
import { buildLedger, chainLedger } from './fixtures/ledger.js';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

test('one row per claim with its sources, certainty and verification', () => {
  const rows = parseCsv(claimsCsv(chainLedger()));
  assert.deepEqual(rows[0], ['claim', 'text', 'sources', 'certainty', 'quote', 'hedges', 'verification', 'start', 'end']);
  assert.equal(rows.length, 5);
  const c1 = rows.find((r) => r[0] === 'c1')!;
  assert.equal(c1[2], 'The Harbour Gazette ← unnamed sources');
  assert.equal(c1[3], 'probable');
  assert.equal(c1[6], 'could not verify (A ministry spokesperson)');
  assert.equal(rows.find((r) => r[0] === 'c3')![1], 'We have heard nothing official,', 'commas survive quoting');
  assert.equal(rows.find((r) => r[0] === 'c4')![2], "(the article's own voice)");
});

test('untrusted text cannot become a spreadsheet formula', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+1'), "'+1");
  const text = '=cmd|calc said the report.';
  const ledger = buildLedger({ text, claims: [{ id: 'c1', span: ['=cmd|calc'], attribution: null, sources: [], certainty: 'certain' }] });
  assert.equal(parseCsv(claimsCsv(ledger))[1]![1], "'=cmd|calc");
});
