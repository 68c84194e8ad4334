import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { customFieldDefinitions, leads } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { createCustomFieldSchema, keyFromLabel, updateCustomFieldSchema } from './custom-field-schemas';
import { createCustomField, deleteCustomField, listCustomFields, updateCustomField, validateCustomFieldValues } from './custom-fields';

const testDb = setupTestDatabase();
const create = (ctx: Parameters<typeof createCustomField>[0], input: Record<string, unknown>) => createCustomField(ctx, createCustomFieldSchema.parse(input));

describe('custom field definitions', () => {
  it('derives the key from the label and lists fields in creation order', async () => {
    const { ctx, org } = await createCrmWorkspace(testDb.db);
    const size = await create(ctx, { label: 'Company size', type: 'number' });
    const plan = await create(ctx, { label: 'Plan', type: 'select', options: ['Basic', 'Pro'] });
    const renewal = await create(ctx, { label: 'Renewal', key: 'renews_on', type: 'date', options: ['ignored'] });
    expect(size).toMatchObject({ key: 'company_size', type: 'number', options: [], position: 0 });
    expect(plan).toMatchObject({ key: 'plan', options: ['Basic', 'Pro'], position: 1 });
    // Only select fields keep options.
    expect(renewal).toMatchObject({ key: 'renews_on', options: [], position: 2 });
    expect((await listCustomFields(testDb.db, { orgId: org.id })).map((f) => f.key)).toEqual(['company_size', 'plan', 'renews_on']);
  });

  it('makes keys from any label', () => {
    expect(keyFromLabel('  Annual Revenue ($) ')).toBe('annual_revenue');
    expect(keyFromLabel('2nd phone')).toBe('field_2nd_phone');
    expect(keyFromLabel('Café owner')).toBe('cafe_owner');
  });

  it('refuses a duplicate key with conflict on the key field, but allows it in another workspace', async () => {
    const { ctx } = await createCrmWorkspace(testDb.db);
    await create(ctx, { label: 'Budget', type: 'number' });
    const error = await expectAppError(create(ctx, { label: 'budget', type: 'text' }), 'conflict');
    expect(error.details?.field).toBe('key');
    const other = await createCrmWorkspace(testDb.db, 'Other');
    expect((await create(other.ctx, { label: 'Budget', type: 'text' })).key).toBe('budget');
  });

  it('validates definitions in the schema', () => {
    expect(createCustomFieldSchema.safeParse({ label: 'Plan', type: 'select', options: [] }).success).toBe(false);
    expect(createCustomFieldSchema.safeParse({ label: 'X', key: 'Bad Key', type: 'text' }).success).toBe(false);
    expect(createCustomFieldSchema.safeParse({ label: 'X', type: 'color' }).success).toBe(false);
    expect(createCustomFieldSchema.safeParse({ label: '', type: 'text' }).success).toBe(false);
  });

  it('stops at 50 fields', async () => {
    const { ctx, org } = await createCrmWorkspace(testDb.db);
    await testDb.db.insert(customFieldDefinitions).values(Array.from({ length: 50 }, (_, i) => ({ orgId: org.id, key: `f${i}`, label: `F${i}`, type: 'text' as const, position: i })));
    await expectAppError(create(ctx, { label: 'One more', type: 'text' }), 'bad_request');
  });

  it('updates the label and select options, never the key or type', async () => {
    const { ctx } = await createCrmWorkspace(testDb.db);
    const plan = await create(ctx, { label: 'Plan', type: 'select', options: ['Basic'] });
    const seats = await create(ctx, { label: 'Seats', type: 'number' });
    const updated = await updateCustomField(ctx, updateCustomFieldSchema.parse({ fieldId: plan.id, label: 'Subscription', options: ['Basic', 'Pro'] }));
    expect(updated).toMatchObject({ key: 'plan', type: 'select', label: 'Subscription', options: ['Basic', 'Pro'] });
    const error = await expectAppError(updateCustomField(ctx, { fieldId: plan.id, options: [] }), 'bad_request');
    expect(error.details?.field).toBe('options');
    expect(await updateCustomField(ctx, { fieldId: seats.id, options: ['a'] })).toMatchObject({ key: 'seats', type: 'number', options: [] });
  });

  it('deletes a field and its value on every lead of the workspace only', async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const fieldA = await create(a.ctx, { label: 'Region', type: 'text' });
    await create(b.ctx, { label: 'Region', type: 'text' });
    const [leadA] = await testDb.db.insert(leads).values({ orgId: a.org.id, name: 'A', customFields: { region: 'North', other: 1 } }).returning();
    const [leadB] = await testDb.db.insert(leads).values({ orgId: b.org.id, name: 'B', customFields: { region: 'South' } }).returning();
    await deleteCustomField(a.ctx, { fieldId: fieldA.id });
    expect(await listCustomFields(testDb.db, { orgId: a.org.id })).toEqual([]);
    const [afterA] = await testDb.db.select().from(leads).where(eq(leads.id, leadA!.id));
    const [afterB] = await testDb.db.select().from(leads).where(eq(leads.id, leadB!.id));
    expect(afterA!.customFields).toEqual({ other: 1 });
    expect(afterB!.customFields).toEqual({ region: 'South' });
    await expectAppError(deleteCustomField(a.ctx, { fieldId: fieldA.id }), 'not_found');
  });

  it('adds a field after a deleted one at the end of the list', async () => {
    const { ctx, org } = await createCrmWorkspace(testDb.db);
    const first = await create(ctx, { label: 'First', type: 'text' });
    const second = await create(ctx, { label: 'Second', type: 'text' });
    await create(ctx, { label: 'Third', type: 'text' });
    await create(ctx, { label: 'Fourth', type: 'text' });
    await deleteCustomField(ctx, { fieldId: first.id });
    await deleteCustomField(ctx, { fieldId: second.id });
    await create(ctx, { label: 'Fifth', type: 'text' });
    expect((await listCustomFields(testDb.db, { orgId: org.id })).map((f) => f.key)).toEqual(['third', 'fourth', 'fifth']);
  });

  it("answers not_found for another workspace's field", async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const fieldB = await create(b.ctx, { label: 'Secret', type: 'text' });
    await expectAppError(updateCustomField(a.ctx, { fieldId: fieldB.id, label: 'Mine' }), 'not_found');
    await expectAppError(deleteCustomField(a.ctx, { fieldId: fieldB.id }), 'not_found');
    expect((await listCustomFields(testDb.db, { orgId: b.org.id }))[0]!.label).toBe('Secret');
  });
});

describe('validateCustomFieldValues', () => {
  it('coerces and checks each type; empty means remove; unknown keys are refused', async () => {
    const { ctx, org } = await createCrmWorkspace(testDb.db);
    await create(ctx, { label: 'Seats', type: 'number' });
    await create(ctx, { label: 'Renewal', type: 'date' });
    await create(ctx, { label: 'Plan', type: 'select', options: ['Basic', 'Pro'] });
    await create(ctx, { label: 'Region', type: 'text' });
    const check = (values: Record<string, unknown>) => validateCustomFieldValues(testDb.db, org.id, values);

    expect(await check({ seats: 7.5 })).toEqual({ seats: 7.5 });
    expect(await check({ seats: '12', renewal: '2026-01-31', plan: 'Pro', region: ' North ' })).toEqual({ seats: 12, renewal: '2026-01-31', plan: 'Pro', region: 'North' });
    expect(await check({ seats: '', renewal: null, plan: '', region: '' })).toEqual({ seats: null, renewal: null, plan: null, region: null });
    const bad: [Record<string, unknown>, string][] = [
      [{ seats: 'lots' }, 'seats'], [{ seats: 'Infinity' }, 'seats'], [{ seats: ' ' }, 'seats'], [{ seats: true }, 'seats'], [{ renewal: '2026-13-01' }, 'renewal'],
      [{ plan: 'pro' }, 'plan'], [{ region: 'x'.repeat(2001) }, 'region'], [{ colour: 'red' }, 'colour'],
    ];
    for (const [values, key] of bad) {
      const error = await expectAppError(check(values), 'bad_request');
      expect(error.details?.field).toBe(`customFields.${key}`);
    }
  });

  it("does not accept another workspace's keys", async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    await create(b.ctx, { label: 'Secret', type: 'text' });
    const error = await expectAppError(validateCustomFieldValues(testDb.db, a.org.id, { secret: 'x' }), 'bad_request');
    expect(error.message).toContain('not a custom field');
  });
});
