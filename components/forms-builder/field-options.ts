import { STANDARD_FORM_FIELD_KEYS } from '@/db/schema/values';
import { customFieldKeyOf, STANDARD_FIELD_LABELS, toCustomFieldKey } from '@/lib/leads/forms/form-schemas';

/** A workspace custom field as the editor offers it. */
export type CustomFieldOption = { key: string; label: string; type: string };

export type FieldOption = { key: string; label: string; kind: 'standard' | 'custom' };

/** Every field a form may ask for: the standard ones, then the workspace's custom fields. */
export function fieldOptions(customFields: CustomFieldOption[]): FieldOption[] {
  return [
    ...STANDARD_FORM_FIELD_KEYS.map((key) => ({ key, label: STANDARD_FIELD_LABELS[key], kind: 'standard' as const })),
    ...customFields.map((field) => ({ key: toCustomFieldKey(field.key), label: field.label, kind: 'custom' as const })),
  ];
}

/** How the editor names the lead field behind a form field, including one whose custom field was deleted. */
export function describeField(key: string, customFields: CustomFieldOption[]): { name: string; isMissing: boolean } {
  const customKey = customFieldKeyOf(key);
  if (customKey === null) return { name: STANDARD_FIELD_LABELS[key as keyof typeof STANDARD_FIELD_LABELS] ?? key, isMissing: false };
  const field = customFields.find((candidate) => candidate.key === customKey);
  return field ? { name: `${field.label} (custom field)`, isMissing: false } : { name: `Deleted custom field “${customKey}”`, isMissing: true };
}
