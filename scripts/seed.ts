// npm run db:seed: creates the demo workspace and accounts, idempotently.
import { createDb } from '@/db';
import { printDemoCredentials, seedDemo } from '@/db/seed';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (run this through `npm run db:seed`).');
  const { db, client } = createDb(url, { max: 1 });
  try {
    await seedDemo(db);
    printDemoCredentials();
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
