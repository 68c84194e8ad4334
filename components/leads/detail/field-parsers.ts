import type { CustomFieldDefinition } from '@/db/schema/lead-settings';
import { customFieldValuesSchema } from '@/lib/leads/custom-field-schemas';
import { updateLeadSchema } from '@/lib/leads/schemas';
import type { ParseResult } from './inline-field';

export const TEXT_FIELDS = [
  { name: 'name', label: 'Name', type: 'text' },
  { name: 'email', label: 'Email', type: 'email' },
  { name: 'company', label: 'Company', type: 'text' },
  { name: 'phone', label: 'Phone', type: 'tel' },
  { name: 'title', label: 'Job title', type: 'text' },
  { name: 'source', label: 'Source', type: 'text' },
] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number]['name'];

function firstIssue(error: { issues: { message: string }[] }) {
  return error.issues[0]?.message ?? 'Enter a valid value.';
}

/** One of the lead's text fields, through the same schema the action validates with. */
export function parseLeadText(name: TextFieldName, draft: string): ParseResult<string | null | undefined> {
  const result = updateLeadSchema.shape[name].safeParse(draft);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: firstIssue(result.error) };
}

/** The deal value typed in major units ("1,250.50") → integer cents; empty clears it. */
export function parseAmount(draft: string): ParseResult<number | null> {
  const text = draft.replace(/[\s,]/g, '');
  if (text === '') return { ok: true, value: null };
  const amount = Number(text);
  if (!Number.isFinite(amount) || amount < 0) return { ok: false, error: 'Enter an amount of 0 or more.' };
  const result = updateLeadSchema.shape.valueCents.safeParse(Math.round(amount * 100));
  return result.success ? { ok: true, value: result.data ?? null } : { ok: false, error: 'That amount is too large.' };
}

export function parseCurrency(draft: string): ParseResult<string> {
  const code = draft.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return { ok: false, error: 'Use a three-letter currency code such as USD or EUR.' };
  return { ok: true, value: code };
}

export function formatMoney(cents: number, currency: string) {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(cents / 100);
  } catch {
    // A code Intl does not know still shows, just without a symbol.
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

type Definition = Pick<CustomFieldDefinition, 'key' | 'type' | 'options' | 'label'>;

/** A custom field's value against its definition, as the server will check it; empty clears (null). */
export function parseCustomValue(definition: Definition, draft: string): ParseResult<string | number | null> {
  const result = customFieldValuesSchema([definition]).safeParse({ [definition.key]: draft });
  if (!result.success) return { ok: false, error: firstIssue(result.error) };
  const value = (result.data as Record<string, string | number | null | undefined>)[definition.key];
  return { ok: true, value: value ?? null };
}
