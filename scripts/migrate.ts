// npm run db:migrate: applies drizzle/ migrations to DATABASE_URL (the embedded server when unset).
import { runMigrations } from '@/db/migrations';
import { redactUrl } from '@/lib/log';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (run this through `npm run db:migrate`).');
  const status = await runMigrations(url);
  console.log(`Migrations ${status.state}: ${status.applied} of ${status.expected} applied to ${redactUrl(url)}.`);
}

main().catch((error: unknown) => {
  console.error('Migration failed; nothing was applied:', error instanceof Error ? error.message : error);
  process.exit(1);
});
