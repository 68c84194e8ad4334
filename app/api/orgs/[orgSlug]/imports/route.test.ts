import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { leadImports } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { GET as getErrorsCsv } from './[importId]/errors.csv/route';
import { GET as getStatus } from './[importId]/route';
import { POST as start } from './[importId]/start/route';
import { GET as list, POST as upload } from './route';

// `after` needs a live Next.js request; here its callbacks are collected and run by the test.
const afterQueue: (() => Promise<void>)[] = [];
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: (task: () => Promise<void>) => afterQueue.push(task) }));
vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));

const testDb = setupTestDatabase();
let slug: string;
const headers = { origin: 'http://beacon.test', host: 'beacon.test' };
const base = () => `http://beacon.test/api/orgs/${slug}/imports`;
const params = (importId?: string) => ({ params: Promise.resolve({ orgSlug: slug, ...(importId ? { importId } : {}) }) as Promise<{ orgSlug: string; importId: string }> });
const runAfterTasks = async () => {
  while (afterQueue.length) await afterQueue.shift()!();
};

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});
beforeEach(async () => {
  await truncateAll(testDb.db);
  afterQueue.length = 0;
  const user = await createTestUser(testDb.db);
  slug = (await createTestOrg(testDb.db, user)).slug;
  vi.mocked(getSessionUser).mockResolvedValue(asSession(user));
});

async function uploadCsv(text: string) {
  const form = new FormData();
  form.set('file', new File([text], 'people.csv', { type: 'text/csv' }));
  return upload(new Request(base(), { method: 'POST', headers, body: form }), params());
}

describe('lead import routes', () => {
  it('upload → start (worker after the response) → status → errors.csv', async () => {
    const uploaded = await uploadCsv('Name,Email\nAda,ada@x.test\n,nobody@x.test\n=cmd,bad\n');
    expect(uploaded.status).toBe(201);
    const body = await uploaded.json();
    expect(body.import).toMatchObject({ status: 'uploaded', totalRows: 3, columns: ['Name', 'Email'] });
    expect(body.preview.suggestedMapping).toEqual({ Name: 'name', Email: 'email' });
    const id: string = body.import.id;

    const started = await start(
      new Request(`${base()}/${id}/start`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ mapping: body.preview.suggestedMapping, dedupe: 'skip', tags: ['fair'] }) }),
      params(id),
    );
    expect(started.status).toBe(202);
    expect(afterQueue).toHaveLength(1);
    await runAfterTasks();

    const status = await (await getStatus(new Request(`${base()}/${id}`), params(id))).json();
    expect(status.import).toMatchObject({ status: 'completed', processedRows: 3, createdCount: 1, errorCount: 2 });
    expect(status.import).not.toHaveProperty('file');
    expect(afterQueue).toHaveLength(0);

    const errors = await getErrorsCsv(new Request(`${base()}/${id}/errors.csv`), params(id));
    expect(errors.headers.get('content-disposition')).toBe(`attachment; filename="import-errors-${id.slice(0, 8)}.csv"`);
    expect(parse(Buffer.from(await errors.arrayBuffer()), { bom: true })).toEqual([
      ['Row', 'Column', 'Error'],
      ['3', 'Name', 'Name is required.'],
      ['4', 'Email', '"bad" is not a valid email address.'],
    ]);
    expect((await (await list(new Request(base()), params())).json()).items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('the status poll restarts a worker whose heartbeat went stale (the resume)', async () => {
    const { import: created } = await (await uploadCsv('Name\nAda\nAlan\n')).json();
    await testDb.db
      .update(leadImports)
      .set({ status: 'running', mapping: { Name: 'name' }, heartbeatAt: sql`now() - interval '1 minute'` })
      .where(eq(leadImports.id, created.id));
    const polled = await (await getStatus(new Request(`${base()}/${created.id}`), params(created.id))).json();
    expect(polled.import.status).toBe('running');
    expect(afterQueue).toHaveLength(1);
    await runAfterTasks();
    const [done] = await testDb.db.select({ status: leadImports.status, createdCount: leadImports.createdCount }).from(leadImports).where(eq(leadImports.id, created.id));
    expect(done).toEqual({ status: 'completed', createdCount: 2 });
  });

  it('refuses a bad start with field errors, and a non-CSV upload with a clear message', async () => {
    const { import: created } = await (await uploadCsv('Name,Email\nAda,ada@x.test\n')).json();
    const bad = await start(
      new Request(`${base()}/${created.id}/start`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ mapping: { Email: 'email' } }) }),
      params(created.id),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toEqual([{ path: 'mapping', message: 'Map a column to Name (or to First name / Last name): every lead needs a name.' }]);
    expect(afterQueue).toHaveLength(0);

    const missing = await upload(new Request(base(), { method: 'POST', headers, body: new FormData() }), params());
    expect(missing.status).toBe(400);
    expect((await missing.json()).detail).toBe('Choose a CSV file to upload.');
    const huge = await upload(new Request(base(), { method: 'POST', headers: { ...headers, 'content-length': String(60 * 1024 * 1024) }, body: 'x' }), params());
    expect(huge.status).toBe(413);
  });
});
