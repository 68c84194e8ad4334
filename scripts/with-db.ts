/**
 * Runs a command against Beacon's database.
 *   DATABASE_URL set   → the command runs as is (mode "external").
 *   DATABASE_URL unset → start or reuse the embedded PostgreSQL server under .data/, migrate it, seed it
 *                        when empty (with --seed-empty), run the command with its URL, and stop the
 *                        server afterwards if this process started it.
 * AUTH_SECRET, when unset, is generated once into .data/auth-secret.
 * With --require-current, refuses to run the command while an external database is behind on migrations.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import postgres from 'postgres';
import { createDb } from '@/db';
import { ensureEmbeddedPostgres, withDatabase } from '@/db/embedded';
import { getMigrationStatus, runMigrations } from '@/db/migrations';
import { isDatabaseEmpty, printDemoCredentials, seedDemo } from '@/db/seed';

const EMBEDDED_DATABASE = 'beacon';
const AUTH_SECRET_FILE = '.data/auth-secret';

/** AUTH_SECRET when set; otherwise one generated on first run and kept in .data/ so sessions survive restarts. */
function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (existsSync(AUTH_SECRET_FILE)) return readFileSync(AUTH_SECRET_FILE, 'utf8').trim();
  mkdirSync('.data', { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(AUTH_SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}

function parseArgs(argv: string[]) {
  const split = argv.indexOf('--');
  const flags = split === -1 ? argv : argv.slice(0, split);
  const command = split === -1 ? [] : argv.slice(split + 1);
  if (command.length === 0) throw new Error('usage: with-db [--seed-empty] [--require-current] -- <command…>');
  return { seedEmpty: flags.includes('--seed-empty'), requireCurrent: flags.includes('--require-current'), command };
}

async function createDatabaseIfMissing(serverUrl: string, name: string) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end();
  }
}

async function assertMigrationsCurrent(url: string) {
  const { db, client } = createDb(url, { max: 1 });
  try {
    const status = await getMigrationStatus(db);
    if (status.state === 'behind') {
      console.error(`The database is behind on migrations (${status.applied} of ${status.expected} applied).`);
      console.error('Run `npm run db:migrate`, then start again. Beacon never serves a half-migrated database.');
      process.exit(1);
    }
  } finally {
    await client.end();
  }
}

async function prepareEmbedded(seedEmpty: boolean) {
  const server = await ensureEmbeddedPostgres();
  await createDatabaseIfMissing(server.url, EMBEDDED_DATABASE);
  const url = withDatabase(server.url, EMBEDDED_DATABASE);
  await runMigrations(url);
  if (seedEmpty) {
    const { db, client } = createDb(url, { max: 1 });
    try {
      if (await isDatabaseEmpty(db)) {
        await seedDemo(db);
        console.log('Seeded an empty database with demo data:');
        printDemoCredentials();
      }
    } finally {
      await client.end();
    }
  }
  console.log(`Embedded PostgreSQL ${server.startedHere ? 'started' : 'reused'} (data in .data/postgres).`);
  return { url, server };
}

function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env, shell: false });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`Could not run ${command[0]}: ${error.message}`);
      resolve(127);
    });
  });
}

async function main() {
  const { seedEmpty, requireCurrent, command } = parseArgs(process.argv.slice(2));
  if (process.env.DATABASE_URL) {
    if (requireCurrent) await assertMigrationsCurrent(process.env.DATABASE_URL);
    const code = await run(command, { ...process.env, AUTH_SECRET: ensureAuthSecret(), BEACON_DB_MODE: process.env.BEACON_DB_MODE ?? 'external' });
    process.exit(code);
  }
  const { url, server } = await prepareEmbedded(seedEmpty);
  const code = await run(command, { ...process.env, AUTH_SECRET: ensureAuthSecret(), DATABASE_URL: url, BEACON_DB_MODE: 'embedded' });
  if (server.startedHere) await server.stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
