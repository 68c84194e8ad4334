import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { activities, leads } from '@/db/schema';
import { apiLeadDetailSchema, apiLeadSchema } from '@/lib/api/schemas';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase } from '@/tests/db';
import { callApi, createApiWorkspace } from '@/tests/helpers/api-v1';
import { DELETE, GET, PATCH } from './route';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

async function setup(scopes?: Parameters<typeof createApiWorkspace>[1]) {
  const workspace = await createApiWorkspace(testDb.db, scopes);
  const { lead } = await createLead(testDb.db, { orgId: workspace.org.id, input: { name: 'Ada', email: 'ada@example.test', company: 'Engines', stageId: workspace.stages[0]!.id } });
  return { ...workspace, lead };
}

const at = (leadId: string) => ({ path: `/api/v1/leads/${leadId}`, params: { leadId } });

describe('GET /api/v1/leads/{leadId}', () => {
  it('answers the lead with its stage name and ISO dates', async () => {
    const { secret, lead, stages } = await setup();
    const response = await callApi(GET, { ...at(lead.id), secret });
    expect(response.status).toBe(200);
    const body = apiLeadDetailSchema.parse(await response.json());
    expect(body).toMatchObject({ id: lead.id, name: 'Ada', stageName: stages[0]!.name, createdAt: lead.createdAt.toISOString() });
    expect(body).not.toHaveProperty('orgId');
  });

  it('answers 404 for a malformed id, an unknown id and another workspace’s lead', async () => {
    const { secret } = await setup();
    const other = await setup();
    for (const leadId of ['not-a-uuid', randomUUID(), other.lead.id]) {
      const response = await callApi(GET, { ...at(leadId), secret });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});

describe('PATCH /api/v1/leads/{leadId}', () => {
  it('updates the fields sent, clears nulls and records a stage change on the timeline', async () => {
    const { secret, lead, stages, org } = await setup();
    const response = await callApi(PATCH, { ...at(lead.id), method: 'PATCH', secret, body: { name: 'Ada L.', company: null, stageId: stages[1]!.id } });
    expect(response.status).toBe(200);
    const body = apiLeadSchema.parse(await response.json());
    expect(body).toMatchObject({ name: 'Ada L.', company: null, email: 'ada@example.test', stageId: stages[1]!.id });
    const timeline = await testDb.db.select().from(activities).where(and(eq(activities.orgId, org.id), eq(activities.leadId, lead.id)));
    expect(timeline.map((entry) => entry.type)).toContain('stage_changed');
  });

  it('answers 422 for invalid fields, 409 for an email another lead has, 400 for malformed JSON', async () => {
    const { secret, lead, org } = await setup();
    await createLead(testDb.db, { orgId: org.id, input: { name: 'Grace', email: 'grace@example.test' } });
    const invalid = await callApi(PATCH, { ...at(lead.id), method: 'PATCH', secret, body: { name: '', priority: 'urgent' } });
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'priority']);
    const taken = await callApi(PATCH, { ...at(lead.id), method: 'PATCH', secret, body: { email: 'grace@example.test' } });
    expect(taken.status).toBe(409);
    expect((await taken.json()).errors).toEqual([{ path: 'email', message: expect.any(String) }]);
    expect((await callApi(PATCH, { ...at(lead.id), method: 'PATCH', secret, body: '{nope' })).status).toBe(400);
  });

  it('answers 404 for another workspace’s lead and leaves it unchanged', async () => {
    const { secret } = await setup();
    const other = await setup();
    const response = await callApi(PATCH, { ...at(other.lead.id), method: 'PATCH', secret, body: { name: 'Hijacked' } });
    expect(response.status).toBe(404);
    const [stored] = await testDb.db.select().from(leads).where(eq(leads.id, other.lead.id));
    expect(stored!.name).toBe('Ada');
  });

  it('needs the leads.write scope', async () => {
    const { secret, lead } = await setup(['leads.read']);
    expect((await callApi(PATCH, { ...at(lead.id), method: 'PATCH', secret, body: { name: 'x' } })).status).toBe(403);
  });
});

describe('DELETE /api/v1/leads/{leadId}', () => {
  it('deletes the lead (204), after which it is 404', async () => {
    const { secret, lead } = await setup();
    const response = await callApi(DELETE, { ...at(lead.id), method: 'DELETE', secret });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await callApi(GET, { ...at(lead.id), secret })).status).toBe(404);
    expect((await callApi(DELETE, { ...at(lead.id), method: 'DELETE', secret })).status).toBe(404);
  });

  it('answers 404 for another workspace’s lead, which survives', async () => {
    const { secret } = await setup();
    const other = await setup();
    expect((await callApi(DELETE, { ...at(other.lead.id), method: 'DELETE', secret })).status).toBe(404);
    expect(await testDb.db.select().from(leads).where(eq(leads.id, other.lead.id))).toHaveLength(1);
  });
});
