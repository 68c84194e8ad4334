import { describe, expect, it } from 'vitest';
import { formSubmissions } from '@/db/schema';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace, type CrmWorkspace } from '@/tests/helpers/crm-workspace';
import { DEFAULT_FORM_FIELDS } from './form-schemas';
import { createForm } from './forms';
import { listFormSubmissions } from './submissions';

const testDb = setupTestDatabase();

async function formOf({ ctx }: CrmWorkspace, name = 'Contact') {
  return createForm(ctx, {
    name,
    title: name,
    description: null,
    fields: DEFAULT_FORM_FIELDS,
    submitLabel: 'Send',
    successMessage: 'Thanks!',
    redirectUrl: null,
    notifyEmails: [],
    tags: [],
    isActive: true,
  });
}

async function submit(orgId: string, formId: string, email: string, at: Date, attribution = {}) {
  const { lead, created } = await createLead(testDb.db, { orgId, input: { name: email.split('@')[0]!, email } });
  const [row] = await testDb.db
    .insert(formSubmissions)
    .values({ orgId, formId, channel: 'lead_form', formName: 'Website form', leadId: lead.id, createdLead: created, data: { email }, attribution, createdAt: at })
    .returning();
  return row!;
}

describe('listFormSubmissions', () => {
  it('lists one form’s submissions newest first with the lead and the attribution', async () => {
    const ws = await createCrmWorkspace(testDb.db);
    const form = await formOf(ws);
    const otherForm = await formOf(ws, 'Other');
    await submit(ws.org.id, form.id, 'old@example.test', new Date('2030-01-01T10:00:00Z'));
    const utm = { utm: { source: 'newsletter', campaign: 'spring' }, landingPage: 'https://example.test/pricing', referrer: 'https://news.example.test' };
    const recent = await submit(ws.org.id, form.id, 'new@example.test', new Date('2030-01-02T10:00:00Z'), utm);
    await submit(ws.org.id, otherForm.id, 'elsewhere@example.test', new Date('2030-01-03T10:00:00Z'));

    const page = await listFormSubmissions(testDb.db, { orgId: ws.org.id, formId: form.id, limit: 25 });
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((item) => item.leadEmail)).toEqual(['new@example.test', 'old@example.test']);
    expect(page.items[0]).toEqual({
      id: recent.id,
      leadId: recent.leadId,
      leadName: 'new',
      leadEmail: 'new@example.test',
      createdLead: true,
      attribution: utm,
      createdAt: new Date('2030-01-02T10:00:00Z'),
    });
  });

  it('pages with a cursor without skipping rows that share a timestamp', async () => {
    const ws = await createCrmWorkspace(testDb.db);
    const form = await formOf(ws);
    const at = new Date('2030-02-01T10:00:00Z');
    for (const n of [1, 2, 3, 4, 5]) await submit(ws.org.id, form.id, `p${n}@example.test`, at);
    const first = await listFormSubmissions(testDb.db, { orgId: ws.org.id, formId: form.id, limit: 2 });
    const second = await listFormSubmissions(testDb.db, { orgId: ws.org.id, formId: form.id, limit: 2, cursor: first.nextCursor! });
    const third = await listFormSubmissions(testDb.db, { orgId: ws.org.id, formId: form.id, limit: 2, cursor: second.nextCursor! });
    const ids = [...first.items, ...second.items, ...third.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
    await expectAppError(listFormSubmissions(testDb.db, { orgId: ws.org.id, formId: form.id, limit: 2, cursor: 'garbage' }), 'bad_request');
  });

  it("is not found for another workspace's form", async () => {
    const ws = await createCrmWorkspace(testDb.db);
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const form = await formOf(ws);
    await submit(ws.org.id, form.id, 'secret@example.test', new Date());
    await expectAppError(listFormSubmissions(testDb.db, { orgId: other.org.id, formId: form.id, limit: 25 }), 'not_found');
  });
});
