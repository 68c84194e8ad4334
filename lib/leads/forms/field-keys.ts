import { STANDARD_FORM_FIELD_KEYS, type StandardFormFieldKey } from '@/db/schema/values';

// How a form field names what it asks for: a standard lead field (`email`) or one of the workspace's custom
// fields (`custom:budget`). Pure and client-safe: the form editor, the hosted form, the submission schema
// and capture all read keys through these, so the prefix is spelled in one place.

export const CUSTOM_FIELD_PREFIX = 'custom:';

export function isStandardFieldKey(key: string): key is StandardFormFieldKey {
  return (STANDARD_FORM_FIELD_KEYS as readonly string[]).includes(key);
}

/** `custom:budget` → `budget`; null for a standard key. */
export function customFieldKeyOf(formFieldKey: string): string | null {
  return formFieldKey.startsWith(CUSTOM_FIELD_PREFIX) ? formFieldKey.slice(CUSTOM_FIELD_PREFIX.length) : null;
}

/** `budget` → `custom:budget`: the form field key for a workspace custom field. */
export function toCustomFieldKey(customKey: string): string {
  return `${CUSTOM_FIELD_PREFIX}${customKey}`;
}
