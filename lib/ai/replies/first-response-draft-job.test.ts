import { MockLanguageModelV4 } from 'ai/test';
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aiUsage, businessProfiles, leadReplyDrafts, orgs } from '@/db/schema';
import { usageMonth } from '@/lib/ai/usage';
import { getWorkspaceModel } from '@/lib/ai/workspace-model';
import { AppError } from '@/lib/errors';
import { JOBS } from '@/lib/jobs/registry';
import { recordActivity } from '@/lib/leads/activities';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createCrmWorkspace, type CrmWorkspace } from '@/tests/helpers/crm-workspace';
import { runEventJob } from '@/tests/helpers/jobs';
import { FIRST_RESPONSE_DRAFT_JOB } from './first-response-draft-job';

// The real workspace model (the offline writer here) unless a test hands in a mock model.
vi.mock('@/lib/ai/workspace-model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/ai/workspace-model')>();
  return { ...actual, getWorkspaceModel: vi.fn(actual.getWorkspaceModel) };
});

const testDb = setupTestDatabase();
let ws: CrmWorkspace;

const MESSAGE = 'We are opening three new clinics this spring and need a steady flow of patient enquiries. Can you help?';

async function newLead(input: { name?: string; email?: string | null; message?: string | null } = {}) {
  const { name = 'Maria Lopez', email = `maria-${Math.random().toString(36).slice(2, 8)}@clinic.test`, message = MESSAGE } = input;
  const { lead } = await createLead(testDb.db, { orgId: ws.org.id, input: { name, email: email ?? undefined, company: 'Lopez Clinics' } });
  if (message) await recordActivity(testDb.db, { org: ws.org, actor: 'system', user: null }, { leadId: lead.id, type: 'form_submitted', body: message });
  return lead;
}

const draftsOf = (leadId: string) => testDb.db.select().from(leadReplyDrafts).where(eq(leadReplyDrafts.leadId, leadId));
const run = (leadId: string, orgId = ws.org.id) => runEventJob(testDb.db, FIRST_RESPONSE_DRAFT_JOB, { orgId, leadId, source: 'form:Contact', createdById: null });

function mockModel(text: string) {
  return new MockLanguageModelV4({
    doGenerate: async () => ({
      content: [{ type: 'text', text }],
      finishReason: { unified: 'stop', raw: undefined },
      usage: { inputTokens: { total: 120, noCache: 120, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 80, text: 80, reasoning: undefined } },
      warnings: [],
    }),
  });
}

beforeEach(async () => {
  await truncateAll(testDb.db);
  vi.mocked(getWorkspaceModel).mockClear();
  ws = await createCrmWorkspace(testDb.db, 'Bright Smiles');
  await testDb.db.insert(businessProfiles).values({ orgId: ws.org.id, description: 'We run patient acquisition campaigns for dental clinics', industry: 'Healthcare marketing', audience: 'clinic owners' });
});

describe('lead-first-response-draft job', () => {
  it('is registered on lead/created, retried three times, paced per workspace', () => {
    expect(JOBS).toContain(FIRST_RESPONSE_DRAFT_JOB);
    expect(FIRST_RESPONSE_DRAFT_JOB).toMatchObject({ id: 'lead-first-response-draft', event: 'lead/created', retries: 3, concurrency: { key: 'orgId' } });
  });

  it('drafts one offline first response that quotes the lead and signs with the owner, once however often the event replays', async () => {
    const lead = await newLead();
    const first = await run(lead.id);
    expect(first.result).toMatchObject({ provider: 'offline' });
    expect((await run(lead.id)).result).toEqual({ skipped: 'exists' });
    expect((await run(lead.id)).result).toEqual({ skipped: 'exists' });

    const drafts = await draftsOf(lead.id);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft).toMatchObject({ orgId: ws.org.id, kind: 'first_response', status: 'draft', provider: 'offline', subject: 'Thanks for getting in touch, Maria' });
    expect(draft!.body).toContain('"We are opening three new clinics this spring and need a steady flow of patient enquiries"');
    expect(draft!.body).toContain('We run patient acquisition campaigns for dental clinics');
    expect(draft!.body).toContain('20-minute call this week');
    expect(draft!.body).toMatch(/Best regards,\nBright Smiles owner\nBright Smiles$/);
  });

  it('skips a lead without an email and a lead of another workspace', async () => {
    const lead = await newLead({ email: null });
    expect((await run(lead.id)).result).toEqual({ skipped: 'no email' });
    expect(await draftsOf(lead.id)).toHaveLength(0);
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const withEmail = await newLead();
    expect((await run(withEmail.id, other.org.id)).result).toEqual({ skipped: 'lead not found' });
    expect(await draftsOf(withEmail.id)).toHaveLength(0);
    expect(getWorkspaceModel).not.toHaveBeenCalled();
  });

  it("stops at the plan's AI-drafted emails for the month (Free: 3) without calling the model; last month's drafts do not count", async () => {
    const leads = [await newLead(), await newLead(), await newLead(), await newLead()];
    for (const lead of leads.slice(0, 3)) expect((await run(lead.id)).result).toMatchObject({ provider: 'offline' });
    vi.mocked(getWorkspaceModel).mockClear();
    expect((await run(leads[3]!.id)).result).toEqual({ skipped: 'limit' });
    expect(getWorkspaceModel).not.toHaveBeenCalled();
    expect(await draftsOf(leads[3]!.id)).toHaveLength(0);

    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 15));
    await testDb.db.update(leadReplyDrafts).set({ createdAt: lastMonth }).where(eq(leadReplyDrafts.leadId, leads[0]!.id));
    expect((await run(leads[3]!.id)).result).toMatchObject({ provider: 'offline' });

    await testDb.db.update(orgs).set({ plan: 'pro' }).where(eq(orgs.id, ws.org.id));
    expect((await run((await newLead()).id)).result).toMatchObject({ provider: 'offline' });
  });

  it("skips when the month's AI tokens are used up (the model's 402)", async () => {
    await testDb.db.insert(aiUsage).values({ orgId: ws.org.id, month: usageMonth(new Date()), feature: 'chat', inputTokens: 60_000, outputTokens: 40_000, requests: 10 });
    const lead = await newLead();
    expect((await run(lead.id)).result).toEqual({ skipped: 'limit' });
    expect(await draftsOf(lead.id)).toHaveLength(0);
  });

  it('stores what a real model returned, from a prompt with the lead, their message and the business', async () => {
    const model = mockModel(JSON.stringify({ subject: '  Your clinics and a quick call  ', body: 'Hi Maria,\n\nThree clinics is exciting.\n\nBest,\nAlex' }));
    vi.mocked(getWorkspaceModel).mockResolvedValueOnce({ model, provider: 'openai', modelId: 'gpt-test' });
    const lead = await newLead();
    expect((await run(lead.id)).result).toMatchObject({ provider: 'openai' });
    expect(await draftsOf(lead.id)).toMatchObject([{ subject: 'Your clinics and a quick call', body: 'Hi Maria,\n\nThree clinics is exciting.\n\nBest,\nAlex', provider: 'openai', status: 'draft' }]);
    expect(getWorkspaceModel).toHaveBeenCalledWith(testDb.db, { org: expect.objectContaining({ id: ws.org.id, plan: 'free' }), task: 'reply' });

    const sent = JSON.stringify(model.doGenerateCalls[0]!.prompt);
    expect(sent).toContain('Maria Lopez');
    expect(sent).toContain('three new clinics this spring');
    expect(sent).toContain('We run patient acquisition campaigns for dental clinics');
    expect(model.doGenerateCalls[0]!.providerOptions).toMatchObject({ offline: { task: 'reply', context: { message: MESSAGE, ownerName: 'Bright Smiles owner' } } });
  });

  it('throws on a failed model call (the driver retries) and stores nothing', async () => {
    vi.mocked(getWorkspaceModel).mockRejectedValueOnce(new Error('socket hang up'));
    const lead = await newLead();
    await expect(run(lead.id)).rejects.toThrow('socket hang up');
    expect(await draftsOf(lead.id)).toHaveLength(0);
    vi.mocked(getWorkspaceModel).mockRejectedValueOnce(new AppError('limit_exceeded', 'Out of tokens'));
    expect((await run(lead.id)).result).toEqual({ skipped: 'limit' });
  });

  it('keeps the monthly limit when several drafts are created at once', async () => {
    const leads = await Promise.all([1, 2, 3, 4, 5].map(() => newLead()));
    const results = await Promise.all(leads.map((lead) => run(lead.id)));
    expect(results.filter(({ result }) => (result as { skipped?: string }).skipped === 'limit')).toHaveLength(2);
    const rows = await testDb.db.select().from(leadReplyDrafts).where(and(eq(leadReplyDrafts.orgId, ws.org.id)));
    expect(rows).toHaveLength(3);
  });
});
