import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { activities, tasks } from '@/db/schema';
import { apiTaskSchema } from '@/lib/api/schemas';
import { createLead } from '@/lib/leads/create-lead';
import { createTask } from '@/lib/tasks/tasks';
import { setupTestDatabase } from '@/tests/db';
import { callApi, createApiWorkspace } from '@/tests/helpers/api-v1';
import { GET, PATCH } from './route';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

async function setup(scopes?: Parameters<typeof createApiWorkspace>[1]) {
  const workspace = await createApiWorkspace(testDb.db, scopes);
  const { lead } = await createLead(testDb.db, { orgId: workspace.org.id, input: { name: 'Ada' } });
  const task = await createTask(workspace.ctx, { title: 'Follow up', leadId: lead.id });
  return { ...workspace, lead, task };
}

const at = (taskId: string) => ({ path: `/api/v1/tasks/${taskId}`, params: { taskId } });

describe('GET /api/v1/tasks/{taskId}', () => {
  it('answers the task', async () => {
    const { secret, task } = await setup();
    const response = await callApi(GET, { ...at(task.id), secret });
    expect(response.status).toBe(200);
    expect(apiTaskSchema.parse(await response.json())).toMatchObject({ id: task.id, title: 'Follow up', status: 'pending' });
  });

  it('answers 404 for a malformed, unknown or foreign task id', async () => {
    const { secret } = await setup();
    const other = await setup();
    for (const taskId of ['x', randomUUID(), other.task.id]) expect((await callApi(GET, { ...at(taskId), secret })).status).toBe(404);
  });
});

describe('PATCH /api/v1/tasks/{taskId}', () => {
  it('completes a task (completedAt, timeline entry) and reopens it', async () => {
    const { secret, task, lead, org } = await setup();
    const done = await callApi(PATCH, { ...at(task.id), method: 'PATCH', secret, body: { status: 'completed', notes: 'Called, all good' } });
    expect(done.status).toBe(200);
    const completed = apiTaskSchema.parse(await done.json());
    expect(completed).toMatchObject({ status: 'completed', notes: 'Called, all good', completedAt: expect.any(String) });
    const timeline = await testDb.db.select().from(activities).where(and(eq(activities.orgId, org.id), eq(activities.leadId, lead.id)));
    expect(timeline.map((entry) => entry.type).sort()).toEqual(['task_completed', 'task_created']);

    const reopened = apiTaskSchema.parse(await (await callApi(PATCH, { ...at(task.id), method: 'PATCH', secret, body: { status: 'pending', dueAt: null } })).json());
    expect(reopened).toMatchObject({ status: 'pending', completedAt: null, dueAt: null });
  });

  it('answers 422 to invalid fields and 400 to malformed JSON', async () => {
    const { secret, task } = await setup();
    const invalid = await callApi(PATCH, { ...at(task.id), method: 'PATCH', secret, body: { title: '', status: 'done' } });
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual(['status', 'title']);
    expect((await callApi(PATCH, { ...at(task.id), method: 'PATCH', secret, body: 'not json' })).status).toBe(400);
  });

  it('answers 404 for another workspace’s task and leaves it unchanged', async () => {
    const { secret } = await setup();
    const other = await setup();
    expect((await callApi(PATCH, { ...at(other.task.id), method: 'PATCH', secret, body: { status: 'cancelled' } })).status).toBe(404);
    const [stored] = await testDb.db.select().from(tasks).where(eq(tasks.id, other.task.id));
    expect(stored!.status).toBe('pending');
  });

  it('needs the tasks.write scope', async () => {
    const { secret, task } = await setup(['tasks.read']);
    expect((await callApi(PATCH, { ...at(task.id), method: 'PATCH', secret, body: { title: 'x' } })).status).toBe(403);
  });
});
