import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '@/db';
import { withDatabase } from '@/db/embedded';
import { getMigrationStatus, runMigrations } from './migrations';

const serverUrl = inject('testServerUrl');
const emptyName = `${inject('testTemplateDatabase')}_empty`;
const emptyUrl = withDatabase(serverUrl, emptyName);
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });

beforeAll(async () => {
  await admin.unsafe(`create database "${emptyName}"`);
});
afterAll(async () => {
  await admin.unsafe(`drop database if exists "${emptyName}" with (force)`);
  await admin.end();
});

async function statusOf(url: string) {
  const { db, client } = createDb(url, { max: 1 });
  try {
    return await getMigrationStatus(db);
  } finally {
    await client.end();
  }
}

async function tableCount(url: string) {
  const sql = postgres(url, { max: 1 });
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname = 'public'`;
  await sql.end();
  return row!.n;
}

describe('migrations', () => {
  it('reports an empty database as behind', async () => {
    expect(await statusOf(emptyUrl)).toMatchObject({ state: 'behind', applied: 0 });
  });

  it('rolls a failing migration back whole, leaving the database as it was', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'beacon-bad-migration-'));
    await mkdir(path.join(folder, 'meta'));
    await writeFile(
      path.join(folder, 'meta', '_journal.json'),
      JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1, tag: '0000_bad', breakpoints: true }] }),
    );
    await writeFile(
      path.join(folder, '0000_bad.sql'),
      'create table half_done (id int);\n--> statement-breakpoint\nselect * from table_that_does_not_exist;',
    );
    await expect(runMigrations(emptyUrl, folder)).rejects.toThrow();
    expect(await tableCount(emptyUrl)).toBe(0);
  });

  it('applies the shipped migrations, also when two processes race', async () => {
    const [first, second] = await Promise.all([runMigrations(emptyUrl), runMigrations(emptyUrl)]);
    expect(first.state).toBe('current');
    expect(second.state).toBe('current');
    const status = await statusOf(emptyUrl);
    expect(status.applied).toBe(status.expected);
    expect(await tableCount(emptyUrl)).toBeGreaterThanOrEqual(9);
  });
});
