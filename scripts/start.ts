/**
 * Serves the production build. With `output: 'standalone'` Next.js emits its own server, which expects the
 * static assets and public/ beside it; this copies them there and runs it. Accepts `-p PORT` and `-H HOST`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';

function option(args: string[], names: string[]): string | undefined {
  const index = args.findIndex((arg) => names.includes(arg));
  return index === -1 ? undefined : args[index + 1];
}

const root = process.cwd();
const standalone = path.join(root, '.next', 'standalone');
const server = path.join(standalone, 'server.js');
if (!existsSync(server)) {
  console.error('No production build found. Run `npm run build` first.');
  process.exit(1);
}

cpSync(path.join(root, '.next', 'static'), path.join(standalone, '.next', 'static'), { recursive: true });
if (existsSync(path.join(root, 'public'))) cpSync(path.join(root, 'public'), path.join(standalone, 'public'), { recursive: true });

const args = process.argv.slice(2);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production' as const,
  PORT: option(args, ['-p', '--port']) ?? process.env.PORT ?? '3000',
  // Not process.env.HOSTNAME: shells and containers set it to the machine's name, not a listen address.
  HOSTNAME: option(args, ['-H', '--hostname']) ?? '0.0.0.0',
  // The standalone server changes into its own folder, which a rebuild replaces: uploads live under the
  // project (or wherever UPLOADS_DIR points), so hand the server an absolute path.
  UPLOADS_DIR: path.resolve(root, process.env.UPLOADS_DIR || '.data/uploads'),
};
if (!env.APP_URL) {
  // Links in emails must never come from request headers in production; default to this machine.
  env.APP_URL = `http://localhost:${env.PORT}`;
  console.log(`APP_URL is not set: links in emails will point at ${env.APP_URL}. Set APP_URL to your public URL.`);
}
const child = spawn(process.execPath, [server], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
