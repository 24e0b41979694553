import type { Command } from 'commander';

/** Registers the corpus commands (ingest, stats, claims, sources, search, serve). */
export function registerCorpusCommands(program: Command): void {
  void program; // TODO
}
