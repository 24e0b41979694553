// The team's own articles against their golden ledgers (test/fixtures/golden,
// in the seed golden's format): every core expectation holds. They guard the
// ledger's mechanisms (sources, chains, verification, places); they are not
// held-out accuracy, as they were written alongside those mechanisms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'test', 'fixtures', 'golden');
const CHECK = join(ROOT, '..', 'shared', 'eval', 'check-ledger.mjs');

for (const g of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
  test(`team golden ${g}: every core expectation holds`, () => {
    const golden = join(DIR, g);
    const article = join(DIR, (JSON.parse(readFileSync(golden, 'utf8')) as { article: string }).article);
    const tmp = mkdtempSync(join(tmpdir(), 'hearsay-golden-'));
    try {
      const ledger = join(tmp, g);
      writeFileSync(ledger, JSON.stringify(analyze(readFileSync(article, 'utf8'))));
      const r = spawnSync(process.execPath, [CHECK, golden, ledger], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /summary: core (\d+)\/\1,/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
}
