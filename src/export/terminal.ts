/**
 * The default view: a ledger a person reads at a glance in a terminal.
 * Claims are grouped by who stands behind them; each shows how sure it is
 * (a dot bar and a word) and what verification it got. Colour only helps:
 * every mark also reads without it, so piped output loses nothing.
 */
import type { Ledger } from '../ledger/types.js';
import type { Certainty } from '../doc/doc.js';
import {
  CERTAINTY_BAR, CERTAINTY_LABEL, LedgerView, articleTitle, VERIFICATION_MARK, VERIFICATION_TONE, plural, type ClaimGroup, type LedgerClaim,
} from './ledger-view.js';

export interface TerminalOptions {
  color: boolean;
  /** Columns to wrap to. */
  width: number;
  /** What to call the article when it has no title (its file name). */
  name?: string;
}

type Paint = (s: string) => string;

const ansi = (open: number, close: number): Paint => (s) => `\x1b[${open}m${s}\x1b[${close}m`;

function palette(color: boolean) {
  const p = (open: number, close: number): Paint => (color ? ansi(open, close) : (s) => s);
  return {
    bold: p(1, 22), dim: p(2, 22), italic: p(3, 23), underline: p(4, 24),
    red: p(31, 39), green: p(32, 39), yellow: p(33, 39), blue: p(34, 39), magenta: p(35, 39), cyan: p(36, 39), gray: p(90, 39),
  };
}

/**
 * Should output to this stream be coloured? Only a terminal gets colour, and
 * never when the user asked for none (--no-color, or NO_COLOR as
 * no-color.org defines it); FORCE_COLOR overrides the terminal check.
 */
export function wantsColor(stream: { isTTY?: boolean }, flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag === false) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false') return true;
  if (env['TERM'] === 'dumb') return false;
  return !!stream.isTTY;
}

export function terminalWidth(stream: { isTTY?: boolean; columns?: number }): number {
  const cols = stream.isTTY && stream.columns ? stream.columns : Number(process.env['COLUMNS']) || 80;
  return Math.max(40, Math.min(cols, 120));
}

/**
 * Greedy word wrap of plain text: first line after `firstIndent`, the rest
 * after `indent`. A no-break space (U+00A0) holds two words together ("3
 * claims") and prints as a plain space.
 */
export function wrap(text: string, width: number, indent: number, firstIndent = indent): string[] {
  const words = text.replace(/[ \t\n\r\f\v]+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  let room = width - firstIndent;
  for (const w of words) {
    if (!line) { line = w; continue; }
    if (line.length + 1 + w.length <= room) line += ' ' + w;
    else { lines.push(line); line = w; room = width - indent; }
  }
  if (line || !lines.length) lines.push(line);
  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}

export function renderTerminal(ledger: Ledger, opts: TerminalOptions): string {
  const c = palette(opts.color);
  const view = new LedgerView(ledger);
  const width = opts.width;
  const out: string[] = [];
  const certaintyPaint: Record<Certainty, Paint> = { certain: c.green, probable: c.cyan, possible: c.yellow, unknown: c.gray };
  const tonePaint = { good: c.green, bad: c.red, open: c.yellow } as const;

  // Header: what the article is, then how much the ledger found in it.
  const a = ledger.article;
  const title = articleTitle(a, opts.name);
  for (const l of wrap(title, width, 0)) out.push(c.bold(l));
  // Each piece of text is wrapped as plain text first, then painted, so
  // escape codes never count against the width.
  const para = (text: string, indent: number, paint: Paint, firstIndent = indent) =>
    wrap(text, width, indent, firstIndent).map((l, i) => ' '.repeat(i ? indent : firstIndent) + paint(l));
  const about = [a.publisher, a.published, a.byline ? `by ${a.byline}` : undefined].filter(Boolean).join(' · ');
  if (about) out.push(...para(about, 0, c.dim));
  const n = view.counts();
  const voice = n.claims - n.attributed;
  const keep = (s: string) => s.replace(/ /g, '\u00a0');
  out.push(...para([
    keep(plural(n.sentences, 'sentence')), keep(plural(n.sources, 'source')),
    `${keep(plural(n.claims, 'claim'))}${n.claims ? ` (${keep(`${n.attributed} attributed`)}, ${keep(`${voice} in`)} the article's voice)` : ''}`,
    keep(plural(n.places, 'place')),
  ].join(' · '), 0, c.dim));
  const legend = (['certain', 'probable', 'possible', 'unknown'] as const).map((k) => keep(`${CERTAINTY_BAR[k]} ${k}`));
  out.push(...para(`certainty: ${legend.join(' · ')}`, 0, c.dim));

  const groups = view.claimGroups();
  if (!groups.length) { out.push('', c.dim('No claims found.')); }
  for (const g of groups) {
    out.push('');
    out.push(...groupHeader(g));
    for (const claim of g.claims) out.push(...claimLines(claim));
  }

  const places = view.places();
  if (places.length) {
    out.push('', c.bold('Places'));
    for (const { entity, claims } of places) {
      const geo = entity.geo ? `${entity.geo.country ? entity.geo.country + ' ' : ''}${entity.geo.lat.toFixed(2)}, ${entity.geo.lon.toFixed(2)}` : 'not located';
      const detail = [geo, plural(entity.mentions.length, 'mention'), claims.length ? plural(claims.length, 'claim') : ''].filter(Boolean).join(' · ');
      const line = `  ${entity.name}  ${detail}`;
      if (line.length <= width) out.push(`  ${c.bold(entity.name)}  ${c.dim(detail)}`);
      else out.push(...para(entity.name, 2, c.bold), ...para(detail, 4, c.dim));
    }
  }
  return out.join('\n') + '\n';

  function groupHeader(g: ClaimGroup): string[] {
    const lines = para(g.label, 2, (l) => c.bold(c.magenta(l)), 0);
    if (g.kind === 'sourced') {
      const details = g.sources.map((s) => (g.sources.length > 1 ? `${s.name}: ` : '') + view.sourceDetails(s)).join('; ');
      lines.push(...para(details, 2, c.dim));
    } else {
      const why = g.kind === 'own-voice' ? 'the article asserts these itself' : 'attributed, but to nobody the article names';
      lines.push(...para(why, 2, c.dim));
    }
    return lines;
  }

  function claimLines(claim: LedgerClaim): string[] {
    const paint = certaintyPaint[claim.certainty];
    const prefix = `  ${CERTAINTY_BAR[claim.certainty]} ${CERTAINTY_LABEL[claim.certainty].padEnd(8)} `;
    const indent = prefix.length;
    const lines = wrap(view.claimText(claim), width, indent, indent);
    const out = lines.map((l, i) => (i ? ' '.repeat(indent) : paint(prefix)) + l);
    const notes: string[] = [];
    if (claim.hedges.length) notes.push(`hedged: ${claim.hedges.map((h) => h.text).join(', ')}`);
    if (notes.length) out.push(...para(notes.join(' · '), indent, c.dim));
    for (const v of claim.verification) {
      out.push(...para(`${VERIFICATION_MARK[v.status]} ${view.verificationText(v)}`, indent + 2, tonePaint[VERIFICATION_TONE[v.status]], indent));
    }
    return out;
  }
}
