import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Db } from '@/db';
import { activities, analyticsEvents, customFieldDefinitions, emailMessages, formSubmissions, jobRuns, leadForms, leads, type LeadForm } from '@/db/schema';
import type { EmailProvider } from '@/lib/providers/email';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { createLead } from '../create-lead';
import { captureLead, type CaptureLeadInput } from './capture-lead';
import { receiveSubmission } from './receive-submission';

const testDb = setupTestDatabase();

type Setup = { db: Db; org: { id: string; slug: string }; form: LeadForm; customFields: (typeof customFieldDefinitions.$inferSelect)[] };
let s: Setup;

beforeEach(async () => {
  await truncateAll(testDb.db);
  const owner = await createTestUser(testDb.db, { name: 'Owner' });
  const org = await createTestOrg(testDb.db, owner);
  const customFields = await testDb.db
    .insert(customFieldDefinitions)
    .values([
      { orgId: org.id, key: 'budget', label: 'Budget', type: 'number', position: 0 },
      { orgId: org.id, key: 'plan', label: 'Plan', type: 'select', options: ['Pro', 'Enterprise'], position: 1 },
    ])
    .returning();
  const [form] = await testDb.db
    .insert(leadForms)
    .values({
      orgId: org.id,
      name: 'Demo request',
      title: 'Book a demo',
      fields: [
        { key: 'name', label: 'Name', required: false },
        { key: 'email', label: 'Email', required: true },
        { key: 'company', label: 'Company', required: false },
        { key: 'message', label: 'Message', required: false },
        { key: 'custom:budget', label: 'Budget', required: false },
        { key: 'custom:plan', label: 'Plan', required: false },
      ],
      tags: ['demo'],
      notifyEmails: ['sales@example.test', 'boss@example.test'],
    })
    .returning();
  s = { db: testDb.db, org, form: form!, customFields };
});

function input(values: Record<string, unknown>, overrides: Partial<CaptureLeadInput> = {}): CaptureLeadInput {
  return { orgId: s.org.id, form: s.form, fields: s.form.fields, customFields: s.customFields, values, meta: { attribution: {} }, ...overrides };
}

const outbox: EmailProvider = { name: 'outbox', deliver: async () => ({ providerMessageId: undefined }) };

describe('captureLead', () => {
  it('creates a lead, then dedupes the same email (any case) onto it with a second submission and timeline entry', async () => {
    const first = await captureLead(s.db, input({ name: 'Ada', email: 'Ada@Example.test', company: 'Analytical', message: 'Hello there' }), { emailProvider: outbox });
    const second = await captureLead(s.db, input({ email: ' ADA@EXAMPLE.TEST ', company: 'Engines Ltd', message: 'Second note' }), { emailProvider: outbox });

    expect(first.created).toBe(true);
    expect(second).toMatchObject({ leadId: first.leadId, created: false });
    const rows = await s.db.select().from(leads).where(eq(leads.orgId, s.org.id));
    expect(rows).toHaveLength(1);
    // The second form had no name: the lead keeps "Ada" rather than becoming "ada".
    expect(rows[0]).toMatchObject({ name: 'Ada', email: 'ada@example.test', company: 'Engines Ltd', source: 'form:Demo request', tags: ['demo'] });
    expect(rows[0]!.score).toBeGreaterThan(0);

    const submissions = await s.db.select().from(formSubmissions).where(eq(formSubmissions.leadId, first.leadId));
    expect(submissions.map((row) => [row.createdLead, row.formId, row.data.company]).sort()).toEqual([[false, s.form.id, 'Engines Ltd'], [true, s.form.id, 'Analytical']]);
    const timeline = await s.db.select().from(activities).where(and(eq(activities.leadId, first.leadId), eq(activities.type, 'form_submitted')));
    expect(timeline.map((row) => row.body).sort()).toEqual(['Hello there', 'Second note']);
    expect(timeline[0]).toMatchObject({ actorType: 'system', data: expect.objectContaining({ formId: s.form.id, formName: 'Demo request' }) });

    // The new lead queued one lead-pipeline run; the submission that matched it starts no second pipeline.
    const runs = await s.db.select().from(jobRuns).where(eq(jobRuns.orgId, s.org.id));
    const pipelineRuns = runs.filter((run) => run.jobId === 'lead-pipeline');
    expect(pipelineRuns).toHaveLength(1);
    expect(pipelineRuns[0]).toMatchObject({
      trigger: 'event',
      eventName: 'lead/created',
      status: 'queued',
      payload: { orgId: s.org.id, leadId: first.leadId, source: 'form:Demo request', createdById: null },
    });
    const counted = await s.db.select().from(analyticsEvents).where(eq(analyticsEvents.type, 'form_submission'));
    expect(counted.map((row) => [row.formId, row.props.created])).toEqual([[s.form.id, true], [s.form.id, false]]);
  });

  it('emails every address on the notify list with the fields and a link to the lead', async () => {
    const { leadId } = await captureLead(s.db, input({ name: 'Grace', email: 'grace@example.test', message: 'Call me', 'custom:budget': '5000' }), { emailProvider: outbox });
    const mails = await s.db.select().from(emailMessages);
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual(['boss@example.test', 'sales@example.test']);
    expect(mails[0]!.subject).toBe('New submission: Demo request');
    expect(mails[0]!.text).toContain('Grace (grace@example.test)');
    expect(mails[0]!.text).toContain('Budget: 5000');
    expect(mails[0]!.text).toContain(`/app/${s.org.slug}/leads/${leadId}`);
  });

  it('stores custom field values on the lead, converted to their types', async () => {
    const { leadId } = await captureLead(s.db, input({ email: 'c@example.test', 'custom:budget': '1200.5', 'custom:plan': 'Enterprise' }), { emailProvider: outbox });
    const [lead] = await s.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead!.customFields).toEqual({ budget: 1200.5, plan: 'Enterprise' });
    // No name field filled in: the lead is named after the email's local part.
    expect(lead!.name).toBe('c');
  });

  it('rejects bad fields with one error per field and stores nothing', async () => {
    const error = await captureLead(s.db, input({ email: 'nope', 'custom:budget': 'lots', 'custom:plan': 'Free' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => [issue.path.join('.'), issue.message]).sort()).toEqual([
      ['custom:budget', 'Budget must be a number.'],
      ['custom:plan', 'Choose one of: Pro, Enterprise.'],
      ['email', 'Enter a valid email address.'],
    ]);
    expect(await s.db.select().from(leads)).toEqual([]);
    expect(await s.db.select().from(formSubmissions)).toEqual([]);
  });

  it('keeps the first-touch attribution on the lead and each touch on its submission', async () => {
    const first = { landingPage: '/?utm_source=newsletter', utm: { source: 'newsletter' }, referrer: 'https://news.example/' };
    const later = { landingPage: '/pricing?utm_source=ads', utm: { source: 'ads', campaign: 'spring' } };
    const { leadId } = await captureLead(s.db, input({ email: 'd@example.test' }, { meta: { attribution: first } }), { emailProvider: outbox });
    await captureLead(s.db, input({ email: 'd@example.test' }, { meta: { attribution: later, userAgent: 'Mozilla/5.0' } }), { emailProvider: outbox });
    const [lead] = await s.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead!.attribution).toEqual(first);
    const submissions = await s.db.select().from(formSubmissions).where(eq(formSubmissions.leadId, leadId));
    expect(submissions.map((row) => row.attribution)).toEqual(expect.arrayContaining([first, later]));
    expect(submissions.find((row) => row.userAgent === 'Mozilla/5.0')?.attribution).toEqual(later);
  });

  it('gives a lead entered by hand its attribution from its first submission', async () => {
    const { lead } = await createLead(s.db, { orgId: s.org.id, input: { name: 'Manual Lead', email: 'm@example.test' } });
    await captureLead(s.db, input({ email: 'm@example.test' }, { meta: { attribution: { utm: { source: 'linkedin' } } } }), { emailProvider: outbox });
    const [row] = await s.db.select().from(leads).where(eq(leads.id, lead.id));
    expect(row).toMatchObject({ name: 'Manual Lead', attribution: { utm: { source: 'linkedin' } } });
  });

  it('keeps the lead when the notification email fails', async () => {
    const failing: EmailProvider = { name: 'resend', deliver: async () => { throw new Error('provider down'); } };
    const result = await captureLead(s.db, input({ name: 'Eve', email: 'eve@example.test' }), { emailProvider: failing });
    expect(result.created).toBe(true);
    expect(await s.db.select().from(leads).where(eq(leads.id, result.leadId))).toHaveLength(1);
    expect(await s.db.select().from(formSubmissions).where(eq(formSubmissions.id, result.submissionId))).toHaveLength(1);
    const mails = await s.db.select().from(emailMessages);
    expect(mails.map((mail) => mail.status)).toEqual(['failed', 'failed']);
  });

  it('sends the notifications side by side, and one failing address costs the others nothing', async () => {
    let inFlight = 0;
    let mostAtOnce = 0;
    let release: () => void = () => {};
    // Every delivery waits until both are under way (or a second passes): one at a time would see only one.
    const bothStarted = new Promise<void>((resolve) => {
      release = resolve;
      setTimeout(resolve, 1_000);
    });
    const slow: EmailProvider = {
      name: 'resend',
      deliver: async (message) => {
        inFlight += 1;
        mostAtOnce = Math.max(mostAtOnce, inFlight);
        if (inFlight === 2) release();
        await bothStarted;
        inFlight -= 1;
        if (message.to === 'boss@example.test') throw new Error('mailbox full');
        return { providerMessageId: `id-${message.to}` };
      },
    };
    const result = await captureLead(s.db, input({ name: 'Fay', email: 'fay@example.test' }), { emailProvider: slow });
    expect(result.created).toBe(true);
    expect(mostAtOnce).toBe(2);
    const mails = await s.db.select().from(emailMessages);
    expect(mails.map((mail) => [mail.toAddress, mail.status]).sort()).toEqual([['boss@example.test', 'failed'], ['sales@example.test', 'sent']]);
  });

  it('files the contact form (no form) as source "contact" and notifies the addresses given', async () => {
    const result = await captureLead(
      s.db,
      input({ name: 'Visitor', email: 'v@example.test', message: 'Hi' }, { form: null, fields: [{ key: 'name', label: 'Name', required: true }, { key: 'message', label: 'Message', required: true }], customFields: [], notifyEmails: ['owner@example.test'] }),
      { emailProvider: outbox },
    );
    const [lead] = await s.db.select().from(leads).where(eq(leads.id, result.leadId));
    expect(lead).toMatchObject({ source: 'contact', tags: [] });
    const [submission] = await s.db.select().from(formSubmissions);
    expect(submission).toMatchObject({ formId: null, channel: 'contact_form', formName: 'Contact form', leadId: result.leadId });
    expect((await s.db.select().from(emailMessages)).map((mail) => mail.toAddress)).toEqual(['owner@example.test']);
  });
});

describe('receiveSubmission', () => {
  const now = new Date();
  const receive = (protection: { honeypot: string; startedAt: number | null }) =>
    receiveSubmission(s.db, { ...input({ name: 'Bot', email: 'bot@example.test', message: 'Buy now' }, { meta: { attribution: {}, now } }), protection }, { emailProvider: outbox });

  it('drops a filled honeypot and a too-fast fill, counting each as spam without storing content', async () => {
    expect(await receive({ honeypot: 'http://spam.example', startedAt: now.getTime() - 10_000 })).toEqual({ spam: true, reason: 'honeypot' });
    expect(await receive({ honeypot: '', startedAt: now.getTime() - 1_000 })).toEqual({ spam: true, reason: 'too_fast' });
    expect(await s.db.select().from(leads)).toEqual([]);
    expect(await s.db.select().from(formSubmissions)).toEqual([]);
    expect(await s.db.select().from(emailMessages)).toEqual([]);
    expect(await s.db.select().from(jobRuns)).toEqual([]);
    const spam = await s.db.select().from(analyticsEvents).where(eq(analyticsEvents.type, 'form_spam'));
    expect(spam.map((row) => [row.orgId, row.formId, row.props]).sort()).toEqual([
      [s.org.id, s.form.id, { reason: 'honeypot' }],
      [s.org.id, s.form.id, { reason: 'too_fast' }],
    ]);
    expect(JSON.stringify(spam)).not.toContain('Buy now');
  });

  it('captures a submission that passes both checks', async () => {
    const result = await receive({ honeypot: '', startedAt: now.getTime() - 8_000 });
    expect(result).toMatchObject({ spam: false, created: true });
    expect(await s.db.select().from(leads)).toHaveLength(1);
  });
});
