import { and, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { customFieldDefinitions, leadForms, type LeadFormField } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { customFieldKeyOf, type FormInput, type UpdateFormInput } from './form-schemas';

// A sanity cap rather than a plan limit: the dashboard lists every form of a workspace on one page.
export const MAX_FORMS_PER_WORKSPACE = 100;

export async function getForm(db: Executor, { orgId, formId }: { orgId: string; formId: string }) {
  const [form] = await db.select().from(leadForms).where(and(eq(leadForms.id, formId), eq(leadForms.orgId, orgId)));
  if (!form) throw new AppError('not_found', 'Form not found.');
  return form;
}

/**
 * Custom field keys must name a field of this workspace. The zod schema checks only their shape: the list
 * of fields lives in the database. The error lands on the editor's field list.
 */
export async function assertKnownCustomFields(db: Executor, orgId: string, fields: LeadFormField[]) {
  const wanted = fields.map((field) => customFieldKeyOf(field.key)).filter((key): key is string => key !== null);
  if (wanted.length === 0) return;
  const known = await db
    .select({ key: customFieldDefinitions.key })
    .from(customFieldDefinitions)
    .where(eq(customFieldDefinitions.orgId, orgId));
  const knownKeys = new Set(known.map((row) => row.key));
  const missing = wanted.find((key) => !knownKeys.has(key));
  if (missing) {
    throw new AppError('bad_request', `"${missing}" is not a custom field of this workspace. Remove it or create the field first.`, {
      details: { field: 'fields' },
    });
  }
}

function auditActor(ctx: Ctx) {
  return { orgId: ctx.org.id, actorType: ctx.actor, actorUserId: ctx.user?.id ?? null, actorApiKeyId: ctx.apiKey?.id ?? null } as const;
}

export async function createForm(ctx: Ctx, input: FormInput) {
  await assertKnownCustomFields(ctx.db, ctx.org.id, input.fields);
  return ctx.db.transaction(async (tx) => {
    // Serialises creations per workspace so two at once cannot both slip under the cap.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('lead_forms'), hashtext(${ctx.org.id}))`);
    const [{ total }] = (await tx.select({ total: count() }).from(leadForms).where(eq(leadForms.orgId, ctx.org.id))) as [{ total: number }];
    if (total >= MAX_FORMS_PER_WORKSPACE) {
      throw new AppError('bad_request', `A workspace can have at most ${MAX_FORMS_PER_WORKSPACE} forms. Delete one you no longer use.`);
    }
    const [form] = await tx
      .insert(leadForms)
      .values({ ...input, orgId: ctx.org.id, createdById: ctx.user?.id ?? null })
      .returning();
    await recordAudit(tx, { ...auditActor(ctx), action: 'lead_form.created', targetType: 'lead_form', targetId: form!.id, metadata: { name: form!.name } });
    return form!;
  });
}

/** Replaces every setting of the form: the editor always sends the whole form. */
export async function updateForm(ctx: Ctx, { formId, ...input }: UpdateFormInput) {
  await assertKnownCustomFields(ctx.db, ctx.org.id, input.fields);
  return ctx.db.transaction(async (tx) => {
    const [form] = await tx
      .update(leadForms)
      .set({ ...input, updatedAt: sql`now()` })
      .where(and(eq(leadForms.id, formId), eq(leadForms.orgId, ctx.org.id)))
      .returning();
    if (!form) throw new AppError('not_found', 'Form not found.');
    await recordAudit(tx, {
      ...auditActor(ctx),
      action: 'lead_form.updated',
      targetType: 'lead_form',
      targetId: form.id,
      metadata: { name: form.name, isActive: form.isActive },
    });
    return form;
  });
}

/**
 * Deletes the form. Its submissions and the leads they created stay (form_submissions.form_id is set to
 * null by the foreign key), so deleting a form never loses a lead.
 */
export async function deleteForm(ctx: Ctx, { formId }: { formId: string }) {
  return ctx.db.transaction(async (tx) => {
    const [form] = await tx
      .delete(leadForms)
      .where(and(eq(leadForms.id, formId), eq(leadForms.orgId, ctx.org.id)))
      .returning({ id: leadForms.id, name: leadForms.name });
    if (!form) throw new AppError('not_found', 'Form not found.');
    await recordAudit(tx, { ...auditActor(ctx), action: 'lead_form.deleted', targetType: 'lead_form', targetId: form.id, metadata: { name: form.name } });
    return form;
  });
}
