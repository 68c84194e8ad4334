import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Executor } from '@/db';
import { formSubmissions, leads, orgs, type LeadForm, type LeadFormField } from '@/db/schema';
import type { Attribution } from '@/db/schema/values';
import { hasAttribution } from '@/lib/analytics/attribution';
import { AppError } from '@/lib/errors';
import type { EmailProvider } from '@/lib/providers/email';
import { recordActivity } from '../activities';
import { createLead } from '../create-lead';
import { afterCapture } from './after-capture';
import { customFieldKeyOf } from '../forms/field-keys';
import { buildSubmissionSchema, type SubmissionCustomField } from './submission-schema';

export type CaptureMeta = {
  attribution: Attribution;
  userAgent?: string | null;
  now?: Date;
  /** The Origin header of a cross-site post, kept in the analytics event's props. */
  origin?: string | null;
};

export type CaptureLeadInput = {
  orgId: string;
  /** null: the site's own contact form. */
  form: LeadForm | null;
  fields: LeadFormField[];
  customFields: SubmissionCustomField[];
  values: Record<string, unknown>;
  meta: CaptureMeta;
  /** Who is told about it; defaults to the form's notification list. */
  notifyEmails?: string[];
};

export type CaptureResult = { leadId: string; created: boolean; submissionId: string };

export const CONTACT_FORM_NAME = 'Contact form';

const textOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function splitValues(values: Record<string, unknown>) {
  const text = { name: textOf(values.name), company: textOf(values.company), phone: textOf(values.phone), message: textOf(values.message) };
  const customFields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const customKey = customFieldKeyOf(key);
    if (customKey !== null && value !== undefined) customFields[customKey] = value;
  }
  return { ...text, email: values.email as string, customFields };
}

async function orgRef(db: Executor, orgId: string) {
  const [org] = await db.select({ id: orgs.id, slug: orgs.slug, name: orgs.name, plan: orgs.plan }).from(orgs).where(eq(orgs.id, orgId));
  if (!org) throw new AppError('not_found', 'Form not found.');
  return org;
}

/** The stored name of the workspace's lead with this email, so a form without a name field keeps it. */
async function existingName(db: Executor, orgId: string, email: string) {
  const [lead] = await db.select({ name: leads.name }).from(leads).where(and(eq(leads.orgId, orgId), eq(leads.email, email)));
  return lead?.name;
}

function readableFields(fields: LeadFormField[], values: Record<string, unknown>) {
  return fields.flatMap((field) => {
    const value = values[field.key];
    return value === undefined || value === null || value === '' ? [] : [{ label: field.label, value: String(value) }];
  });
}

/**
 * Turns one visitor's submission into a lead: the one path for the contact form, hosted forms and the
 * public endpoint. Validates the values (a ZodError names each bad field), then in one transaction
 * upserts the lead by email, keeps the first-touch attribution, stores the submission and puts it on the
 * lead's timeline (which rescores the lead). Analytics, the lead event and notification emails follow the
 * commit and never undo it.
 */
export async function captureLead(db: Db, input: CaptureLeadInput, options: { emailProvider?: EmailProvider } = {}): Promise<CaptureResult> {
  const values = buildSubmissionSchema(input.fields, input.customFields).parse(input.values) as Record<string, unknown>;
  const { form, meta } = input;
  const org = await orgRef(db, input.orgId);
  const { name, email, company, phone, message, customFields } = splitValues(values);
  const formName = form?.name ?? CONTACT_FORM_NAME;
  const source = (form ? `form:${form.name}` : 'contact').slice(0, 100);
  const attribution = meta.attribution;
  const now = meta.now ?? new Date();

  const result = await db.transaction(async (tx) => {
    // Without a name field the lead is named after the email's local part, unless it already has a name.
    const leadName = name ?? (await existingName(tx, org.id, email)) ?? email.split('@')[0]!;
    const { lead, created } = await createLead(tx, {
      orgId: org.id,
      input: { name: leadName.slice(0, 200), email, company, phone, source, tags: form?.tags ?? [], customFields: Object.keys(customFields).length ? customFields : undefined },
    });
    // First touch wins: a returning visitor's later campaign never overwrites how they first arrived.
    if (hasAttribution(attribution)) {
      await tx.update(leads).set({ attribution }).where(and(eq(leads.id, lead.id), eq(leads.orgId, org.id), isNull(leads.attribution)));
    }
    const [submission] = await tx
      .insert(formSubmissions)
      .values({ orgId: org.id, formId: form?.id ?? null, channel: form ? 'lead_form' : 'contact_form', formName, leadId: lead.id, createdLead: created, data: values, attribution, userAgent: meta.userAgent?.slice(0, 500) ?? null, createdAt: now })
      .returning({ id: formSubmissions.id });
    await recordActivity(tx, { org, actor: 'system', user: null }, {
      leadId: lead.id,
      type: 'form_submitted',
      body: message ?? null,
      data: { formId: form?.id ?? null, formName, submissionId: submission!.id, utm: attribution.utm ?? null, landingPage: attribution.landingPage ?? null, referrer: attribution.referrer ?? null },
      occurredAt: now,
    });
    return { leadId: lead.id, created, submissionId: submission!.id, leadName: lead.name };
  });

  await afterCapture(
    db,
    {
      org,
      formId: form?.id ?? null,
      formName,
      leadId: result.leadId,
      created: result.created,
      source,
      lead: { name: result.leadName, email },
      fields: readableFields(input.fields, values),
      attribution,
      origin: meta.origin,
      notifyEmails: input.notifyEmails ?? form?.notifyEmails ?? [],
    },
    options.emailProvider,
  );
  return { leadId: result.leadId, created: result.created, submissionId: result.submissionId };
}
