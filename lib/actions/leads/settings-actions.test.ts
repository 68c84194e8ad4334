import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLogs, customFieldDefinitions, leads, orgs } from '@/db/schema';
import { updateLead } from '@/lib/leads/update-lead';
import { getSessionUser } from '@/lib/server/session';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { createCustomFieldAction } from './create-custom-field';
import { deleteCustomFieldAction } from './delete-custom-field';
import { updateCustomFieldAction } from './update-custom-field';
import { updateScoreSettingsAction } from './update-score-settings';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.admin });

const fieldRow = async (id: string) => (await testDb.db.select().from(customFieldDefinitions).where(eq(customFieldDefinitions.id, id)))[0];
const PERMISSION = 'You do not have permission to do that in this workspace.';

describe('create-custom-field', () => {
  it('creates a select field with its key made from the label', async () => {
    const result = await createCustomFieldAction({ orgSlug: w.a.org.slug, label: 'Deal size (est.)', type: 'select', options: ['S', 'M', 'L'] });
    expect(result.data).toMatchObject({ key: 'deal_size_est', label: 'Deal size (est.)' });
    expect(await fieldRow(result.data!.id)).toMatchObject({ orgId: w.a.org.id, type: 'select', options: ['S', 'M', 'L'] });
  });

  it('puts schema and domain errors on their fields', async () => {
    const noOptions = await createCustomFieldAction({ orgSlug: w.a.org.slug, label: 'Size', type: 'select', options: [] });
    expect(noOptions.validationErrors?.fieldErrors.options).toEqual(['A select field needs at least one option.']);
    const noLabel = await createCustomFieldAction({ orgSlug: w.a.org.slug, label: ' ', type: 'text' });
    expect(noLabel.validationErrors?.fieldErrors.label).toEqual(['Enter a label.']);
    // The fixture's "Budget" field already holds the key "budget".
    const taken = await createCustomFieldAction({ orgSlug: w.a.org.slug, label: 'Budget', type: 'text' });
    expect(taken.validationErrors?.fieldErrors.key).toEqual(['A field with the key "budget" exists already.']);
  });

  it('is for admins only', async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    const result = await createCustomFieldAction({ orgSlug: w.a.org.slug, label: 'Industry', type: 'text' });
    expect(result.serverError).toBe(PERMISSION);
  });
});

describe('update-custom-field', () => {
  it('renames a field', async () => {
    const result = await updateCustomFieldAction({ orgSlug: w.a.org.slug, fieldId: w.a.field.id, label: 'Annual budget' });
    expect(result.data).toMatchObject({ id: w.a.field.id, label: 'Annual budget' });
    expect(await fieldRow(w.a.field.id)).toMatchObject({ key: 'budget', type: 'number', label: 'Annual budget' });
  });

  it('rejects an empty label and an empty option list on a select', async () => {
    const empty = await updateCustomFieldAction({ orgSlug: w.a.org.slug, fieldId: w.a.field.id, label: '' });
    expect(empty.validationErrors?.fieldErrors.label).toEqual(['Enter a label.']);
    const select = await createCustomFieldAction({ orgSlug: w.a.org.slug, label: 'Tier', type: 'select', options: ['Gold'] });
    const noOptions = await updateCustomFieldAction({ orgSlug: w.a.org.slug, fieldId: select.data!.id, options: [] });
    expect(noOptions.validationErrors?.fieldErrors.options).toEqual(['A select field needs at least one option.']);
  });

  it("answers 'not found' for another workspace's field", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await updateCustomFieldAction({ orgSlug: w.b.org.slug, fieldId: w.a.field.id, label: 'Mine' });
    expect(result.serverError).toBe('Field not found.');
    expect((await fieldRow(w.a.field.id))?.label).toBe('Budget');
  });
});

describe('delete-custom-field', () => {
  it("deletes the field and its value on every lead", async () => {
    await updateLead(ctxFor(testDb.db, w.a.org, w.a.owner, 'owner'), { leadId: w.a.lead.id, patch: { customFields: { budget: 500 } } });
    const result = await deleteCustomFieldAction({ orgSlug: w.a.org.slug, fieldId: w.a.field.id });
    expect(result.data).toEqual({ id: w.a.field.id });
    expect(await fieldRow(w.a.field.id)).toBeUndefined();
    const [lead] = await testDb.db.select().from(leads).where(eq(leads.id, w.a.lead.id));
    expect(lead?.customFields).toEqual({});
  });

  it("rejects a malformed id and answers 'not found' for another workspace's field", async () => {
    const invalid = await deleteCustomFieldAction({ orgSlug: w.a.org.slug, fieldId: 'nope' });
    expect(invalid.validationErrors?.fieldErrors.fieldId).toBeDefined();
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await deleteCustomFieldAction({ orgSlug: w.b.org.slug, fieldId: w.a.field.id });
    expect(result.serverError).toBe('Field not found.');
    expect(await fieldRow(w.a.field.id)).toBeDefined();
  });
});

describe('update-score-settings', () => {
  it('sets the half-life, audits the change and rescores recently active leads', async () => {
    const result = await updateScoreSettingsAction({ orgSlug: w.a.org.slug, halfLifeDays: 30 });
    // Only Lead A has activity (its task), so only it is rescored.
    expect(result.data).toEqual({ halfLifeDays: 30, rescored: 1 });
    const [org] = await testDb.db.select().from(orgs).where(eq(orgs.id, w.a.org.id));
    expect(org?.scoreHalfLifeDays).toBe(30);
    const [audit] = await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, w.a.org.id), eq(auditLogs.action, 'org.score_settings_updated')));
    expect(audit).toMatchObject({ actorUserId: w.a.admin.id, metadata: { from: { halfLifeDays: 14 }, to: { halfLifeDays: 30 } } });

    const again = await updateScoreSettingsAction({ orgSlug: w.a.org.slug, halfLifeDays: 30 });
    expect(again.data).toEqual({ halfLifeDays: 30, rescored: 0 });
  });

  it('accepts 1 to 365 days only', async () => {
    for (const halfLifeDays of [0, 366, 2.5]) {
      const result = await updateScoreSettingsAction({ orgSlug: w.a.org.slug, halfLifeDays });
      expect(result.validationErrors?.fieldErrors.halfLifeDays?.length).toBe(1);
    }
    const [org] = await testDb.db.select().from(orgs).where(eq(orgs.id, w.a.org.id));
    expect(org?.scoreHalfLifeDays).toBe(14);
  });

  it("is for admins, and another workspace's slug is not found", async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    expect((await updateScoreSettingsAction({ orgSlug: w.a.org.slug, halfLifeDays: 7 })).serverError).toBe(PERMISSION);
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    expect((await updateScoreSettingsAction({ orgSlug: w.a.org.slug, halfLifeDays: 7 })).serverError).toBe('Workspace not found.');
    const [org] = await testDb.db.select().from(orgs).where(eq(orgs.id, w.a.org.id));
    expect(org?.scoreHalfLifeDays).toBe(14);
  });
});
