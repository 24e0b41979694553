/**
 * Opening a store: one SQLite file (better-sqlite3), WAL so readers (the web
 * app) never block the ingest and a crash loses at most the batch in flight.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';

export type DB = Database.Database;

/** The store used when no --db is given: $HEARSAY_DB, else ./hearsay.db. */
export function defaultDbPath(): string {
  return process.env.HEARSAY_DB || 'hearsay.db';
}

export class StoreError extends Error {}

export function openStore(path: string = defaultDbPath(), opts: { readonly?: boolean } = {}): DB {
  const file = resolve(path);
  if (opts.readonly && !existsSync(file)) {
    throw new StoreError(`no store at ${path} (run "hearsay ingest" first, or pass --db FILE)`);
  }
  let db: DB;
  try {
    db = new Database(file, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
  } catch (err) {
    throw new StoreError(`cannot open store ${path}: ${(err as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      // NORMAL is durable across process crashes in WAL mode; only an OS crash may drop the last commit.
      db.pragma('synchronous = NORMAL');
      // Checkpoint the log into the database every ~80 MB rather than every 4 MB: an ingest
      // rewrites the same index pages batch after batch, and each checkpoint copied them again
      // (the 923 PolNeAR ledgers stored alone: 1.56–1.67 against 1.76–1.78 ms per article,
      // alternating). Readers are unaffected; closing the store checkpoints what is left.
      db.pragma('wal_autocheckpoint = 20000');
      db.exec(SCHEMA);
      const v = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
      if (!v) db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(String(SCHEMA_VERSION));
      else if (Number(v.value) !== SCHEMA_VERSION) throw new StoreError(`store ${path} has schema ${v.value}, this hearsay reads ${SCHEMA_VERSION}`);
    } else {
      const ok = db.prepare("SELECT name FROM sqlite_master WHERE name = 'articles'").get();
      if (!ok) throw new StoreError(`${path} is not a hearsay store`);
    }
    db.pragma('cache_size = -65536');
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`cannot open store ${path}: ${(err as Error).message}`);
  }
  return db;
}
