import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { orgs, type LeadFormField } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { getActiveForm } from '@/lib/leads/capture/active-form';
import type { SubmissionCustomField } from '@/lib/leads/capture/submission-schema';
import { toCustomFieldKey } from './field-keys';

/** What the public page at /f/<id> may show: no owner, no notification list, no tags. */
export type HostedForm = {
  id: string;
  orgName: string;
  title: string;
  description: string | null;
  fields: LeadFormField[];
  submitLabel: string;
  successMessage: string;
  redirectUrl: string | null;
  customFields: SubmissionCustomField[];
};

/**
 * An active form as visitors see it, with its workspace's name. Unknown, malformed and paused ids are
 * all not_found (getActiveForm). Custom fields are limited to the ones the form asks for.
 */
export async function getHostedForm(db: Executor, formId: string): Promise<HostedForm> {
  const { form, customFields } = await getActiveForm(db, formId);
  const [org] = await db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, form.orgId));
  if (!org) throw new AppError('not_found', 'Form not found.');
  const asked = new Set(form.fields.map((field) => field.key));
  return {
    id: form.id,
    orgName: org.name,
    title: form.title,
    description: form.description,
    fields: form.fields,
    submitLabel: form.submitLabel,
    successMessage: form.successMessage,
    redirectUrl: form.redirectUrl,
    customFields: customFields
      .filter((definition) => asked.has(toCustomFieldKey(definition.key)))
      .map(({ key, label, type, options }) => ({ key, label, type, options })),
  };
}
