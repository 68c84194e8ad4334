import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { formSubmissions, leadForms } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { createFormAction } from './create-form';
import { deleteFormAction } from './delete-form';
import { listFormSubmissionsAction } from './list-form-submissions';
import { updateFormAction } from './update-form';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.admin });

const PERMISSION = 'You do not have permission to do that in this workspace.';
const form = {
  name: 'Demo request',
  title: 'Book a demo',
  description: '',
  fields: [
    { key: 'email', label: 'Email', required: true },
    { key: 'name', label: 'Name', required: false },
  ],
  submitLabel: 'Book',
  successMessage: 'Thanks!',
  redirectUrl: '',
  notifyEmails: ['Sales@Example.test'],
  tags: ['demo'],
  isActive: true,
};
const formRow = async (id: string) => (await testDb.db.select().from(leadForms).where(eq(leadForms.id, id)))[0];

describe('create-form', () => {
  it('lets an admin create a form in their workspace', async () => {
    const result = await createFormAction({ orgSlug: w.a.org.slug, ...form });
    expect(result.data).toMatchObject({ name: 'Demo request' });
    expect(await formRow(result.data!.id)).toMatchObject({ orgId: w.a.org.id, createdById: w.a.admin.id, description: null, redirectUrl: null, notifyEmails: ['sales@example.test'] });
  });

  it('puts schema errors, nested ones included, and unknown custom fields on their inputs', async () => {
    const noEmail = await createFormAction({ orgSlug: w.a.org.slug, ...form, name: '', fields: [{ key: 'name', label: 'Name', required: true }] });
    expect(noEmail.validationErrors?.fieldErrors).toMatchObject({ name: ['Name the form.'], fields: ['Every form needs the Email field.'] });
    const blankLabel = await createFormAction({ orgSlug: w.a.org.slug, ...form, fields: [{ key: 'email', label: '', required: true }] });
    expect(blankLabel.validationErrors?.fieldErrors.fields).toEqual(['Enter a label.']);
    const unknown = await createFormAction({ orgSlug: w.a.org.slug, ...form, fields: [...form.fields, { key: 'custom:industry', label: 'Industry', required: false }] });
    expect(unknown.validationErrors?.fieldErrors.fields?.[0]).toContain('"industry" is not a custom field of this workspace');
  });

  it('is for admins only', async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    expect((await createFormAction({ orgSlug: w.a.org.slug, ...form })).serverError).toBe(PERMISSION);
  });
});

describe('update-form and delete-form', () => {
  it("update A's form and refuse to touch it from B", async () => {
    const updated = await updateFormAction({ orgSlug: w.a.org.slug, formId: w.a.form.id, ...form, name: 'Renamed', isActive: false });
    expect(updated.data).toMatchObject({ id: w.a.form.id, name: 'Renamed' });
    expect(await formRow(w.a.form.id)).toMatchObject({ name: 'Renamed', isActive: false });

    sessionUser.mockResolvedValue(asSession(w.b.owner));
    expect((await updateFormAction({ orgSlug: w.b.org.slug, formId: w.a.form.id, ...form, name: 'Stolen' })).serverError).toBe('Form not found.');
    expect((await deleteFormAction({ orgSlug: w.b.org.slug, formId: w.a.form.id })).serverError).toBe('Form not found.');
    expect((await formRow(w.a.form.id))?.name).toBe('Renamed');
  });

  it('deletes a form for an admin', async () => {
    expect((await deleteFormAction({ orgSlug: w.a.org.slug, formId: w.a.form.id })).data).toEqual({ id: w.a.form.id });
    expect(await formRow(w.a.form.id)).toBeUndefined();
  });
});

describe('list-form-submissions', () => {
  it('pages through a form’s submissions for members', async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    await testDb.db.insert(formSubmissions).values([
      { orgId: w.a.org.id, formId: w.a.form.id, channel: 'lead_form', formName: 'Website form', leadId: w.a.lead.id, createdLead: true, data: {}, createdAt: new Date('2030-01-01T00:00:00Z') },
      { orgId: w.a.org.id, formId: w.a.form.id, channel: 'lead_form', formName: 'Website form', leadId: w.a.secondLead.id, createdLead: false, data: {}, createdAt: new Date('2030-01-02T00:00:00Z') },
    ]);
    const first = await listFormSubmissionsAction({ orgSlug: w.a.org.slug, formId: w.a.form.id, limit: 1 });
    expect(first.data?.items).toMatchObject([{ leadId: w.a.secondLead.id, leadName: 'Second lead A', createdAt: '2030-01-02T00:00:00.000Z' }]);
    const second = await listFormSubmissionsAction({ orgSlug: w.a.org.slug, formId: w.a.form.id, limit: 1, cursor: first.data!.nextCursor! });
    expect(second.data).toMatchObject({ items: [{ leadId: w.a.lead.id, leadEmail: 'lead-a@example.test' }], nextCursor: null });
  });
});
