import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/v1/leads/route';
import { leads } from '@/db/schema';
import { createLeadAction } from '@/lib/actions/leads/create-lead';
import { emit } from '@/lib/jobs/events';
import { getSessionUser } from '@/lib/server/session';
import { callApi, createApiWorkspace } from '@/tests/helpers/api-v1';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// The job driver is not what is under test here: which events the adapters emit is.
vi.mock('@/lib/jobs/events', () => ({ emit: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const emitted = vi.mocked(emit);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

beforeEach(() => {
  emitted.mockReset();
  emitted.mockResolvedValue(undefined);
});

describe('create-lead action', () => {
  it('emits lead/created, naming the member who created it, for a new lead only, not for an email that updated a lead', async () => {
    const created = await createLeadAction({ orgSlug: w.a.org.slug, name: 'Ada', email: 'ada@example.test', source: 'Referral' });
    expect(emitted).toHaveBeenCalledTimes(1);
    expect(emitted).toHaveBeenCalledWith(expect.anything(), 'lead/created', { orgId: w.a.org.id, leadId: created.data!.lead.id, source: 'Referral', createdById: w.a.member.id });

    emitted.mockClear();
    const updated = await createLeadAction({ orgSlug: w.a.org.slug, name: 'Lead A again', email: 'lead-a@example.test' });
    expect(updated.data?.created).toBe(false);
    expect(emitted).not.toHaveBeenCalled();
  });

  it('still answers with the created lead when the event cannot be queued', async () => {
    emitted.mockRejectedValue(new Error('queue down'));
    const result = await createLeadAction({ orgSlug: w.a.org.slug, name: 'Grace' });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.created).toBe(true);
    const [row] = await testDb.db.select({ name: leads.name }).from(leads).where(eq(leads.id, result.data!.lead.id));
    expect(row?.name).toBe('Grace');
  });
});

describe('POST /api/v1/leads', () => {
  const post = (secret: string, body: unknown, headers?: Record<string, string>) => callApi(POST, { path: '/api/v1/leads', method: 'POST', secret, body, headers });

  it('emits lead/created (created by no member: an API key) on 201 only; a dedupe (200) and an idempotent replay emit nothing', async () => {
    const { org, secret } = await createApiWorkspace(testDb.db);
    const first = await post(secret, { name: 'Api Lead', email: 'api@example.test' }, { 'idempotency-key': 'k-1' });
    expect(first.status).toBe(201);
    const { lead } = await first.json();
    expect(emitted).toHaveBeenCalledTimes(1);
    expect(emitted).toHaveBeenCalledWith(expect.anything(), 'lead/created', { orgId: org.id, leadId: lead.id, source: null, createdById: null });

    const replay = await post(secret, { name: 'Api Lead', email: 'api@example.test' }, { 'idempotency-key': 'k-1' });
    expect(replay.status).toBe(201);
    const deduped = await post(secret, { name: 'Api Lead 2', email: 'api@example.test' });
    expect(deduped.status).toBe(200);
    expect(emitted).toHaveBeenCalledTimes(1);
  });
});
