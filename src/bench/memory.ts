/**
 * How much a random read costs on this machine as the array grows: the
 * attribution tagger's cost is one random read of its weight table per
 * feature, so the size at which reads leave the caches decides what a
 * table may weigh (docs/performance.md).
 *
 *   node dist/bench/memory.js
 */
const READS = 1 << 20;

for (const mb of [0.5, 1, 2, 4, 8, 16, 32, 64]) {
  const n = (mb * 1024 * 1024) / 4;
  const table = new Int32Array(n).fill(1);
  // Independent reads at pseudo-random places (a multiplicative hash), as the tagger's lookups are.
  const at = new Int32Array(READS);
  for (let i = 0, x = 12345; i < READS; i++) { x = (Math.imul(x ^ (x >>> 13), 0x5bd1e995) + i) | 0; at[i] = (x >>> 0) % n; }
  let sum = 0;
  for (let r = 0; r < 2; r++) for (let i = 0; i < READS; i++) sum += table[at[i]!]!; // warm
  const t0 = performance.now();
  for (let r = 0; r < 5; r++) for (let i = 0; i < READS; i++) sum += table[at[i]!]!;
  const ns = ((performance.now() - t0) * 1e6) / (5 * READS);
  console.log(`${String(mb).padStart(4)} MB: ${ns.toFixed(1)} ns a random read${sum === 0 ? ' ' : ''}`);
}
