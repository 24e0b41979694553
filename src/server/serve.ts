/** Starts the web app on a port (0: any free one) and reports the URL it listens on. */
import { serve as honoServe } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { DB } from '../store/open.js';
import { createApp } from './app.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function serve(db: DB, opts: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const app = createApp(db);
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = honoServe({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((res) => {
          server.close(() => res());
          // Browsers keep connections alive; without this close() waits for them to time out.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${opts.port} is already in use (try --port N)` : `cannot listen on ${host}:${opts.port}: ${err.message}`));
    });
  });
}
