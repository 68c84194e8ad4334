import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { activities, tasks } from '@/db/schema';
import { apiTaskPageSchema, apiTaskSchema } from '@/lib/api/schemas';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase } from '@/tests/db';
import { callApi, createApiWorkspace } from '@/tests/helpers/api-v1';
import { GET, POST } from './route';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

const create = (secret: string, body: unknown, headers?: Record<string, string>) =>
  callApi(POST, { path: '/api/v1/tasks', method: 'POST', secret, body, headers });
const list = (secret: string, query = '') => callApi(GET, { path: `/api/v1/tasks?${query}`, secret });

describe('POST /api/v1/tasks', () => {
  it('creates a task linked to a lead (201) and puts it on the lead’s timeline', async () => {
    const { secret, org, owner } = await createApiWorkspace(testDb.db);
    const { lead } = await createLead(testDb.db, { orgId: org.id, input: { name: 'Ada' } });
    const dueAt = '2030-01-02T09:00:00.000Z';
    const response = await create(secret, { title: 'Call Ada', dueAt, leadId: lead.id, assigneeId: owner.id });
    expect(response.status).toBe(201);
    const task = apiTaskSchema.parse(await response.json());
    expect(task).toMatchObject({ title: 'Call Ada', dueAt, leadId: lead.id, assigneeId: owner.id, status: 'pending', source: 'user', completedAt: null });
    const timeline = await testDb.db.select().from(activities).where(and(eq(activities.orgId, org.id), eq(activities.leadId, lead.id)));
    expect(timeline.map((entry) => entry.type)).toEqual(['task_created']);
  });

  it('refuses a lead or assignee of another workspace as field errors (400)', async () => {
    const { secret } = await createApiWorkspace(testDb.db);
    const other = await createApiWorkspace(testDb.db);
    const { lead } = await createLead(testDb.db, { orgId: other.org.id, input: { name: 'Theirs' } });
    const withLead = await create(secret, { title: 'x', leadId: lead.id });
    expect(withLead.status).toBe(400);
    expect((await withLead.json()).errors).toEqual([{ path: 'leadId', message: expect.any(String) }]);
    const withAssignee = await create(secret, { title: 'x', assigneeId: other.owner.id });
    expect((await withAssignee.json()).errors).toEqual([{ path: 'assigneeId', message: expect.any(String) }]);
  });

  it('answers 422 to invalid fields', async () => {
    const { secret } = await createApiWorkspace(testDb.db);
    const response = await create(secret, { title: ' ', status: 'someday', dueAt: 'soonish' });
    expect(response.status).toBe(422);
    expect((await response.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual(['dueAt', 'status', 'title']);
  });

  it('creates once for a retried Idempotency-Key', async () => {
    const { secret, org } = await createApiWorkspace(testDb.db);
    const first = await create(secret, { title: 'Once' }, { 'idempotency-key': 'task-1' });
    const retry = await create(secret, { title: 'Once' }, { 'idempotency-key': 'task-1' });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    expect((await testDb.db.select({ n: count() }).from(tasks).where(eq(tasks.orgId, org.id)))[0]!.n).toBe(1);
  });

  it('needs the tasks.write scope', async () => {
    const { secret } = await createApiWorkspace(testDb.db, ['tasks.read', 'leads.write']);
    expect((await create(secret, { title: 'x' })).status).toBe(403);
  });
});

describe('GET /api/v1/tasks', () => {
  it('filters by status and lead and pages by cursor', async () => {
    const { secret, org } = await createApiWorkspace(testDb.db);
    const { lead } = await createLead(testDb.db, { orgId: org.id, input: { name: 'Ada' } });
    await create(secret, { title: 'One', leadId: lead.id });
    await create(secret, { title: 'Two', status: 'completed' });
    await create(secret, { title: 'Three', status: 'in_progress' });

    const open = apiTaskPageSchema.parse(await (await list(secret, 'status=pending,in_progress')).json());
    expect(open.items.map((task) => task.title)).toEqual(['Three', 'One']);
    const ofLead = apiTaskPageSchema.parse(await (await list(secret, `leadId=${lead.id}`)).json());
    expect(ofLead.items.map((task) => task.title)).toEqual(['One']);

    const page = apiTaskPageSchema.parse(await (await list(secret, 'limit=2')).json());
    expect(page.items.map((task) => task.title)).toEqual(['Three', 'Two']);
    const next = apiTaskPageSchema.parse(await (await list(secret, `limit=2&cursor=${page.nextCursor}`)).json());
    expect(next.items.map((task) => task.title)).toEqual(['One']);
    expect(next.nextCursor).toBeNull();
  });

  it('answers 422 to an unknown status and 403 without tasks.read', async () => {
    const { secret } = await createApiWorkspace(testDb.db);
    expect((await list(secret, 'status=pending,nope')).status).toBe(422);
    const leadsOnly = await createApiWorkspace(testDb.db, ['leads.read']);
    expect((await list(leadsOnly.secret)).status).toBe(403);
  });
});
