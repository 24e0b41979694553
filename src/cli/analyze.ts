/**
 * `hearsay analyze`: articles in, ledgers out, in the format a person or a
 * program wants. One bad input never stops a batch: it is reported on one
 * line, skipped, and counted in the exit status.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Option, type Command } from 'commander';
import { analyze, type Ledger } from '../analyze.js';
import { expandInputs, outputName, readArticleInput } from '../ingest/read.js';
import { InputError } from '../ingest/errors.js';
import { renderTerminal, terminalWidth, wantsColor } from '../export/terminal.js';
import { htmlReport } from '../export/html.js';
import { toBrat } from '../export/brat.js';
import { geojsonOf } from '../export/geojson.js';
import { claimsCsv } from '../export/csv.js';

export const FORMATS = ['terminal', 'json', 'brat', 'html', 'geojson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

const EXTENSION: Record<Format, string | null> = { terminal: null, json: '.json', brat: '.ann', html: '.html', geojson: '.geojson', csv: '.csv' };

interface AnalyzeOptions {
  json?: boolean;
  format?: Format;
  out?: string;
  color?: boolean;
}

const HELP_EXAMPLES = `
Inputs:
  A .txt file (UTF-8, or UTF-16 with a byte-order mark), an .html page (main
  text by Readability; title, byline, publisher and date from its metadata;
  legacy charsets such as windows-1251 as the page declares), "-" for stdin,
  or a folder (its .txt, .html and .htm files, in name order).

Formats:
  terminal  claims grouped by source, with certainty and verification (default)
  json      the ledger (../shared/design/ledger.md); several inputs: one per line
  brat      attributions as brat standoff (.ann), as PolNeAR writes them
  html      a self-contained report: the article highlighted, sources, claims, map
  geojson   one Feature per place, with the claims about it
  csv       one row per claim (text, sources, certainty, hedges, verification)

Examples:
  $ hearsay analyze examples/grain-corridor.txt
  $ hearsay analyze --json examples/canal-blockage.html > ledger.json
  $ curl -s https://example.org/story | hearsay analyze -
  $ hearsay analyze --format html --out reports/ examples/
  $ hearsay analyze --format brat --out pred/ ../shared/data/polnear/dev/text

Exit status: 0 when every input was analysed, 1 when any failed (each failure
is reported on stderr as "hearsay: FILE: reason"; the other files are still
written).`;

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse news articles: who claims what, through whom, how sure, with what verification, and where')
    .argument('<inputs...>', 'article files (.txt, .html), folders of them, or - for stdin')
    .option('--json', 'print the ledger as JSON (same as --format json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]))
    .option('-o, --out <dir>', 'write one file per input into DIR (<name>.json, .ann, .html, .geojson or .csv)')
    .option('--no-color', 'no colour in the terminal view (also: NO_COLOR=1)')
    .addHelpText('after', HELP_EXAMPLES)
    .action((inputs: string[], opts: AnalyzeOptions) => {
      process.exitCode = runAnalyze(inputs, opts);
    });
}

/** Everything `analyze` does, as a function returning the exit status (tests call it too). */
export function runAnalyze(inputs: string[], opts: AnalyzeOptions, io: Io = processIo()): number {
  const format = resolveFormat(opts);
  if (typeof format !== 'string') { io.err(`hearsay: ${format.error}`); return 1; }

  const items = expandInputs(inputs);
  const batch = items.length > 1 || !!opts.out;
  if (items.length > 1 && !opts.out && (format === 'brat' || format === 'html' || format === 'geojson' || format === 'csv')) {
    io.err(`hearsay: --format ${format} with several inputs needs --out DIR (one file per input)`);
    return 1;
  }
  if (opts.out && format === 'terminal') {
    io.err('hearsay: --out writes files: choose --format json, brat, html, geojson or csv');
    return 1;
  }
  if (opts.out) {
    try {
      mkdirSync(opts.out, { recursive: true });
    } catch (e) {
      io.err(`hearsay: ${opts.out}: cannot create the output folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      return 1;
    }
  }

  const color = wantsColor(io.stdoutInfo, opts.color);
  const width = terminalWidth(io.stdoutInfo);
  const progress = makeProgress(io, items.length, !!opts.out || !io.stdoutInfo.isTTY);
  const written = new Map<string, string>();
  let failed = 0;
  let done = 0;

  for (const item of items) {
    const name = typeof item === 'string' ? item : item.file;
    progress.update(done, name);
    try {
      if (item instanceof InputError) throw item;
      const { text, meta } = readArticleInput(item);
      if (!mostlyLatin(text)) io.err(`hearsay: ${displayName(item)}: this text is mostly not in the Latin alphabet; hearsay reads English, so expect few or no claims`);
      const ledger = runPipeline(item, text, meta);
      if (opts.out) {
        const target = join(opts.out, outputName(item) + EXTENSION[format]!);
        const earlier = written.get(target);
        if (earlier) throw new InputError(item, `its output ${target} would overwrite the one from ${earlier}; rename one of them`);
        writeOutput(target, render(ledger, format, { color: false, width, several: false, name: displayName(item) }));
        written.set(target, item);
      } else {
        if (batch && format === 'terminal' && done > 0) io.out('\n');
        if (batch && format === 'terminal') io.out(batchHeader(item, width, color));
        io.out(render(ledger, format, { color, width, several: batch, name: displayName(item) }));
      }
    } catch (e) {
      failed++;
      progress.clear();
      io.err(`hearsay: ${oneLine(e, name)}`);
    }
    done++;
  }
  progress.clear();
  if (failed && items.length > 1) io.err(`hearsay: ${failed} of ${items.length} files failed`);
  return failed ? 1 : 0;
}

/** True when at least half the letters are Latin: hearsay's models read English, and a warning beats a silent empty ledger. */
function mostlyLatin(text: string): boolean {
  let letters = 0, latin = 0;
  for (const ch of text.slice(0, 20_000)) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  return letters === 0 || latin * 2 >= letters;
}

/** An untitled article is called by its file name (stdin: "stdin"). */
const displayName = (input: string) => (input === '-' ? 'stdin' : basename(input));

function resolveFormat(opts: AnalyzeOptions): Format | { error: string } {
  if (opts.json && opts.format && opts.format !== 'json') return { error: `--json and --format ${opts.format} disagree; use one of them` };
  return opts.json ? 'json' : opts.format ?? 'terminal';
}

/** A failure in the pipeline is hearsay's bug, not the input's: say so, and which file exposed it. */
function runPipeline(file: string, text: string, meta: Parameters<typeof analyze>[1]): Ledger {
  try {
    return analyze(text, meta);
  } catch (e) {
    // The stack is for whoever fixes hearsay, so only on request.
    if (process.env['HEARSAY_DEBUG']) console.error(e);
    throw new InputError(file, `analysis failed (${e instanceof Error ? e.message : String(e)}); set HEARSAY_DEBUG=1 for details`);
  }
}

function render(ledger: Ledger, format: Format, o: { color: boolean; width: number; several: boolean; name: string }): string {
  switch (format) {
    // Several ledgers on stdout are JSON Lines: one compact ledger a line.
    case 'json': return o.several ? JSON.stringify(ledger) + '\n' : JSON.stringify(ledger, null, 2) + '\n';
    case 'brat': return toBrat(ledger);
    case 'html': return htmlReport(ledger, { name: o.name });
    case 'geojson': return JSON.stringify(geojsonOf(ledger), null, 2) + '\n';
    case 'csv': return claimsCsv(ledger);
    case 'terminal': return renderTerminal(ledger, { color: o.color, width: o.width, name: o.name });
  }
}

function writeOutput(target: string, content: string): void {
  try {
    writeFileSync(target, content);
  } catch (e) {
    throw new InputError(target, `cannot write it (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function batchHeader(file: string, width: number, color: boolean): string {
  const label = `── ${file} `;
  const line = label + '─'.repeat(Math.max(0, width - label.length));
  return (color ? `\x1b[2m${line}\x1b[22m` : line) + '\n';
}

/** One line, always: an InputError already is; anything else gets the file in front. */
function oneLine(e: unknown, file: string): string {
  if (e instanceof InputError) return e.message.replace(/\s*\n\s*/g, ' ');
  const msg = e instanceof Error ? e.message : String(e);
  return `${file}: ${msg.split('\n')[0]}`;
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
  stdoutInfo: { isTTY?: boolean; columns?: number };
  stderrInfo: { isTTY?: boolean };
  progress(s: string): void;
}

function processIo(): Io {
  // `hearsay analyze … | head`: the reader left; stop quietly, as Unix tools do.
  process.stdout.once('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`hearsay: cannot write the output (${e.code ?? e.message})\n`);
    process.exit(1);
  });
  return {
    out: (s) => { process.stdout.write(s); },
    err: (s) => { process.stderr.write(s + '\n'); },
    stdoutInfo: process.stdout,
    stderrInfo: process.stderr,
    progress: (s) => { process.stderr.write(s); },
  };
}

/**
 * "[12/40] file" on stderr, rewritten in place, for batches long enough to
 * wonder about; only on a terminal, and never mixed into a terminal view
 * printed on the same screen.
 */
function makeProgress(io: Io, total: number, allowed: boolean) {
  const on = allowed && total > 3 && !!io.stderrInfo.isTTY;
  let shown = false;
  return {
    update(done: number, name: string) {
      if (!on) return;
      io.progress(`\r\x1b[K[${done + 1}/${total}] ${name.length > 60 ? '…' + name.slice(-59) : name}`);
      shown = true;
    },
    clear() {
      if (shown) io.progress('\r\x1b[K');
      shown = false;
    },
  };
}
