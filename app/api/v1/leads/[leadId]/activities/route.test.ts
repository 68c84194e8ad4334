import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { activities } from '@/db/schema';
import { apiActivityPageSchema, apiActivitySchema } from '@/lib/api/schemas';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase } from '@/tests/db';
import { callApi, createApiWorkspace } from '@/tests/helpers/api-v1';
import { GET, POST } from './route';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

async function setup(scopes?: Parameters<typeof createApiWorkspace>[1]) {
  const workspace = await createApiWorkspace(testDb.db, scopes);
  const { lead } = await createLead(testDb.db, { orgId: workspace.org.id, input: { name: 'Ada' } });
  return { ...workspace, lead };
}

const at = (leadId: string, query = '') => ({ path: `/api/v1/leads/${leadId}/activities?${query}`, params: { leadId } });
const record = (secret: string, leadId: string, body: unknown, headers?: Record<string, string>) =>
  callApi(POST, { ...at(leadId), method: 'POST', secret, body, headers });

describe('POST /api/v1/leads/{leadId}/activities', () => {
  it('records an activity attributed to the API key (201)', async () => {
    const { secret, lead } = await setup();
    const occurredAt = '2025-03-01T10:00:00.000Z';
    const response = await record(secret, lead.id, { type: 'call', body: 'Discussed pricing', data: { outcome: 'connected', minutes: 12 }, occurredAt });
    expect(response.status).toBe(201);
    const activity = apiActivitySchema.parse(await response.json());
    expect(activity).toMatchObject({ leadId: lead.id, type: 'call', actorType: 'api_key', actorUserId: null, body: 'Discussed pricing', occurredAt, data: { outcome: 'connected', minutes: 12 } });
  });

  it('answers 422 to types only Beacon records, and to bad fields', async () => {
    const { secret, lead } = await setup();
    const response = await record(secret, lead.id, { type: 'stage_changed', occurredAt: 'yesterday-ish' });
    expect(response.status).toBe(422);
    expect((await response.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual(['occurredAt', 'type']);
  });

  it('answers 404 for a malformed, unknown or foreign lead id', async () => {
    const { secret } = await setup();
    const other = await setup();
    for (const leadId of ['123', randomUUID(), other.lead.id]) {
      expect((await record(secret, leadId, { type: 'note', body: 'x' })).status).toBe(404);
    }
    expect(await testDb.db.select().from(activities).where(eq(activities.leadId, other.lead.id))).toHaveLength(0);
  });

  it('records once for a retried Idempotency-Key', async () => {
    const { secret, lead, org } = await setup();
    const first = await record(secret, lead.id, { type: 'note', body: 'Once' }, { 'idempotency-key': 'note-1' });
    const retry = await record(secret, lead.id, { type: 'note', body: 'Once' }, { 'idempotency-key': 'note-1' });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    const notes = await testDb.db.select().from(activities).where(and(eq(activities.orgId, org.id), eq(activities.type, 'note')));
    expect(notes).toHaveLength(1);
  });

  it('needs the leads.write scope', async () => {
    const { secret, lead } = await setup(['leads.read']);
    expect((await record(secret, lead.id, { type: 'note', body: 'x' })).status).toBe(403);
  });
});

describe('GET /api/v1/leads/{leadId}/activities', () => {
  it('lists the timeline newest first, filtered by type and paged by cursor', async () => {
    const { secret, lead } = await setup();
    for (const [type, body] of [['note', 'first'], ['call', 'second'], ['note', 'third']] as const) await record(secret, lead.id, { type, body });
    const all = apiActivityPageSchema.parse(await (await callApi(GET, { ...at(lead.id), secret })).json());
    expect(all.items.map((a) => a.body)).toEqual(['third', 'second', 'first']);

    const notes = apiActivityPageSchema.parse(await (await callApi(GET, { ...at(lead.id, 'type=note&limit=1'), secret })).json());
    expect(notes.items).toHaveLength(1);
    const rest = apiActivityPageSchema.parse(await (await callApi(GET, { ...at(lead.id, `type=note&limit=1&cursor=${notes.nextCursor}`), secret })).json());
    expect(rest.items).toHaveLength(1);
    expect(rest.items[0]!.id).not.toBe(notes.items[0]!.id);
    expect(rest.nextCursor).toBeNull();
  });

  it('answers 404 for another workspace’s lead instead of an empty page, and 422 to bad queries', async () => {
    const { secret, lead } = await setup();
    const other = await setup();
    await record(other.secret, other.lead.id, { type: 'note', body: 'secret' });
    expect((await callApi(GET, { ...at(other.lead.id), secret })).status).toBe(404);
    expect((await callApi(GET, { ...at(lead.id, 'type=bogus'), secret })).status).toBe(422);
  });
});
