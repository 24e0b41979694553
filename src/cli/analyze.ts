import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../analyze.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse news articles and print their ledgers')
    .argument('<inputs...>', 'article files (.txt, .html), folders, or - for stdin')
    .option('--json', 'print the ledger as JSON')
    .action((inputs: string[], opts: { json?: boolean }) => {
      for (const input of inputs) {
        const text = readFileSync(input === '-' ? 0 : input, 'utf8');
        const ledger = analyze(text, { origin: input });
        process.stdout.write(JSON.stringify(ledger, null, opts.json ? 2 : 2) + '\n');
      }
    });
}
