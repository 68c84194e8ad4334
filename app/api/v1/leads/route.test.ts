import { count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { idempotencyKeys, leads } from '@/db/schema';
import { createApiKey } from '@/lib/auth/api-keys';
import { apiCreateLeadResultSchema, apiLeadPageSchema } from '@/lib/api/schemas';
import { setupTestDatabase } from '@/tests/db';
import { callApi, createApiWorkspace } from '@/tests/helpers/api-v1';
import { GET, POST } from './route';

// API-key routes never read the session, but with-org imports it (and through it next-auth).
vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

const create = (secret: string, body: unknown, headers?: Record<string, string>) =>
  callApi(POST, { path: '/api/v1/leads', method: 'POST', secret, body, headers });
const list = (secret: string, query = '') => callApi(GET, { path: `/api/v1/leads?${query}`, secret });

describe('POST /api/v1/leads', () => {
  it('creates a lead (201), then dedupes the same email onto it (200, created: false)', async () => {
    const { secret, stages } = await createApiWorkspace(testDb.db);
    const first = await create(secret, { name: 'Ada Lovelace', email: ' Ada@Example.test ', tags: ['vip'], stageId: stages[0]!.id });
    expect(first.status).toBe(201);
    const created = apiCreateLeadResultSchema.parse(await first.json());
    expect(created).toMatchObject({ created: true, lead: { name: 'Ada Lovelace', email: 'ada@example.test', stageId: stages[0]!.id, tags: ['vip'] } });
    expect(new Date(created.lead.createdAt).toISOString()).toBe(created.lead.createdAt);

    const second = await create(secret, { name: 'Ada L.', email: 'ada@example.test', company: 'Analytical Engines', tags: ['math'] });
    expect(second.status).toBe(200);
    const deduped = apiCreateLeadResultSchema.parse(await second.json());
    expect(deduped.created).toBe(false);
    expect(deduped.lead.id).toBe(created.lead.id);
    expect(deduped.lead).toMatchObject({ name: 'Ada L.', company: 'Analytical Engines' });
    expect(deduped.lead.tags.sort()).toEqual(['math', 'vip']);
  });

  it('answers 422 with field paths for invalid fields', async () => {
    const { secret } = await createApiWorkspace(testDb.db);
    const response = await create(secret, { name: '', email: 'not-an-email', valueCents: -5 });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const paths = (await response.json()).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'email', 'valueCents']));
  });

  it('answers 400 to malformed or empty JSON and 413 to a body over 1 MB, never 500', async () => {
    const { secret } = await createApiWorkspace(testDb.db);
    expect((await create(secret, '{"name": ')).status).toBe(400);
    expect((await create(secret, '')).status).toBe(400);
    expect((await create(secret, '[1, 2]')).status).toBe(422);
    const huge = await create(secret, { name: 'x', customFields: { blob: 'x'.repeat(1_100_000) } });
    expect(huge.status).toBe(413);
  });

  it("refuses a stage of another workspace as a field error on stageId", async () => {
    const { secret } = await createApiWorkspace(testDb.db);
    const other = await createApiWorkspace(testDb.db);
    const response = await create(secret, { name: 'Grace', stageId: other.stages[0]!.id });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([{ path: 'stageId', message: expect.any(String) }]);
  });

  it('needs the leads.write scope (403) and a key (401)', async () => {
    const { secret } = await createApiWorkspace(testDb.db, ['leads.read']);
    expect((await create(secret, { name: 'Nope' })).status).toBe(403);
    expect((await callApi(POST, { path: '/api/v1/leads', method: 'POST', body: { name: 'Nope' } })).status).toBe(401);
  });
});

describe('GET /api/v1/leads', () => {
  it('filters with the lead list filters and pages with the cursor', async () => {
    const { secret, stages } = await createApiWorkspace(testDb.db);
    for (const [i, source] of ['web', 'web', 'web', 'event'].entries()) {
      await create(secret, { name: `Lead ${i}`, email: `lead-${i}@example.test`, source, tags: i % 2 ? ['odd'] : ['even'], stageId: stages[i % 2]!.id });
    }
    const all = apiLeadPageSchema.parse(await (await list(secret)).json());
    expect(all.items).toHaveLength(4);
    expect(all.nextCursor).toBeNull();

    const web = apiLeadPageSchema.parse(await (await list(secret, 'source=web&tags=even')).json());
    expect(web.items.map((lead) => lead.name).sort()).toEqual(['Lead 0', 'Lead 2']);
    const searched = apiLeadPageSchema.parse(await (await list(secret, 'q=lead-3@')).json());
    expect(searched.items.map((lead) => lead.name)).toEqual(['Lead 3']);

    const firstPage = apiLeadPageSchema.parse(await (await list(secret, 'limit=3&sort=name_asc')).json());
    expect(firstPage.items.map((lead) => lead.name)).toEqual(['Lead 0', 'Lead 1', 'Lead 2']);
    expect(firstPage.nextCursor).toEqual(expect.any(String));
    const secondPage = apiLeadPageSchema.parse(await (await list(secret, `limit=3&sort=name_asc&cursor=${firstPage.nextCursor}`)).json());
    expect(secondPage.items.map((lead) => lead.name)).toEqual(['Lead 3']);
    expect(secondPage.nextCursor).toBeNull();
  });

  it('answers 422 to invalid filters and 400 to a forged cursor', async () => {
    const { secret } = await createApiWorkspace(testDb.db);
    const response = await list(secret, 'limit=5000&scoreMin=abc');
    expect(response.status).toBe(422);
    expect((await response.json()).errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['limit', 'scoreMin']));
    expect((await list(secret, 'cursor=not-a-cursor')).status).toBe(400);
  });

  it('needs the leads.read scope and reports the rate limit left', async () => {
    const tasksOnly = await createApiWorkspace(testDb.db, ['tasks.read']);
    expect((await list(tasksOnly.secret)).status).toBe(403);
    const { secret } = await createApiWorkspace(testDb.db);
    const response = await list(secret);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('ratelimit-limit'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('ratelimit-remaining'))).toBe(Number(response.headers.get('ratelimit-limit')) - 1);
  });
});

describe('Idempotency-Key on POST /api/v1/leads', () => {
  const countLeads = async (orgId: string) => (await testDb.db.select({ n: count() }).from(leads).where(eq(leads.orgId, orgId)))[0]!.n;

  it('replays the first answer for a retry and creates once', async () => {
    const { secret, org } = await createApiWorkspace(testDb.db);
    // No email: without the key, each request would create a new lead.
    const first = await create(secret, { name: 'Once' }, { 'idempotency-key': 'retry-1' });
    const retry = await create(secret, { name: 'Once' }, { 'idempotency-key': 'retry-1' });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await retry.json()).toEqual(await first.json());
    expect(await countLeads(org.id)).toBe(1);
  });

  it('refuses the same key with a different body (422)', async () => {
    const { secret, org } = await createApiWorkspace(testDb.db);
    await create(secret, { name: 'First' }, { 'idempotency-key': 'k' });
    const response = await create(secret, { name: 'Second' }, { 'idempotency-key': 'k' });
    expect(response.status).toBe(422);
    expect((await response.json()).code).toBe('unprocessable');
    expect(await countLeads(org.id)).toBe(1);
  });

  it('lets concurrent requests with one key create once (the other gets 409 or the replay)', async () => {
    const { secret, org } = await createApiWorkspace(testDb.db);
    const responses = await Promise.all([1, 2, 3].map(() => create(secret, { name: 'Racer' }, { 'idempotency-key': 'race' })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(await countLeads(org.id)).toBe(1);
  });

  it('scopes keys to the API key and forgets them after 24 hours', async () => {
    const { secret, org, ctx } = await createApiWorkspace(testDb.db);
    const { secret: otherSecret } = await createApiKey(ctx, { name: 'second key', scopes: ['leads.write'] });
    await create(secret, { name: 'A' }, { 'idempotency-key': 'shared' });
    expect((await create(otherSecret, { name: 'A' }, { 'idempotency-key': 'shared' })).headers.get('idempotent-replayed')).toBeNull();
    expect(await countLeads(org.id)).toBe(2);

    await testDb.db.update(idempotencyKeys).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(idempotencyKeys.orgId, org.id));
    const later = await create(secret, { name: 'A' }, { 'idempotency-key': 'shared' });
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await countLeads(org.id)).toBe(3);
  });

  it('refuses a key longer than 255 characters (400)', async () => {
    const { secret } = await createApiWorkspace(testDb.db);
    expect((await create(secret, { name: 'Long' }, { 'idempotency-key': 'k'.repeat(256) })).status).toBe(400);
  });
});
