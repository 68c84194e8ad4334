import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { customFieldDefinitions, leads } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { customFieldValuesSchema, keyFromLabel, type CreateCustomFieldInput, type UpdateCustomFieldInput } from './custom-field-schemas';

const MAX_FIELDS = 50;

export async function listCustomFields(db: Executor, { orgId }: { orgId: string }) {
  return db.select().from(customFieldDefinitions).where(eq(customFieldDefinitions.orgId, orgId)).orderBy(asc(customFieldDefinitions.position), asc(customFieldDefinitions.createdAt));
}

export async function createCustomField(ctx: Ctx, input: CreateCustomFieldInput) {
  // max + 1, not the count: after a delete the count would slot the new field among the others.
  const [{ total, next }] = (await ctx.db
    .select({ total: count(), next: sql<number>`coalesce(max(${customFieldDefinitions.position}) + 1, 0)::int` })
    .from(customFieldDefinitions)
    .where(eq(customFieldDefinitions.orgId, ctx.org.id))) as [{ total: number; next: number }];
  if (total >= MAX_FIELDS) throw new AppError('bad_request', `A workspace can have at most ${MAX_FIELDS} custom fields.`);
  const key = input.key ?? keyFromLabel(input.label);
  const [field] = await ctx.db
    .insert(customFieldDefinitions)
    .values({ orgId: ctx.org.id, key, label: input.label, type: input.type, options: input.type === 'select' ? input.options : [], position: next })
    .onConflictDoNothing()
    .returning();
  if (!field) throw new AppError('conflict', `A field with the key "${key}" exists already.`, { details: { field: 'key' } });
  return field;
}

/** Labels and select options can change; the key and type cannot (stored values depend on them). */
export async function updateCustomField(ctx: Ctx, { fieldId, ...patch }: UpdateCustomFieldInput) {
  const [current] = await ctx.db.select().from(customFieldDefinitions).where(and(eq(customFieldDefinitions.id, fieldId), eq(customFieldDefinitions.orgId, ctx.org.id)));
  if (!current) throw new AppError('not_found', 'Field not found.');
  if (patch.options && current.type === 'select' && patch.options.length === 0) {
    throw new AppError('bad_request', 'A select field needs at least one option.', { details: { field: 'options' } });
  }
  const [field] = await ctx.db
    .update(customFieldDefinitions)
    .set({ label: patch.label ?? current.label, options: current.type === 'select' ? (patch.options ?? current.options) : [] })
    .where(and(eq(customFieldDefinitions.id, fieldId), eq(customFieldDefinitions.orgId, ctx.org.id)))
    .returning();
  return field!;
}

/** Deletes the definition and the value it held on every lead of the workspace. */
export async function deleteCustomField(ctx: Ctx, { fieldId }: { fieldId: string }) {
  await ctx.db.transaction(async (tx) => {
    const [field] = await tx
      .delete(customFieldDefinitions)
      .where(and(eq(customFieldDefinitions.id, fieldId), eq(customFieldDefinitions.orgId, ctx.org.id)))
      .returning();
    if (!field) throw new AppError('not_found', 'Field not found.');
    await tx
      .update(leads)
      .set({ customFields: sql`${leads.customFields} - ${field.key}::text` })
      .where(and(eq(leads.orgId, ctx.org.id), sql`${leads.customFields} ? ${field.key}`));
  });
}

/**
 * Validates values against the workspace's definitions and returns them ready to merge into
 * leads.custom_fields (null means remove). Errors name the field: `customFields.<key>`.
 */
export async function validateCustomFieldValues(db: Executor, orgId: string, values: Record<string, unknown>) {
  const definitions = await listCustomFields(db, { orgId });
  const parsed = customFieldValuesSchema(definitions).safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
    const message = issue.code === 'unrecognized_keys' ? `"${String(key)}" is not a custom field of this workspace.` : issue.message;
    throw new AppError('bad_request', message, { details: { field: `customFields.${String(key)}` } });
  }
  return parsed.data as Record<string, string | number | null>;
}
