/**
 * The web app's HTTP side (hono): a JSON API under /api/ over the store's
 * queries, the map as SVG, and the static front end from web/. The store is
 * opened read-only; the API never writes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { DB } from '../store/open.js';
import * as q from '../store/queries.js';
import { mapSvg } from './worldmap.js';

/** The front end's files, by URL path: a fixed list, so no path from a request ever reaches the file system. */
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

const int = (v: string | undefined, dflt: number, max = 10_000) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : dflt;
};

export function createApp(db: DB, opts: { webDir?: string } = {}): Hono {
  const app = new Hono();
  const webDir = opts.webDir ?? WEB_DIR;

  app.use('*', async (c, next) => {
    await next();
    // The page shows untrusted article text: forbid anything but our own script and styles.
    c.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  app.onError((err, c) => {
    const msg = err instanceof Error ? err.message : String(err);
    return c.json({ error: /fts5|syntax/i.test(msg) ? 'bad query' : 'internal error' }, /fts5|syntax/i.test(msg) ? 400 : 500);
  });

  app.get('/api/stats', (c) => {
    const range = db.prepare(`SELECT min(substr(published, 1, 10)) AS first, max(substr(published, 1, 10)) AS last
      FROM articles WHERE published IS NOT NULL AND published != ''`).get() as { first: string | null; last: string | null };
    return c.json({ ...q.stats(db), publishers: q.publishers(db), firstPublished: range.first, lastPublished: range.last });
  });

  app.get('/api/claims', (c) => {
    const about = c.req.query('about') || undefined;
    const source = c.req.query('source') || undefined;
    const minReports = int(c.req.query('minReports'), about || source ? 1 : 2);
    return c.json(q.claims(db, { about, source, minReports, limit: int(c.req.query('limit'), 50, 500) || 50 }));
  });

  app.get('/api/claims/:id', (c) => {
    const view = q.clusterView(db, int(c.req.param('id'), -1, Number.MAX_SAFE_INTEGER), { full: true });
    return view ? c.json(view) : c.json({ error: 'no such claim cluster' }, 404);
  });

  app.get('/api/articles', (c) => c.json(q.articles(db, {
    limit: int(c.req.query('limit'), 50, 500), offset: int(c.req.query('offset'), 0, Number.MAX_SAFE_INTEGER),
    publisher: c.req.query('publisher') || undefined, date: c.req.query('date') || undefined,
  })));

  app.get('/api/articles/:id', (c) => {
    const view = q.article(db, int(c.req.param('id'), -1, Number.MAX_SAFE_INTEGER));
    return view ? c.json(view) : c.json({ error: 'no such article' }, 404);
  });

  app.get('/api/sources', (c) => c.json(q.sources(db, { limit: int(c.req.query('limit'), 100, 1000) || 100, name: c.req.query('name') || undefined })));

  app.get('/api/search', (c) => c.json(q.search(db, c.req.query('q') ?? '', int(c.req.query('limit'), 20, 200) || 20)));

  app.get('/api/timeline', (c) => c.json(q.timeline(db)));

  app.get('/api/places', (c) => c.json(q.places(db, int(c.req.query('limit'), 500, 5000) || 500)));

  app.get('/api/map.svg', (c) => {
    const pins = q.places(db, 500).map((p) => ({
      name: p.name, lat: p.lat, lon: p.lon, weight: p.articles,
      label: `${p.name}: ${p.articles} article${p.articles === 1 ? '' : 's'}`,
    }));
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    return c.body(mapSvg(pins));
  });

  app.get('/api/*', (c) => c.json({ error: 'no such API endpoint' }, 404));
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('*', (c) => {
    const entry = STATIC[c.req.path];
    if (!entry) return c.text('not found', 404);
    c.header('Content-Type', entry.type);
    c.header('Cache-Control', 'no-cache');
    return c.body(readFileSync(webDir + entry.file));
  });

  return app;
}
