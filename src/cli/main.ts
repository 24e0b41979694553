#!/usr/bin/env -S node --max-semi-space-size=64
/** The `hearsay` command: one sub-command per job, each in its own module. */
// First, before any module of the analysis is evaluated (see the module).
import '../pipeline/jit-budget.js';
import { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerCorpusCommands } from './corpus.js';

const program = new Command();
program
  .name('hearsay')
  .description('Reads news reports the way a careful fact-checker does: who claims what, through whom, how sure, on what evidence, and where.')
  .version('0.1.0')
  .showHelpAfterError();

registerAnalyze(program);
registerCorpusCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  // Last line of defence: never show a stack trace to a user.
  console.error(`hearsay: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
