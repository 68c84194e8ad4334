import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` only diffs the schema against drizzle/ and needs no database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost:5432/beacon' },
});
