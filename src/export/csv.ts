/**
 * `--format csv`: one row per claim, for a spreadsheet. Cells are quoted as
 * RFC 4180 says, and a cell that a spreadsheet would run as a formula
 * (article text is untrusted: "=HYPERLINK(…)") is prefixed with a quote
 * mark so it stays text.
 */
import type { Ledger } from '../ledger/types.js';
import { LedgerView, VERIFICATION_LABEL } from './ledger-view.js';

export const CSV_COLUMNS = ['claim', 'text', 'sources', 'certainty', 'quote', 'hedges', 'verification', 'start', 'end'] as const;

export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function claimsCsv(ledger: Ledger): string {
  const view = new LedgerView(ledger);
  const rows: Array<Array<string | number>> = [[...CSV_COLUMNS]];
  for (const c of ledger.claims) {
    const sources = c.sources.length ? view.chainLabel(c) : c.attribution ? '(no source named)' : "(the article's own voice)";
    rows.push([
      c.id, c.text, sources, c.certainty, view.attributionOf(c)?.quote ?? '',
      c.hedges.map((h) => h.text).join('; '),
      c.verification.map((v) => `${VERIFICATION_LABEL[v.status]}${v.by ? ` (${view.sourceName(v.by)})` : ''}`).join('; '),
      c.span[0]?.start ?? '', c.span[c.span.length - 1]?.end ?? '',
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
