import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { emailMessages, leadReplyDrafts, leads } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { approveReplyDraftAction } from './approve-reply-draft';
import { discardReplyDraftAction } from './discard-reply-draft';
import { regenerateReplyDraftAction } from './regenerate-reply-draft';
import { resolveReplyDraftAction } from './resolve-reply-draft';
import { saveReplyDraftAction } from './save-reply-draft';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const CONTENT = { subject: 'Following up on your message', body: 'Hi,\n\nThanks for writing.\n\nBest,\nMember A' };

async function draftForLeadA(values: Partial<typeof leadReplyDrafts.$inferInsert> = {}) {
  const [row] = await testDb.db.insert(leadReplyDrafts).values({ orgId: w.a.org.id, leadId: w.a.lead.id, subject: 'Draft', body: 'Draft body', provider: 'offline', ...values }).returning();
  return row!;
}
const statusOf = async (id: string) => (await testDb.db.select().from(leadReplyDrafts).where(eq(leadReplyDrafts.id, id)))[0]?.status;

describe('reply draft actions', () => {
  it('let a member edit, approve and send a draft to the lead', async () => {
    const draft = await draftForLeadA();
    expect((await saveReplyDraftAction({ orgSlug: w.a.org.slug, draftId: draft.id, ...CONTENT })).data).toMatchObject({ status: 'draft' });
    const sent = await approveReplyDraftAction({ orgSlug: w.a.org.slug, draftId: draft.id, ...CONTENT });
    expect(sent.data).toMatchObject({ status: 'sent', leadId: w.a.lead.id });
    const emails = await testDb.db.select().from(emailMessages).where(eq(emailMessages.toAddress, 'lead-a@example.test'));
    expect(emails.map((email) => email.subject)).toEqual([CONTENT.subject]);
    expect((await approveReplyDraftAction({ orgSlug: w.a.org.slug, draftId: draft.id, ...CONTENT })).serverError).toBe('This reply was already sent.');
  });

  it('reject an empty subject or body with field errors', async () => {
    const draft = await draftForLeadA();
    const result = await approveReplyDraftAction({ orgSlug: w.a.org.slug, draftId: draft.id, subject: ' ', body: '' });
    expect(result.validationErrors?.fieldErrors).toMatchObject({ subject: ['Write a subject.'], body: ['Write the message.'] });
    expect(await statusOf(draft.id)).toBe('draft');
  });

  it('discard a draft and settle an unconfirmed one', async () => {
    const draft = await draftForLeadA();
    expect((await discardReplyDraftAction({ orgSlug: w.a.org.slug, draftId: draft.id })).data).toMatchObject({ status: 'discarded' });
    const unknown = await draftForLeadA({ kind: 'assistant:check-in', status: 'unknown' });
    expect((await resolveReplyDraftAction({ orgSlug: w.a.org.slug, draftId: unknown.id, outcome: 'not_sent' })).data).toMatchObject({ status: 'draft' });
  });

  it('draft a first response on demand, and answer the monthly limit with the plans page', async () => {
    const first = await regenerateReplyDraftAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id });
    expect(first.data).toMatchObject({ draft: { status: 'draft', provider: 'offline' }, limitExceeded: null });

    // Free plan: 3 drafts a month. The first response above is one; two more use the rest.
    await testDb.db.insert(leadReplyDrafts).values([1, 2].map((n) => ({ orgId: w.a.org.id, leadId: w.a.lead.id, kind: `assistant:${n}`, subject: 's', body: 'b', provider: 'offline' as const })));
    const over = await regenerateReplyDraftAction({ orgSlug: w.a.org.slug, leadId: w.a.secondLead.id });
    expect(over.serverError).toBeUndefined();
    expect(over.data).toMatchObject({ draft: null, limitExceeded: { upgradeUrl: '/pricing', message: expect.stringContaining('AI-drafted emails') } });
  });

  it('explain why a lead without an email gets no draft', async () => {
    await testDb.db.update(leads).set({ email: null }).where(eq(leads.id, w.a.lead.id));
    expect((await regenerateReplyDraftAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id })).serverError).toMatch(/no email address/);
  });

  it("answer 'not found' for another workspace's drafts and leads", async () => {
    const draft = await draftForLeadA();
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const orgSlug = w.b.org.slug;
    expect((await approveReplyDraftAction({ orgSlug, draftId: draft.id, ...CONTENT })).serverError).toBe('Reply draft not found.');
    expect((await discardReplyDraftAction({ orgSlug, draftId: draft.id })).serverError).toBe('Reply draft not found.');
    expect((await regenerateReplyDraftAction({ orgSlug, leadId: w.a.lead.id })).serverError).toBe('Lead not found.');
    expect(await statusOf(draft.id)).toBe('draft');
  });
});
