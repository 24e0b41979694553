/**
 * The ingest loop: read inputs, skip what the store already holds (before the
 * costly analysis), analyse, and write in batches, one transaction each.
 * Storage time is measured apart from analysis so the cost of the store per
 * article can be reported.
 */
import { performance } from 'node:perf_hooks';
import { analyzeBatch } from '../analyze.js';
import type { DB } from './open.js';
import { StoreWriter, type BatchItem } from './writer.js';
import { foldText, hashOfFolded } from '../corpus/text.js';
import { readInputs, type ReadOptions } from '../ingest/feeds/inputs.js';
import { AnalysisPool } from '../pipeline/pool.js';
import type { Ledger } from '../ledger/types.js';

export interface IngestProgress {
  /** Items handled so far: added, skipped or failed. */
  done: number;
  added: number;
  elapsedMs: number;
}

export interface IngestOptions extends ReadOptions {
  /** Articles per transaction: small enough that a crash loses little, large enough that commits stay cheap. */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  onProblem?: (origin: string, problem: string) => void;
  /**
   * Worker threads that analyse while this thread reads and stores (pool.ts); 0, the default,
   * analyses in this thread. The store is the same either way.
   */
  jobs?: number;
}

export interface IngestSummary {
  added: number;
  /** Added, but found to be near-copies of a stored article. */
  duplicates: number;
  /** Already stored (same URL or same normalised text). */
  skipped: number;
  failed: number;
  seconds: number;
  /** Time spent analysing in this thread, or with workers, waiting for them. */
  analysisSeconds: number;
  storageSeconds: number;
}

export const DEFAULT_BATCH_SIZE = 64;
/** Articles analysed together, stage by stage: enough to keep each stage's tables warm, few enough to keep progress smooth. */
const ANALYSIS_BATCH = 16;

export async function ingest(db: DB, args: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const jobs = opts.jobs ?? 0;
  const pool = jobs > 0 ? new AnalysisPool(jobs) : null;
  try {
    return await ingestWith(db, args, opts, pool);
  } finally {
    await pool?.close();
  }
}

type Unanalysed = { text: string; meta: BatchItem['meta'] & { origin?: string }; identity: NonNullable<BatchItem['identity']> };

async function ingestWith(db: DB, args: string[], opts: IngestOptions, pool: AnalysisPool | null): Promise<IngestSummary> {
  const writer = new StoreWriter(db);
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const start = performance.now();
  const s: IngestSummary = { added: 0, duplicates: 0, skipped: 0, failed: 0, seconds: 0, analysisSeconds: 0, storageSeconds: 0 };
  // The analysed articles are written a batch at a time rather than one by one: besides one
  // commit per batch, this keeps the analysis's tables in the CPU caches (writing each article
  // as soon as it was analysed made the analysis ~40% and the storage ~100% slower).
  let batch: BatchItem[] = [];
  // Read but not yet analysed: analysed ANALYSIS_BATCH at a time, stage by stage (analyzeBatch).
  let unanalysed: Unanalysed[] = [];
  // Sent to the workers, oldest first: taken back in this order, so articles are stored in input order.
  const inflight: Array<{ chunk: Unanalysed[]; ledgers: Promise<Array<Ledger | Error>> }> = [];
  // Identities read but not yet stored: a repeat before the first is stored is skipped too.
  const pendingUrls = new Set<string>();
  const pendingHashes = new Set<string>();
  let done = 0;
  let storageMs = 0, analysisMs = 0;

  const progress = () => opts.onProgress?.({ done, added: s.added, elapsedMs: performance.now() - start });
  const store = () => {
    if (!batch.length) return;
    const t = performance.now();
    for (const r of writer.addBatch(batch)) {
      if (r.status === 'added') {
        s.added++;
        if (r.duplicateOf !== null) s.duplicates++;
      } else s.skipped++;
    }
    for (const it of batch) {
      if (it.meta.url) pendingUrls.delete(it.meta.url);
      pendingHashes.delete(it.identity!.hash);
    }
    storageMs += performance.now() - t;
    batch = [];
  };
  const take = (chunk: Unanalysed[], ledgers: Array<Ledger | Error>) => {
    chunk.forEach((it, k) => {
      const ledger = ledgers[k]!;
      if (ledger instanceof Error) {
        s.failed++;
        opts.onProblem?.(it.meta.origin ?? '?', `analysis failed (${ledger.message})`);
        if (it.meta.url) pendingUrls.delete(it.meta.url);
        pendingHashes.delete(it.identity.hash);
        return;
      }
      const { origin: _origin, ...meta } = it.meta;
      batch.push({ ledger, meta, identity: it.identity });
    });
    if (batch.length >= batchSize) store();
  };
  const takeOldest = async () => {
    const f = inflight.shift()!;
    const t = performance.now();
    const ledgers = await f.ledgers;
    analysisMs += performance.now() - t;
    take(f.chunk, ledgers);
  };
  const analyse = async () => {
    if (!unanalysed.length) return;
    const chunk = unanalysed;
    unanalysed = [];
    if (!pool) {
      const t = performance.now();
      const ledgers = analyzeBatch(chunk);
      analysisMs += performance.now() - t;
      take(chunk, ledgers);
      return;
    }
    inflight.push({ chunk, ledgers: pool.analyse(chunk.map((it) => ({ text: it.text, meta: it.meta }))) });
    // Two batches per worker in flight: one analysed, one waiting, so no worker idles while this thread stores.
    while (inflight.length > 2 * pool.size) await takeOldest();
  };

  const known = (url: string) => pendingUrls.has(url) || writer.has(url, '') === 'url';
  for await (const item of readInputs(args, { ...opts, known: (url) => opts.known?.(url) || known(url) })) {
    done++;
    if ('known' in item) {
      s.skipped++;
      progress();
      continue;
    }
    if ('problem' in item) {
      s.failed++;
      opts.onProblem?.(item.origin, item.problem);
      progress();
      continue;
    }
    const t0 = performance.now();
    // Folded and hashed once: the writer reuses both (hash, near-duplicate signature).
    const folded = foldText(item.text);
    const hash = hashOfFolded(folded);
    const url = item.meta.url;
    const stored = (url && pendingUrls.has(url)) || pendingHashes.has(hash) || writer.has(url, hash) !== null;
    storageMs += performance.now() - t0;
    if (stored) {
      s.skipped++;
      progress();
      continue;
    }
    unanalysed.push({ text: item.text, meta: item.meta, identity: { text: item.text, folded, hash } });
    if (url) pendingUrls.add(url);
    pendingHashes.add(hash);
    if (unanalysed.length >= ANALYSIS_BATCH) await analyse();
    progress();
  }
  await analyse();
  while (inflight.length) await takeOldest();
  store();
  s.seconds = (performance.now() - start) / 1000;
  s.analysisSeconds = analysisMs / 1000;
  s.storageSeconds = storageMs / 1000;
  return s;
}
