import { z } from 'zod';
import type { LeadFormField } from '@/db/schema/forms';
import type { StandardFormFieldKey } from '@/db/schema/values';
import { isHttpUrl } from '@/lib/http/urls';
import { CUSTOM_FIELD_PREFIX, isStandardFieldKey } from './field-keys';

// Pure zod (no Drizzle tables): the editor in the browser, the actions and the domain share these.

export const MAX_FORM_FIELDS = 30;
export const MAX_NOTIFY_EMAILS = 10;
export const MAX_FORM_TAGS = 20;

// Existing importers (the editor, field options) keep reading these from here.
export { customFieldKeyOf, isStandardFieldKey, toCustomFieldKey } from './field-keys';
export { isHttpUrl } from '@/lib/http/urls';

// The same shape custom field keys are created with (lib/leads/custom-field-schemas.ts).
const CUSTOM_KEY = new RegExp(`^${CUSTOM_FIELD_PREFIX}[a-z][a-z0-9_]{0,39}$`);

export const STANDARD_FIELD_LABELS: Record<StandardFormFieldKey, string> = {
  name: 'Name',
  email: 'Email',
  company: 'Company',
  phone: 'Phone',
  message: 'Message',
};

/** What a new form asks for: enough to follow up, nothing a visitor would hesitate over. */
export const DEFAULT_FORM_FIELDS: LeadFormField[] = [
  { key: 'name', label: 'Name', required: true },
  { key: 'email', label: 'Email', required: true },
  { key: 'company', label: 'Company', required: false },
  { key: 'message', label: 'Message', required: false },
];

export const leadFormFieldSchema = z.object({
  key: z
    .string()
    .trim()
    .refine((key) => isStandardFieldKey(key) || CUSTOM_KEY.test(key), { message: 'Choose a standard field or one of the workspace’s custom fields.' }),
  label: z.string().trim().min(1, 'Enter a label.').max(100, 'Keep the label under 100 characters.'),
  required: z.boolean(),
});

export const formFieldsSchema = z
  .array(leadFormFieldSchema)
  .min(1, 'Add at least one field.')
  .max(MAX_FORM_FIELDS, `A form can have at most ${MAX_FORM_FIELDS} fields.`)
  .superRefine((fields, issue) => {
    const seen = new Set<string>();
    fields.forEach((field, index) => {
      if (seen.has(field.key)) issue.addIssue({ code: 'custom', message: 'This field is on the form already.', path: [index, 'key'] });
      seen.add(field.key);
    });
    // Leads are deduplicated by email and every follow-up needs one, so no form may go without it.
    const emailIndex = fields.findIndex((field) => field.key === 'email');
    if (emailIndex === -1) issue.addIssue({ code: 'custom', message: 'Every form needs the Email field.' });
    else if (!fields[emailIndex]!.required) issue.addIssue({ code: 'custom', message: 'The Email field must be required.', path: [emailIndex, 'required'] });
  });

const email = z.string().trim().toLowerCase().pipe(z.email('Enter valid email addresses.').max(254));
const tag = z.string().trim().min(1).max(50, 'Keep each tag under 50 characters.');

/** Empty text means "no redirect"; anything else must be an absolute http(s) URL. */
export const redirectUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .transform((value) => value || null)
  .refine((value) => value === null || isHttpUrl(value), { message: 'Enter a full http:// or https:// address.' })
  .nullable();

export const formInputSchema = z.object({
  name: z.string().trim().min(1, 'Name the form.').max(100, 'Keep the name under 100 characters.'),
  title: z.string().trim().min(1, 'Enter the title visitors see.').max(200, 'Keep the title under 200 characters.'),
  description: z
    .string()
    .trim()
    .max(1000, 'Keep the description under 1,000 characters.')
    .transform((value) => value || null)
    .nullable(),
  fields: formFieldsSchema,
  submitLabel: z.string().trim().min(1, 'Label the button.').max(40, 'Keep the button label under 40 characters.'),
  successMessage: z.string().trim().min(1, 'Enter the message shown after sending.').max(500, 'Keep the message under 500 characters.'),
  redirectUrl: redirectUrlSchema,
  notifyEmails: z
    .array(email)
    .max(MAX_NOTIFY_EMAILS, `Notify at most ${MAX_NOTIFY_EMAILS} addresses.`)
    .transform((emails) => [...new Set(emails)]),
  tags: z
    .array(tag)
    .max(MAX_FORM_TAGS, `Use at most ${MAX_FORM_TAGS} tags.`)
    .transform((tags) => [...new Set(tags)]),
  isActive: z.boolean(),
});
export type FormInput = z.infer<typeof formInputSchema>;
export type FormInputValues = z.input<typeof formInputSchema>;

export const updateFormSchema = formInputSchema.extend({ formId: z.uuid() });
export type UpdateFormInput = z.infer<typeof updateFormSchema>;

export const listFormSubmissionsQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListFormSubmissionsQuery = z.infer<typeof listFormSubmissionsQuerySchema>;
