import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { activities, aiUsage, auditLogs, emailMessages, leadReplyDrafts, leads } from '@/db/schema';
import { usageMonth } from '@/lib/ai/usage';
import { createLead } from '@/lib/leads/create-lead';
import { EmailRefusedError, type EmailProvider, type OutgoingEmail } from '@/lib/providers/email';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace, type CrmWorkspace } from '@/tests/helpers/crm-workspace';
import { listLeadReplyDrafts } from './queries';
import { regenerateReplyDraft } from './regenerate-reply-draft';
import { sendReplyDraft } from './send-reply-draft';
import { discardReplyDraft, resolveReplyDraft, saveReplyDraft } from './update-reply-draft';

const testDb = setupTestDatabase();
let a: CrmWorkspace;
let b: CrmWorkspace;
let lead: { id: string; email: string | null };

const EDITED = { subject: 'Your enquiry about three clinics', body: 'Hi Maria,\n\nThanks for writing.\n\nBest,\nSam' };

async function insertDraft(values: Partial<typeof leadReplyDrafts.$inferInsert> = {}) {
  const [row] = await testDb.db
    .insert(leadReplyDrafts)
    .values({ orgId: a.org.id, leadId: lead.id, subject: 'Thanks for getting in touch, Maria', body: 'Hi Maria,\n\nDraft.', provider: 'offline', ...values })
    .returning();
  return row!;
}

const draftRow = async (id: string) => (await testDb.db.select().from(leadReplyDrafts).where(eq(leadReplyDrafts.id, id)))[0]!;
const emailsTo = (to: string) => testDb.db.select().from(emailMessages).where(eq(emailMessages.toAddress, to));
const emailSent = (leadId: string) => testDb.db.select().from(activities).where(and(eq(activities.leadId, leadId), eq(activities.type, 'email_sent')));
const auditActions = async (draftId: string) => (await testDb.db.select().from(auditLogs).where(eq(auditLogs.targetId, draftId))).map((row) => row.action).sort();

const refusing: EmailProvider = { name: 'resend', deliver: async () => Promise.reject(new EmailRefusedError('Resend refused the message (422): The to address is invalid', 422)) };
const unreachable: EmailProvider = { name: 'resend', deliver: async () => Promise.reject(new Error('Resend did not confirm the message: Unable to fetch data.')) };
// Only the error's class says "refused": a plain error that merely reads like a refusal may hide a sent message.
const refusalLookalike: EmailProvider = { name: 'resend', deliver: async () => Promise.reject(new Error('Resend refused the message: The to address is invalid')) };
const hanging: EmailProvider = { name: 'resend', deliver: () => new Promise(() => {}) };

beforeEach(async () => {
  await truncateAll(testDb.db);
  a = await createCrmWorkspace(testDb.db, 'Bright Smiles');
  b = await createCrmWorkspace(testDb.db, 'Other Co');
  ({ lead } = await createLead(testDb.db, { orgId: a.org.id, input: { name: 'Maria Lopez', email: 'maria@clinic.test' } }));
});

describe('sendReplyDraft (approve and send)', () => {
  it('sends the approved text exactly once, records it on the timeline and in the audit log', async () => {
    const draft = await insertDraft();
    const result = await sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED });
    expect(result).toMatchObject({ id: draft.id, leadId: lead.id, status: 'sent' });

    const emails = await emailsTo('maria@clinic.test');
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ subject: EDITED.subject, tag: 'lead.reply', provider: 'outbox', status: 'stored' });
    expect(emails[0]!.text).toContain('Thanks for writing.');
    expect(emails[0]!.text).toContain(`Reply-To: ${a.owner.email}`);
    expect(await draftRow(draft.id)).toMatchObject({ status: 'sent', ...EDITED, emailMessageId: emails[0]!.id, sentById: a.owner.id });
    expect(await emailSent(lead.id)).toMatchObject([{ actorUserId: a.owner.id, data: { replyDraftId: draft.id, subject: EDITED.subject } }]);
    expect(await auditActions(draft.id)).toEqual(['lead_reply.sent']);

    const again = await expectAppError(sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }), 'conflict');
    expect(again.message).toBe('This reply was already sent.');
    expect(await emailsTo('maria@clinic.test')).toHaveLength(1);
  });

  it('sends a personal email: the approved text signed by the sender, replies going to them, no Beacon layout', async () => {
    const sent: OutgoingEmail[] = [];
    const capturing: EmailProvider = { name: 'outbox', deliver: async (message) => (sent.push(message), {}) };
    const draft = await insertDraft();
    expect((await sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }, { emailProvider: capturing })).status).toBe('sent');

    expect(sent).toHaveLength(1);
    const [message] = sent;
    expect(message).toMatchObject({ to: 'maria@clinic.test', subject: EDITED.subject, replyTo: a.owner.email, from: expect.stringMatching(/^"Bright Smiles owner \(Bright Smiles\)" </) });
    expect(message!.text).toBe('Hi Maria,\n\nThanks for writing.\n\nBest,\nSam\n\nBright Smiles owner');
    expect(message!.html).toContain('Best,<br/>Sam');
    for (const layout of ['Beacon', 'mailto:', '<h1', '<a ']) expect(message!.html).not.toContain(layout);
    // The stored copy keeps the reply-to the table has no column for.
    expect((await emailsTo('maria@clinic.test'))[0]!.text).toBe(`Reply-To: ${a.owner.email}\n\n${message!.text}`);
  });

  it('lets only one of two simultaneous approvals send', async () => {
    const draft = await insertDraft();
    const results = await Promise.allSettled([sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }), sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(await emailsTo('maria@clinic.test')).toHaveLength(1);
  });

  it('puts a refused message back to draft with the reason, and sends nothing', async () => {
    const draft = await insertDraft();
    const result = await sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }, { emailProvider: refusing });
    expect(result).toMatchObject({ status: 'draft', error: expect.stringContaining('The to address is invalid') });
    expect(await draftRow(draft.id)).toMatchObject({ status: 'draft', ...EDITED, sentAt: null });
    expect(await emailSent(lead.id)).toHaveLength(0);
    expect(await auditActions(draft.id)).toEqual(['lead_reply.send_failed']);
    // Back to draft means it can be approved again.
    expect((await sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED })).status).toBe('sent');
  });

  it('leaves an unclear failure or a timeout unknown: no second send until a person settles it', async () => {
    for (const [kind, provider] of Object.entries({ unreachable, refusalLookalike, hanging })) {
      const draft = await insertDraft({ kind: `assistant:${kind}` });
      const result = await sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }, { emailProvider: provider, timeoutMs: 20 });
      expect(result).toMatchObject({ status: 'unknown', error: expect.stringMatching(/delivery status on the lead's page/) });
      expect(result).not.toMatchObject({ error: expect.stringMatching(/outbox/i) });
      expect((await draftRow(draft.id)).status).toBe('unknown');
      const again = await expectAppError(sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }), 'conflict');
      expect(again.message).toMatch(/couldn't confirm/);
    }
  });

  it('shows an unconfirmed reply with the status of the email Beacon stored for it (the outbox is staff-only)', async () => {
    const draft = await insertDraft();
    await sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }, { emailProvider: unreachable });
    const [email] = await emailsTo('maria@clinic.test');
    expect(await draftRow(draft.id)).toMatchObject({ status: 'unknown', emailMessageId: email!.id });
    const [listed] = await listLeadReplyDrafts(testDb.db, { orgId: a.org.id, leadId: lead.id });
    expect(listed).toMatchObject({ status: 'unknown', email: { status: 'failed', provider: 'resend', providerMessageId: null, createdAt: email!.createdAt } });

    // Back to draft unlinks the failed email; the next send links its own.
    await resolveReplyDraft(a.ctx, { draftId: draft.id, outcome: 'not_sent' });
    expect(await draftRow(draft.id)).toMatchObject({ status: 'draft', emailMessageId: null });
    expect((await listLeadReplyDrafts(testDb.db, { orgId: a.org.id, leadId: lead.id }))[0]!.email).toBeNull();
    await sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }, { emailProvider: hanging, timeoutMs: 20 });
    const second = (await emailsTo('maria@clinic.test')).find((row) => row.id !== email!.id)!;
    expect(await draftRow(draft.id)).toMatchObject({ status: 'unknown', emailMessageId: second.id });
  });

  it('refuses a lead without an email', async () => {
    await testDb.db.update(leads).set({ email: null }).where(eq(leads.id, lead.id));
    const draft = await insertDraft();
    await expectAppError(sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }), 'bad_request');
    expect((await draftRow(draft.id)).status).toBe('draft');
  });
});

describe('resolveReplyDraft', () => {
  it('records an unconfirmed reply as sent, or puts it back to draft', async () => {
    const sent = await insertDraft({ status: 'unknown' });
    expect(await resolveReplyDraft(a.ctx, { draftId: sent.id, outcome: 'sent' })).toMatchObject({ status: 'sent' });
    expect(await draftRow(sent.id)).toMatchObject({ status: 'sent', sentById: a.owner.id });
    expect(await emailSent(lead.id)).toHaveLength(1);

    const notSent = await insertDraft({ kind: 'assistant:follow-up', status: 'unknown' });
    expect(await resolveReplyDraft(a.ctx, { draftId: notSent.id, outcome: 'not_sent' })).toMatchObject({ status: 'draft' });
    expect(await auditActions(notSent.id)).toEqual(['lead_reply.resolved']);
    await expectAppError(resolveReplyDraft(a.ctx, { draftId: notSent.id, outcome: 'sent' }), 'conflict');
  });

  it('settles a send stuck in sending only once it is stale', async () => {
    const fresh = await insertDraft({ status: 'sending' });
    await expectAppError(resolveReplyDraft(a.ctx, { draftId: fresh.id, outcome: 'not_sent' }), 'conflict');
    await testDb.db.update(leadReplyDrafts).set({ updatedAt: new Date(Date.now() - 10 * 60_000) }).where(eq(leadReplyDrafts.id, fresh.id));
    expect(await resolveReplyDraft(a.ctx, { draftId: fresh.id, outcome: 'not_sent' })).toMatchObject({ status: 'draft' });
  });
});

describe('saveReplyDraft and discardReplyDraft', () => {
  it('keeps edits to a draft, discards it, and changes nothing after that', async () => {
    const draft = await insertDraft();
    await saveReplyDraft(a.ctx, { draftId: draft.id, ...EDITED });
    expect(await draftRow(draft.id)).toMatchObject({ ...EDITED, status: 'draft' });
    expect(await discardReplyDraft(a.ctx, { draftId: draft.id })).toMatchObject({ status: 'discarded' });
    expect((await expectAppError(discardReplyDraft(a.ctx, { draftId: draft.id }), 'conflict')).message).toBe('This draft was discarded.');
    await expectAppError(saveReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }), 'conflict');
    await expectAppError(sendReplyDraft(a.ctx, { draftId: draft.id, ...EDITED }), 'conflict');
    expect(await emailsTo('maria@clinic.test')).toHaveLength(0);
    expect(await auditActions(draft.id)).toEqual(['lead_reply.discarded', 'lead_reply.edited']);
  });
});

describe('regenerateReplyDraft', () => {
  it('replaces an unsent or discarded first response with a new wording', async () => {
    const created = await regenerateReplyDraft(a.ctx, { leadId: lead.id });
    expect(created).toMatchObject({ status: 'draft', provider: 'offline' });
    const first = await draftRow(created.id);
    expect(first.body).toMatch(/Best regards,\nBright Smiles owner\nBright Smiles$/);

    const again = await regenerateReplyDraft(a.ctx, { leadId: lead.id });
    expect(again.id).toBe(created.id);
    const second = await draftRow(created.id);
    expect(second.body).not.toBe(first.body);

    await discardReplyDraft(a.ctx, { draftId: created.id });
    await regenerateReplyDraft(a.ctx, { leadId: lead.id });
    expect((await draftRow(created.id)).status).toBe('draft');
    expect(await auditActions(created.id)).toEqual(['lead_reply.discarded', 'lead_reply.drafted', 'lead_reply.regenerated', 'lead_reply.regenerated']);
  });

  it('refuses to replace a sent reply', async () => {
    const draft = await insertDraft({ status: 'sent' });
    await expectAppError(regenerateReplyDraft(a.ctx, { leadId: lead.id }), 'conflict');
    expect((await draftRow(draft.id)).body).toBe('Hi Maria,\n\nDraft.');
  });

  it("answers 402 with the plans page over the month's drafts or AI tokens", async () => {
    for (const n of [1, 2, 3]) {
      const { lead: other } = await createLead(testDb.db, { orgId: a.org.id, input: { name: `Lead ${n}`, email: `lead-${n}@example.test` } });
      await testDb.db.insert(leadReplyDrafts).values({ orgId: a.org.id, leadId: other.id, subject: 's', body: 'b', provider: 'offline' });
    }
    const drafts = await expectAppError(regenerateReplyDraft(a.ctx, { leadId: lead.id }), 'limit_exceeded');
    expect(drafts.details).toMatchObject({ upgradeUrl: '/pricing' });

    // Replacing an existing draft takes no new allowance, but still needs tokens.
    const draft = await insertDraft();
    await regenerateReplyDraft(a.ctx, { leadId: lead.id });
    await testDb.db.insert(aiUsage).values({ orgId: a.org.id, month: usageMonth(new Date()), feature: 'content', inputTokens: 100_000, outputTokens: 0, requests: 1 });
    const tokens = await expectAppError(regenerateReplyDraft(a.ctx, { leadId: lead.id }), 'limit_exceeded');
    expect(tokens.details).toMatchObject({ upgradeUrl: '/pricing' });
    expect((await draftRow(draft.id)).status).toBe('draft');
  });
});

describe('another workspace', () => {
  it("cannot see, send, edit, discard, settle or regenerate A's drafts", async () => {
    const draft = await insertDraft();
    expect(await listLeadReplyDrafts(testDb.db, { orgId: b.org.id, leadId: lead.id })).toEqual([]);
    expect(await listLeadReplyDrafts(testDb.db, { orgId: a.org.id, leadId: lead.id })).toHaveLength(1);
    await expectAppError(sendReplyDraft(b.ctx, { draftId: draft.id, ...EDITED }), 'not_found');
    await expectAppError(saveReplyDraft(b.ctx, { draftId: draft.id, ...EDITED }), 'not_found');
    await expectAppError(discardReplyDraft(b.ctx, { draftId: draft.id }), 'not_found');
    await expectAppError(resolveReplyDraft(b.ctx, { draftId: draft.id, outcome: 'sent' }), 'not_found');
    await expectAppError(regenerateReplyDraft(b.ctx, { leadId: lead.id }), 'not_found');
    expect(await draftRow(draft.id)).toMatchObject({ status: 'draft', subject: 'Thanks for getting in touch, Maria' });
    expect(await emailsTo('maria@clinic.test')).toHaveLength(0);
  });
});
