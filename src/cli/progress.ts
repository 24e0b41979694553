/**
 * A one-line progress bar on stderr (count, rate, ETA) for a terminal; nothing
 * at all when stderr is piped or redirected, so logs and scripts stay clean.
 */
export interface ProgressBar {
  update(done: number, elapsedMs: number): void;
  /** Clears the bar so the next line starts clean. */
  done(): void;
}

const clock = (s: number) => {
  if (!Number.isFinite(s)) return '?';
  const m = Math.floor(s / 60), sec = Math.round(s % 60);
  return m ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
};

export function progressBar(total: number | null, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  // The first article also pays for loading the models: the rate is counted from when it is done.
  let first: { done: number; ms: number } | null = null;
  return {
    update(done, elapsedMs) {
      first ??= { done, ms: elapsedMs };
      const now = Date.now();
      if (now - last < 100 && done !== total) return; // redrawing more often only costs time
      last = now;
      const span = elapsedMs - first.ms;
      const rate = span > 0 ? ((done - first.done) * 1000) / span : 0;
      const width = 24;
      let line: string;
      if (total) {
        const frac = Math.min(1, done / total);
        const filled = Math.round(frac * width);
        const eta = rate > 0 ? (total - done) / rate : Infinity;
        line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} · ${rate.toFixed(0)} articles/s · ETA ${clock(eta)}`;
      } else {
        line = `${done} articles · ${rate.toFixed(0)} articles/s · ${clock(elapsedMs / 1000)}`;
      }
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
