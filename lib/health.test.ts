import postgres from 'postgres';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { withDatabase } from '@/db/embedded';
import { jobSchedules } from '@/db/schema';
import { GET } from '@/app/api/health/route';
import { setupTestDatabase } from '@/tests/db';
import { getHealthReport } from './health';

// One known cron instead of the real registry, so "late" is under the test's control.
vi.mock('@/lib/jobs/registry', async () => {
  const { testCronJob } = await import('@/tests/helpers/job-runs');
  return { CRON_JOBS: [testCronJob('health-minutely', '* * * * *')] };
});

const testDb = setupTestDatabase();
const originalUrl = process.env.DATABASE_URL;

afterEach(() => {
  process.env.DATABASE_URL = originalUrl;
  delete process.env.BEACON_DB_MODE;
});

describe('health', () => {
  it('is ok with a reachable, migrated database and names the offline providers', async () => {
    process.env.DATABASE_URL = testDb.url;
    process.env.BEACON_DB_MODE = 'embedded';
    const report = await getHealthReport();
    expect(report.status).toBe('ok');
    expect(report.db).toMatchObject({ ok: true, mode: 'embedded', migrations: 'current' });
    expect(report.providers).toEqual({ ai: 'offline', email: 'outbox', billing: 'off', social: 'sandbox', jobs: 'local' });
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.jobs).toMatchObject({ driver: 'local', status: 'ok', crons: [{ id: 'health-minutely', periodMs: 60_000, late: false }] });
  });

  it('is degraded, still answering 200, when a cron has not succeeded for more than three periods', async () => {
    process.env.DATABASE_URL = testDb.url;
    const registeredAt = new Date(Date.now() - 10 * 60_000);
    await testDb.db
      .insert(jobSchedules)
      .values({ jobId: 'health-minutely', cron: '* * * * *', registeredAt })
      .onConflictDoUpdate({ target: jobSchedules.jobId, set: { registeredAt } });
    try {
      const response = await GET(new Request('http://localhost/api/health'), { params: Promise.resolve({}) });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'degraded',
        db: { ok: true },
        jobs: { status: 'degraded', crons: [{ id: 'health-minutely', late: true, lastSuccessAt: null }] },
      });
    } finally {
      await testDb.db.delete(jobSchedules);
    }
  });

  it('answers 200 through the route with the report as JSON', async () => {
    process.env.DATABASE_URL = testDb.url;
    const response = await GET(new Request('http://localhost/api/health'), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', db: { mode: 'external' } });
  });

  it('answers 503 when the database is unreachable, without leaking the URL', async () => {
    process.env.DATABASE_URL = 'postgres://beacon:secret-pw@127.0.0.1:1/nothing';
    const response = await GET(new Request('http://localhost/api/health'), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.db).toMatchObject({ ok: false, migrations: 'unknown' });
    expect(body.jobs).toBeNull();
    expect(JSON.stringify(body)).not.toContain('secret-pw');
  });

  it('answers 503 with migrations "behind" on a database that was never migrated', async () => {
    const serverUrl = inject('testServerUrl');
    const name = `${inject('testTemplateDatabase')}_unmigrated`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    try {
      process.env.DATABASE_URL = withDatabase(serverUrl, name);
      const report = await getHealthReport();
      expect(report.status).toBe('down');
      expect(report.db).toMatchObject({ ok: false, migrations: 'behind' });
      expect(report.jobs).toBeNull();
    } finally {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
});
