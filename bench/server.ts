import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { generateToken } from '@/lib/auth/tokens';

/**
 * Starts the production build (`npm run build` first) on `port` against `databaseUrl` and waits until it is
 * healthy. The server's own log goes to a file, so a failing benchmark can be explained.
 */
export async function startBenchServer({ databaseUrl, port, env = {} }: { databaseUrl: string; port: number; env?: Record<string, string> }): Promise<ChildProcess> {
  if (!existsSync('.next/standalone/server.js')) throw new Error('No production build: run `npm run build` first.');
  mkdirSync('.data', { recursive: true });
  const logFile = openSync('.data/bench-server.log', 'w');
  const child = spawn('npx', ['tsx', 'scripts/start.ts', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', logFile, logFile],
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: generateToken(32), LOG_LEVEL: 'warn', APP_URL: `http://127.0.0.1:${port}`, ...env },
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill();
  throw new Error('The server did not become healthy within 60 s (see .data/bench-server.log).');
}
