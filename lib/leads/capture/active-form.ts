import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db';
import { leadForms, type LeadForm } from '@/db/schema';
import type { CustomFieldDefinition } from '@/db/schema/lead-settings';
import { AppError } from '@/lib/errors';
import { listCustomFields } from '../custom-fields';

const formIdSchema = z.uuid();

/**
 * A form open to visitors, with its workspace's custom field definitions (to validate `custom:` fields).
 * Forms are public and addressed by id alone; unknown, malformed and switched-off ids all answer the same
 * not_found, so nobody can tell a paused form from one that never existed.
 */
export async function getActiveForm(db: Executor, formId: string): Promise<{ form: LeadForm; customFields: CustomFieldDefinition[] }> {
  if (!formIdSchema.safeParse(formId).success) throw new AppError('not_found', 'Form not found.');
  const [form] = await db.select().from(leadForms).where(and(eq(leadForms.id, formId), eq(leadForms.isActive, true)));
  if (!form) throw new AppError('not_found', 'Form not found.');
  const customFields = await listCustomFields(db, { orgId: form.orgId });
  return { form, customFields };
}
