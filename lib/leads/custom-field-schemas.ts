import { z } from 'zod';
import { CUSTOM_FIELD_TYPES, type CustomFieldDefinition } from '@/db/schema/lead-settings';

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

/** The zod schema of one field's value; an empty value clears it (null). */
function valueSchema(definition: Pick<CustomFieldDefinition, 'type' | 'options' | 'label'>) {
  const empty = z.union([z.literal(''), z.null()]).transform(() => null);
  switch (definition.type) {
    case 'number':
      return z.union([empty, z.coerce.number({ error: `${definition.label} must be a number.` }).finite()]);
    case 'date':
      return z.union([empty, z.iso.date({ error: `${definition.label} must be a date (YYYY-MM-DD).` })]);
    case 'select':
      return z.union([empty, z.enum(definition.options as [string, ...string[]], { error: `Choose one of: ${definition.options.join(', ')}.` })]);
    default:
      return z.union([empty, z.string().trim().max(2000)]);
  }
}

/** Validates custom field values against the workspace's definitions; unknown keys are refused. */
export function customFieldValuesSchema(definitions: Pick<CustomFieldDefinition, 'key' | 'type' | 'options' | 'label'>[]) {
  return z.strictObject(Object.fromEntries(definitions.map((definition) => [definition.key, valueSchema(definition).optional()])));
}
