/**
 * A worker thread of AnalysisPool (pool.ts): analyses the batches it is sent
 * with analyzeBatch and posts the ledgers back. An article that failed comes
 * back as { error } (an Error does not survive postMessage with its class).
 */
import { parentPort } from 'node:worker_threads';
import { analyzeBatch } from '../analyze.js';
import type { PoolRequest, PoolResponse } from './pool.js';

if (!parentPort) throw new Error('analysis-worker runs as a worker thread of AnalysisPool');
const port = parentPort;
port.on('message', (m: PoolRequest) => {
  const results = analyzeBatch(m.items).map((l) => (l instanceof Error ? { error: l.message } : l));
  port.postMessage({ id: m.id, results } satisfies PoolResponse);
});
