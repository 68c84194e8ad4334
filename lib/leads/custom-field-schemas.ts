import { z } from 'zod';
import type { CustomFieldDefinition } from '@/db/schema/lead-settings';
import { CUSTOM_FIELD_TYPES } from '@/db/schema/values';

const label = z.string().trim().min(1, 'Enter a label.').max(60);
const options = z.array(z.string().trim().min(1).max(60)).max(50);

export const createCustomFieldSchema = z
  .object({
    label,
    // The key values are stored under: lower snake case, from the label when left out.
    key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lower-case letters, digits and underscores.').optional(),
    type: z.enum(CUSTOM_FIELD_TYPES),
    options: options.default([]),
  })
  .refine((v) => v.type !== 'select' || v.options.length > 0, { message: 'A select field needs at least one option.', path: ['options'] });
export type CreateCustomFieldInput = z.infer<typeof createCustomFieldSchema>;

export const updateCustomFieldSchema = z.object({ fieldId: z.uuid(), label: label.optional(), options: options.optional() });
export type UpdateCustomFieldInput = z.infer<typeof updateCustomFieldSchema>;

export function keyFromLabel(text: string) {
  const key = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40);
  return /^[a-z]/.test(key) ? key : `field_${key}`.slice(0, 40);
}

/**
 * The zod schema of one field's value; an empty value clears it (null). The message sits on the union too:
 * when every branch fails zod reports the union's own message, which would otherwise be "Invalid input".
 */
function valueSchema(definition: Pick<CustomFieldDefinition, 'type' | 'options' | 'label'>) {
  const empty = z.union([z.literal(''), z.null()]).transform(() => null);
  const either = <T extends z.ZodType>(schema: T, error: string) => z.union([empty, schema], { error });
  switch (definition.type) {
    case 'number': {
      const error = `${definition.label} must be a number.`;
      // A number, or text that is one ("12.5"); blanks and booleans are refused rather than read as 0 or 1.
      const numericText = z.string().trim().regex(/^-?\d+(\.\d+)?$/, { error }).transform(Number);
      return either(z.union([z.number({ error }).finite({ error }), numericText], { error }), error);
    }
    case 'date': {
      const error = `${definition.label} must be a date (YYYY-MM-DD).`;
      return either(z.iso.date({ error }), error);
    }
    case 'select': {
      const error = `Choose one of: ${definition.options.join(', ')}.`;
      return either(z.enum(definition.options as [string, ...string[]], { error }), error);
    }
    default: {
      const error = `${definition.label} must be text of at most 2000 characters.`;
      return either(z.string({ error }).trim().max(2000, { error }), error);
    }
  }
}

/** Validates custom field values against the workspace's definitions; unknown keys are refused. */
export function customFieldValuesSchema(definitions: Pick<CustomFieldDefinition, 'key' | 'type' | 'options' | 'label'>[]) {
  return z.strictObject(Object.fromEntries(definitions.map((definition) => [definition.key, valueSchema(definition).optional()])));
}
