/**
 * The corpus commands: ingest articles into a store, query it (stats, claims,
 * sources, search) and serve it as a web app. Every command takes --db (default
 * $HEARSAY_DB, else ./hearsay.db) and, for queries, --json.
 */
import { analysedSoFar } from '../pipeline/jit-budget.js';
import type { Command } from 'commander';
import { defaultDbPath, openStore, type DB } from '../store/open.js';
import { ingest } from '../store/ingest.js';
import { estimateTotal } from '../ingest/feeds/inputs.js';
import * as q from '../store/queries.js';
import { progressBar } from './progress.js';
import { printClusters, printSearch, printSources, printStats } from './corpus-view.js';

const DB_HELP = 'the store (default: $HEARSAY_DB, else ./hearsay.db)';

function withStore<T>(dbPath: string | undefined, readonly: boolean, fn: (db: DB) => T): T {
  const db = openStore(dbPath ?? defaultDbPath(), { readonly });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${v}"`);
  return n;
};

const json = (x: unknown) => process.stdout.write(JSON.stringify(x, null, 2) + '\n');

export function registerCorpusCommands(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and add them to the store: folders of .txt/.html, JSONL, RSS/Atom, WARC(.gz), or URLs')
    .argument('<inputs...>', 'paths or http(s) URLs')
    .option('--db <file>', DB_HELP)
    .option('--batch <n>', 'articles per transaction', positiveInt('--batch'), 64)
    .option('--timeout <seconds>', 'give up on a URL after this long', positiveInt('--timeout'), 20)
    .option('--max-mb <n>', 'refuse pages larger than this', positiveInt('--max-mb'), 10)
    .option('--no-fetch-links', 'do not fetch the linked pages of feed items that carry only a summary')
    .option('--jobs <n>', `worker threads that analyse while the main thread reads and stores (0: analyse in the main thread; one per core but one is a good choice on a machine with several)`,
      positiveInt('--jobs'), 0)
    .option('--json', 'print a summary as JSON')
    .action(async (inputs: string[], o: { db?: string; batch: number; timeout: number; maxMb: number; fetchLinks: boolean; jobs: number; json?: boolean }) => {
      const db = openStore(o.db ?? defaultDbPath());
      const bar = progressBar(process.stderr.isTTY ? await estimateTotal(inputs) : null);
      let problems = 0;
      try {
        const s = await ingest(db, inputs, {
          batchSize: Math.max(1, o.batch),
          jobs: o.jobs,
          fetch: { timeoutMs: o.timeout * 1000, maxBytes: o.maxMb * 1024 * 1024 },
          fetchLinks: o.fetchLinks,
          onProgress: (p) => {
            analysedSoFar(p.added);
            bar.update(p.done, p.elapsedMs);
          },
          onProblem: (origin, problem) => {
            problems++;
            bar.done();
            console.error(`hearsay: ${origin}: ${problem}`);
          },
        });
        bar.done();
        if (o.json) json(s);
        else if (process.stderr.isTTY) {
          const rate = s.seconds > 0 ? ((s.added + s.skipped) / s.seconds).toFixed(0) : '-';
          console.error(`added ${s.added} articles (${s.duplicates} near-copies of stored ones), skipped ${s.skipped} already stored, ` +
            `${s.failed} failed, in ${s.seconds.toFixed(1)} s (${rate} articles/s)`);
        }
      } finally {
        db.close();
      }
      if (problems) process.exitCode = 1;
    });

  program
    .command('stats')
    .description('count articles, near-duplicates, claims, claim clusters and sources in the store')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print {articles, duplicates, claims, clusters, sources}')
    .action((o: { db?: string; json?: boolean }) => withStore(o.db, true, (db) => {
      const s = q.stats(db);
      if (o.json) json(s);
      else printStats(s, q.publishers(db));
    }));

  program
    .command('claims')
    .description('claims across reports: each cluster with its reports, sources, independent origins and contradictions')
    .option('--db <file>', DB_HELP)
    .option('--about <text>', 'only claims whose text has these words')
    .option('--source <name>', 'only claims attributed to this source')
    .option('--min-reports <n>', 'only clusters with at least this many reports (default 2 without --about/--source, else 1)', positiveInt('--min-reports'))
    .option('--limit <n>', 'at most this many clusters (0: all)', positiveInt('--limit'), 50)
    .option('--json', 'print an array of clusters')
    .action((o: { db?: string; about?: string; source?: string; minReports?: number; limit: number; json?: boolean }) => withStore(o.db, true, (db) => {
      const minReports = o.minReports ?? (o.about !== undefined || o.source !== undefined ? 1 : 2);
      const clusters = q.claims(db, { about: o.about, source: o.source, minReports, limit: o.limit });
      if (o.json) json(clusters.map(({ outlets: _o, ...c }) => c));
      else printClusters(clusters);
    }));

  program
    .command('sources')
    .description('who the corpus quotes: sources by number of articles and claims')
    .option('--db <file>', DB_HELP)
    .option('--name <text>', 'only sources whose name contains this')
    .option('--limit <n>', 'at most this many sources (0: all)', positiveInt('--limit'), 50)
    .option('--json', 'print an array of sources')
    .action((o: { db?: string; name?: string; limit: number; json?: boolean }) => withStore(o.db, true, (db) => {
      const rows = q.sources(db, { limit: o.limit, name: o.name });
      if (o.json) json(rows);
      else printSources(rows);
    }));

  program
    .command('search')
    .description('full-text search over the stored articles (all words must match)')
    .argument('<text...>', 'words to look for')
    .option('--db <file>', DB_HELP)
    .option('--limit <n>', 'at most this many articles', positiveInt('--limit'), 20)
    .option('--json', 'print an array of hits')
    .action((words: string[], o: { db?: string; limit: number; json?: boolean }) => withStore(o.db, true, (db) => {
      const hits = q.search(db, words.join(' '), o.limit);
      if (o.json) json(hits.map((h) => ({ ...h, snippet: h.snippet.replace(/[\u0002\u0003]/g, '') })));
      else printSearch(hits);
    }));

  program
    .command('serve')
    .description('browse the store in a web browser (local web app and JSON API under /api/)')
    .option('--db <file>', DB_HELP)
    .option('--port <n>', 'port to listen on (0: any free port)', (v: string) => {
      const n = positiveInt('--port')(v);
      if (n > 65535) throw new Error(`--port must be at most 65535, got "${v}"`);
      return n;
    }, 8080)
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .action(async (o: { db?: string; port: number; host: string }) => {
      const { serve } = await import('../server/serve.js');
      const db = openStore(o.db ?? defaultDbPath(), { readonly: true });
      const server = await serve(db, { port: o.port, host: o.host });
      console.error(`hearsay: serving ${o.db ?? defaultDbPath()} at ${server.url} (Ctrl-C to stop)`);
    });
}
