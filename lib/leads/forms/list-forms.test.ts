import { describe, expect, it } from 'vitest';
import { analyticsEvents, formSubmissions, type AnalyticsEventType } from '@/db/schema';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase } from '@/tests/db';
import { createCrmWorkspace, type CrmWorkspace } from '@/tests/helpers/crm-workspace';
import { DEFAULT_FORM_FIELDS } from './form-schemas';
import { getFormStats } from './form-stats';
import { createForm } from './forms';
import { listForms } from './list-forms';

const testDb = setupTestDatabase();

function formOf({ ctx }: CrmWorkspace, name: string, isActive = true) {
  return createForm(ctx, {
    name,
    title: `${name} title`,
    description: null,
    fields: DEFAULT_FORM_FIELDS,
    submitLabel: 'Send',
    successMessage: 'Thanks!',
    redirectUrl: null,
    notifyEmails: [],
    tags: [],
    isActive,
  });
}

async function events(orgId: string, formId: string, type: AnalyticsEventType, times: number) {
  await testDb.db.insert(analyticsEvents).values(Array.from({ length: times }, () => ({ orgId, formId, type })));
}

async function submission(orgId: string, formId: string, email: string, createdAt: Date) {
  const { lead } = await createLead(testDb.db, { orgId, input: { name: email, email } });
  await testDb.db.insert(formSubmissions).values({ orgId, formId, channel: 'lead_form', formName: 'Website form', leadId: lead.id, createdLead: true, data: {}, createdAt });
}

describe('listForms', () => {
  it('lists the workspace’s forms newest first with views, submissions, spam, conversion and the last submission', async () => {
    const ws = await createCrmWorkspace(testDb.db);
    const older = await formOf(ws, 'Newsletter', false);
    const newer = await formOf(ws, 'Contact');
    await events(ws.org.id, newer.id, 'form_view', 8);
    await events(ws.org.id, newer.id, 'form_spam', 3);
    await submission(ws.org.id, newer.id, 'a@example.test', new Date('2030-03-01T09:00:00Z'));
    await submission(ws.org.id, newer.id, 'b@example.test', new Date('2030-03-02T09:00:00Z'));
    // Only one of the two left an analytics event (say the insert after the commit failed): the stored
    // submissions are what count.
    await events(ws.org.id, newer.id, 'form_submission', 1);

    const forms = await listForms(testDb.db, { orgId: ws.org.id });
    expect(forms.map((form) => form.name)).toEqual(['Contact', 'Newsletter']);
    expect(forms[0]).toMatchObject({ id: newer.id, isActive: true, views: 8, submissions: 2, spam: 3, conversionRate: 0.25, lastSubmissionAt: new Date('2030-03-02T09:00:00Z') });
    expect(await getFormStats(testDb.db, { orgId: ws.org.id, formId: newer.id })).toEqual({
      views: 8,
      submissions: 2,
      spam: 3,
      conversionRate: 0.25,
      lastSubmissionAt: new Date('2030-03-02T09:00:00Z'),
    });
    expect(forms[1]).toMatchObject({ id: older.id, isActive: false, views: 0, submissions: 0, spam: 0, conversionRate: null, lastSubmissionAt: null });
  });

  it('never shows another workspace’s forms or counts', async () => {
    const ws = await createCrmWorkspace(testDb.db);
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const theirs = await formOf(other, 'Theirs');
    await events(other.org.id, theirs.id, 'form_view', 5);
    expect(await listForms(testDb.db, { orgId: ws.org.id })).toEqual([]);
    const mine = await formOf(ws, 'Mine');
    // Events and submissions filed under the wrong workspace do not count towards this one's form.
    await events(other.org.id, mine.id, 'form_view', 4);
    await submission(other.org.id, mine.id, 'stray@example.test', new Date('2030-03-03T09:00:00Z'));
    expect((await listForms(testDb.db, { orgId: ws.org.id }))[0]).toMatchObject({ name: 'Mine', views: 0, submissions: 0, lastSubmissionAt: null });
  });
});
