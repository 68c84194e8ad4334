import { z } from 'zod';
import type { LeadFormField } from '@/db/schema/forms';
import type { CustomFieldDefinition } from '@/db/schema/lead-settings';
import { customFieldKeyOf, isStandardFieldKey } from '@/lib/leads/forms/field-keys';

// Pure zod with type-only schema imports: the hosted form and the contact form run these in the browser,
// the public endpoint and the server action run the same rules on the server.

export const MAX_MESSAGE_LENGTH = 5_000;
export const MAX_VALUE_LENGTH = 200;
// The lead's phone column is edited with a 50-character limit elsewhere; a form must not store more.
const MAX_PHONE_LENGTH = 50;

export const CONTACT_FORM_FIELDS: LeadFormField[] = [
  { key: 'name', label: 'Name', required: true },
  { key: 'email', label: 'Email', required: true },
  { key: 'company', label: 'Company', required: false },
  { key: 'message', label: 'Message', required: true },
];

export type SubmissionCustomField = Pick<CustomFieldDefinition, 'key' | 'label' | 'type' | 'options'>;

function textSchema(label: string, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be text.`) })
    .trim()
    .max(max, `${label} can be at most ${max.toLocaleString('en-US')} characters.`);
}

export function requiredText(label: string, max: number) {
  return textSchema(label, max).min(1, `${label} is required.`);
}

/** A text value the visitor may leave out: blank or missing both end as undefined. */
export function optionalText(label: string, max: number) {
  return textSchema(label, max)
    .optional()
    .transform((value) => value || undefined);
}

/** The visitor's email, always required; trimmed and lower-cased because it is the lead's dedupe key. */
export const submissionEmailSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'Enter your email address.' : 'Enter a valid email address.') })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address.')
  .pipe(z.email('Enter a valid email address.').max(254, 'Enter a valid email address.'));

function standardValueSchema(field: LeadFormField) {
  const max = field.key === 'message' ? MAX_MESSAGE_LENGTH : field.key === 'phone' ? MAX_PHONE_LENGTH : MAX_VALUE_LENGTH;
  return field.required ? requiredText(field.label, max) : optionalText(field.label, max);
}

// Form posts send every value as text, and an untouched input as "": both mean "not given".
const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

function customValueSchema(definition: SubmissionCustomField, field: LeadFormField) {
  const label = field.label;
  const message = (fallback: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `${label} is required.` : fallback);
  let value: z.ZodType;
  switch (definition.type) {
    case 'number':
      value = z.union([z.number().finite(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)], { error: message(`${label} must be a number.`) });
      break;
    case 'date':
      value = z.iso.date({ error: message(`${label} must be a date (YYYY-MM-DD).`) });
      break;
    case 'select':
      value = definition.options.length
        ? z.enum(definition.options as [string, ...string[]], { error: message(`Choose one of: ${definition.options.join(', ')}.`) })
        : z.never({ error: message(`${label} has no options to choose from.`) });
      break;
    default:
      value = z.string({ error: message(`${label} must be text.`) }).max(MAX_VALUE_LENGTH, `${label} can be at most ${MAX_VALUE_LENGTH} characters.`);
  }
  return z.preprocess((input) => blankToUndefined(trimmed(input)), field.required ? value : value.optional());
}

/**
 * The zod object for a visitor's values on a form with these fields. Values are keyed by the form field
 * key (`email`, `custom:budget`); keys the form does not ask for are dropped. A custom field whose
 * definition was deleted since the form was saved is skipped rather than blocking every submission.
 */
export function buildSubmissionSchema(fields: LeadFormField[], customFields: SubmissionCustomField[]) {
  const shape: Record<string, z.ZodType> = { email: submissionEmailSchema };
  for (const field of fields) {
    if (field.key === 'email') continue;
    const customKey = customFieldKeyOf(field.key);
    if (customKey === null) {
      if (isStandardFieldKey(field.key)) shape[field.key] = standardValueSchema(field);
      continue;
    }
    const definition = customFields.find((candidate) => candidate.key === customKey);
    if (definition) shape[field.key] = customValueSchema(definition, field);
  }
  return z.object(shape);
}

export type SubmissionValues = Record<string, unknown> & { email: string };
