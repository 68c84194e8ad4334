import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { AppError } from '@/lib/errors';
import * as schema from './schema';

export type Db = PostgresJsDatabase<typeof schema>;
export { schema };

type DbHandle = { db: Db; client: postgres.Sql; url: string };

// Kept on globalThis so hot reloads in development reuse one pool instead of leaking connections.
const globalForDb = globalThis as unknown as { beaconDb?: DbHandle };

/** Opens a Drizzle database on a postgres.js pool. Scripts and tests use this directly. */
export function createDb(url: string, options: { max?: number } = {}): DbHandle {
  const client = postgres(url, {
    max: options.max ?? Number(process.env.DATABASE_POOL_MAX ?? 10),
    onnotice: () => {},
    connection: { application_name: 'beacon' },
  });
  return { db: drizzle(client, { schema, casing: 'snake_case' }), client, url };
}

/**
 * The app's database, opened on first use. Never throws at import: a build or a page that does not touch
 * the database works without DATABASE_URL.
 */
export function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new AppError('unavailable', 'The database is not configured.');
  if (!globalForDb.beaconDb || globalForDb.beaconDb.url !== url) {
    globalForDb.beaconDb = createDb(url);
  }
  return globalForDb.beaconDb.db;
}

/** How the app reached its database: the embedded server the scripts started, or one the user configured. */
export function getDbMode(): 'embedded' | 'external' {
  return process.env.BEACON_DB_MODE === 'embedded' ? 'embedded' : 'external';
}

/** A transaction handed to `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything queries can run on: the database or a transaction on it. */
export type Executor = Db | Tx;
