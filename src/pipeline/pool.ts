/**
 * Analysis in worker threads, for ingesting large corpora on a machine with
 * several cores: the ingest loop reads and stores in its own thread while the
 * workers analyse (the analysis is ~70 % of an ingest's time, and SQLite
 * takes one writer anyway). Results come back in the order batches were sent,
 * so the store's ids, and with them the whole store, are the same as with
 * analysis in one thread.
 *
 * Why worker threads and not child processes: the ledgers come back by
 * structured clone, with no JSON round trip, and the workers share the
 * process's lifetime (a kill -9 takes them down with the ingest).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ArticleMeta } from '../doc/doc.js';
import type { Ledger } from '../ledger/types.js';

export interface PoolRequest { id: number; items: Array<{ text: string; meta?: ArticleMeta }> }
export interface PoolResponse { id: number; results: Array<Ledger | { error: string }> }

/** One worker per core but the one the ingest loop (reading, storing) needs, at most 8. */
export const defaultJobs = (): number => Math.max(0, Math.min(8, availableParallelism() - 1));

// Under tsx (tests, `--import tsx src/cli/main.ts`) this module is the .ts source: start the .ts worker, through
// tsx; from dist/, the compiled .js.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './analysis-worker.ts' : './analysis-worker.js', import.meta.url);

/** A worker thread running analysis-worker; from source, it registers tsx first (Node 20 does not pass `--import` hooks on to workers). */
function startWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true });
}

interface Pending { resolve: (r: Array<Ledger | Error>) => void; reject: (e: Error) => void }

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  /** Sent batches by id, and batches waiting for an idle worker. */
  private readonly pending = new Map<number, Pending>();
  private readonly queue: PoolRequest[] = [];
  private nextId = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a pool needs at least one worker, got ${size}`);
    for (let i = 0; i < size; i++) this.start();
  }

  private start(): void {
    const w = startWorker();
    w.on('message', (m: PoolResponse) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      p?.resolve(m.results.map((r) => ('schema' in r ? r : new Error(r.error))));
      this.dispatch(w);
    });
    // A worker that dies (out of memory, a bug outside analyzeBatch's guard) fails the batches it held and
    // every later one: the caller stops, and what it already stored stays stored.
    const die = (e: Error) => {
      this.failure ??= new Error(`an analysis worker stopped: ${e.message}`);
      for (const [id, p] of this.pending) { this.pending.delete(id); p.reject(this.failure); }
    };
    w.on('error', die);
    w.on('exit', (code) => { if (!this.closing) die(new Error(`exit code ${code}`)); });
    this.workers.push(w);
    this.idle.push(w);
  }

  private dispatch(w: Worker): void {
    const next = this.queue.shift();
    if (!next) { this.idle.push(w); return; }
    w.postMessage(next);
  }

  /** Analyses a batch in the next free worker; each article's entry is its ledger or the Error it failed with. */
  analyse(items: PoolRequest['items']): Promise<Array<Ledger | Error>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const done = new Promise<Array<Ledger | Error>>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, items });
    const w = this.idle.pop();
    if (w) this.dispatch(w);
    return done;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
