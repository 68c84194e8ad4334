import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogs, formSubmissions, leadForms, leads } from '@/db/schema';
import { createLead } from '@/lib/leads/create-lead';
import { createCustomField } from '@/lib/leads/custom-fields';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { DEFAULT_FORM_FIELDS, formInputSchema, type FormInputValues } from './form-schemas';
import { createForm, deleteForm, getForm, MAX_FORMS_PER_WORKSPACE, updateForm } from './forms';

const testDb = setupTestDatabase();

const input = (overrides: Partial<FormInputValues> = {}) =>
  formInputSchema.parse({
    name: 'Website contact',
    title: 'Talk to us',
    description: 'We answer within a day.',
    fields: DEFAULT_FORM_FIELDS,
    submitLabel: 'Send',
    successMessage: 'Thanks!',
    redirectUrl: null,
    notifyEmails: ['sales@example.test'],
    tags: ['website'],
    isActive: true,
    ...overrides,
  });

const auditActions = (orgId: string) =>
  testDb.db.select({ action: auditLogs.action, targetId: auditLogs.targetId }).from(auditLogs).where(eq(auditLogs.orgId, orgId)).orderBy(asc(auditLogs.createdAt));

describe('lead forms', () => {
  it('creates a form in the workspace, by its creator, and audits it', async () => {
    const { ctx, org, owner } = await createCrmWorkspace(testDb.db);
    const form = await createForm(ctx, input());
    expect(form).toMatchObject({ orgId: org.id, createdById: owner.id, name: 'Website contact', notifyEmails: ['sales@example.test'], tags: ['website'], isActive: true });
    expect(await getForm(testDb.db, { orgId: org.id, formId: form.id })).toMatchObject({ id: form.id, fields: DEFAULT_FORM_FIELDS });
    expect(await auditActions(org.id)).toContainEqual({ action: 'lead_form.created', targetId: form.id });
  });

  it('accepts custom fields of the workspace and refuses others, on the field list', async () => {
    const { ctx } = await createCrmWorkspace(testDb.db);
    const other = await createCrmWorkspace(testDb.db, 'Other');
    await createCustomField(ctx, { label: 'Budget', type: 'number', options: [] });
    await createCustomField(other.ctx, { label: 'Industry', type: 'text', options: [] });
    const fields = [...DEFAULT_FORM_FIELDS, { key: 'custom:budget', label: 'Budget', required: false }];
    expect((await createForm(ctx, input({ fields }))).fields).toEqual(fields);
    const error = await expectAppError(createForm(ctx, input({ fields: [...DEFAULT_FORM_FIELDS, { key: 'custom:industry', label: 'Industry', required: false }] })), 'bad_request');
    expect(error.details).toEqual({ field: 'fields' });
    expect(error.message).toContain('"industry"');
  });

  it('updates every setting, scoped to the workspace, and audits it', async () => {
    const { ctx, org } = await createCrmWorkspace(testDb.db);
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const form = await createForm(ctx, input());
    const updated = await updateForm(ctx, {
      formId: form.id,
      ...input({ name: 'Renamed', redirectUrl: 'https://example.test/thanks', isActive: false, fields: [{ key: 'email', label: 'Work email', required: true }] }),
    });
    expect(updated).toMatchObject({ name: 'Renamed', redirectUrl: 'https://example.test/thanks', isActive: false, fields: [{ key: 'email', label: 'Work email', required: true }] });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(form.updatedAt.getTime());
    await expectAppError(updateForm(other.ctx, { formId: form.id, ...input({ name: 'Hijacked' }) }), 'not_found');
    expect((await getForm(testDb.db, { orgId: org.id, formId: form.id })).name).toBe('Renamed');
    expect((await auditActions(org.id)).map((row) => row.action)).toEqual(['lead_form.created', 'lead_form.updated']);
  });

  it('is not found from another workspace', async () => {
    const { ctx } = await createCrmWorkspace(testDb.db);
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const form = await createForm(ctx, input());
    await expectAppError(getForm(testDb.db, { orgId: other.org.id, formId: form.id }), 'not_found');
    await expectAppError(deleteForm(other.ctx, { formId: form.id }), 'not_found');
    expect(await testDb.db.select().from(leadForms).where(eq(leadForms.id, form.id))).toHaveLength(1);
  });

  it('deletes a form but keeps its submissions and leads', async () => {
    const { ctx, org } = await createCrmWorkspace(testDb.db);
    const form = await createForm(ctx, input());
    const { lead } = await createLead(testDb.db, { orgId: org.id, input: { name: 'Ada', email: 'ada@example.test' } });
    await testDb.db.insert(formSubmissions).values({ orgId: org.id, formId: form.id, channel: 'lead_form', formName: form.name, leadId: lead.id, createdLead: true, data: { email: 'ada@example.test' } });
    expect(await deleteForm(ctx, { formId: form.id })).toEqual({ id: form.id, name: 'Website contact' });
    await expectAppError(getForm(testDb.db, { orgId: org.id, formId: form.id }), 'not_found');
    const [submission] = await testDb.db.select().from(formSubmissions).where(eq(formSubmissions.leadId, lead.id));
    // It still says where it came from.
    expect(submission).toMatchObject({ formId: null, channel: 'lead_form', formName: 'Website contact' });
    expect(await testDb.db.select({ id: leads.id }).from(leads).where(and(eq(leads.orgId, org.id), eq(leads.id, lead.id)))).toHaveLength(1);
    expect((await auditActions(org.id)).at(-1)).toEqual({ action: 'lead_form.deleted', targetId: form.id });
  });

  it(`stops at ${MAX_FORMS_PER_WORKSPACE} forms per workspace`, async () => {
    const { ctx, org } = await createCrmWorkspace(testDb.db);
    const values = input();
    await testDb.db.insert(leadForms).values(Array.from({ length: MAX_FORMS_PER_WORKSPACE }, () => ({ ...values, orgId: org.id })));
    const error = await expectAppError(createForm(ctx, values), 'bad_request');
    expect(error.message).toContain(`at most ${MAX_FORMS_PER_WORKSPACE} forms`);
  });
});
