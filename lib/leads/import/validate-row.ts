import type { z } from 'zod';
import type { ImportRowError } from '@/db/schema';
import { customFieldValuesSchema } from '../custom-field-schemas';
import { createLeadSchema, type CreateLeadInput } from '../schemas';
import { IMPORT_FIELD_LABELS, isBuiltInField, type BuiltInImportField, type ImportCustomField } from './fields';
import type { ResolvedMapping } from './mapping';

export type RowPlan = {
  columns: string[];
  // Column index of each mapped built-in field.
  indexOf: Partial<Record<BuiltInImportField, number>>;
  custom: { key: string; label: string; index: number }[];
  customSchema: z.ZodType;
  batchTags: string[];
};

export type RowResult = { ok: true; input: CreateLeadInput } | { ok: false; errors: ImportRowError[] };

/** Resolves the mapping to column indexes once per import, so each row is a few array reads. */
export function compileRowPlan({ columns, mapping, customFields, batchTags }: { columns: string[]; mapping: ResolvedMapping; customFields: ImportCustomField[]; batchTags: string[] }): RowPlan {
  const indexOf: RowPlan['indexOf'] = {};
  const custom: RowPlan['custom'] = [];
  for (const [column, field] of Object.entries(mapping)) {
    const index = columns.indexOf(column);
    if (index < 0) continue;
    if (isBuiltInField(field)) indexOf[field] = index;
    else {
      const definition = customFields.find((candidate) => `custom:${candidate.key}` === field);
      if (definition) custom.push({ key: definition.key, label: definition.label, index });
    }
  }
  return { columns, indexOf, custom, customSchema: customFieldValuesSchema(customFields), batchTags };
}

// Exports prefix formula-like cells with a quote (see lib/leads/export); importing strips it again so a
// phone "+1 555…" survives the round trip.
export function cleanCell(value: string | undefined): string {
  const text = (value ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const MONEY = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/;

/** "1,250.50", "$1250", "1250 EUR" → cents; null when it is not an amount. */
export function parseMoneyToCents(text: string): number | null {
  const amount = text.replace(/^(?:[$€£¥]|[A-Za-z]{3}\s)\s*/, '').replace(/\s*[A-Za-z]{3}$/, '').trim();
  if (!MONEY.test(amount)) return null;
  const [whole = '0', fraction = ''] = amount.replace(/,/g, '').split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function splitTags(text: string): string[] {
  return text.split(/[,;]/).map((item) => item.trim()).filter(Boolean);
}

/**
 * One CSV record → a createLeadSchema input, or every problem in it with the spreadsheet row number
 * (header = row 1) and the CSV column the problem came from. Empty cells mean "no value" (on an update
 * they keep what is stored).
 */
export function rowToLead(record: string[], row: number, plan: RowPlan): RowResult {
  const errors: ImportRowError[] = [];
  const columnOf = (field: BuiltInImportField) => plan.columns[plan.indexOf[field] ?? -1] ?? IMPORT_FIELD_LABELS[field];
  const cell = (field: BuiltInImportField) => {
    const index = plan.indexOf[field];
    return index === undefined ? '' : cleanCell(record[index]);
  };
  const fail = (field: BuiltInImportField, message: string) => errors.push({ row, column: columnOf(field), message });

  const nameField: BuiltInImportField = plan.indexOf.name !== undefined ? 'name' : plan.indexOf.firstName !== undefined ? 'firstName' : 'lastName';
  const name = nameField === 'name' ? cell('name') : [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
  if (!name) fail(nameField, 'Name is required.');

  let valueCents: number | undefined;
  const value = cell('value');
  if (value) {
    const cents = parseMoneyToCents(value);
    if (cents === null) fail('value', `"${clip(value)}" is not an amount; use a number like 1250 or 1,250.50.`);
    else valueCents = cents;
  }

  const tags = [...new Set([...splitTags(cell('tags')), ...plan.batchTags])];
  const customFields = customValues(record, row, plan, errors);
  const candidate = {
    name,
    email: cell('email') || undefined,
    company: cell('company'),
    phone: cell('phone'),
    title: cell('title'),
    source: cell('source'),
    tags: tags.length ? tags : undefined,
    valueCents,
    customFields,
  };
  const parsed = createLeadSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'tags' ? 'tags' : (issue.path[0] as BuiltInImportField);
      // The name check above already reported an empty name.
      if (field === 'name' && !name) continue;
      const label = IMPORT_FIELD_LABELS[field] ?? String(field);
      const message =
        issue.code === 'too_big' && field !== 'tags'
          ? `${label} is longer than ${String(issue.maximum)} characters.`
          : field === 'email'
            ? `"${clip(candidate.email ?? '')}" is not a valid email address.`
            : field === 'tags'
              ? issue.code === 'too_big' && issue.path.length === 1 ? 'A lead can have at most 50 tags.' : 'A tag has at most 50 characters.'
              : issue.message;
      errors.push({ row, column: field === 'name' ? columnOf(nameField) : columnOf(field), message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

function customValues(record: string[], row: number, plan: RowPlan, errors: ImportRowError[]) {
  if (plan.custom.length === 0) return undefined;
  const raw: Record<string, string> = {};
  for (const { key, index } of plan.custom) {
    const text = cleanCell(record[index]);
    if (text) raw[key] = text;
  }
  if (Object.keys(raw).length === 0) return undefined;
  const parsed = plan.customSchema.safeParse(raw);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  for (const issue of parsed.error.issues) {
    const entry = plan.custom.find((field) => field.key === issue.path[0]);
    // Each value schema is a union of "empty" and the real type: the real type's message is the useful one.
    const message = issue.code === 'invalid_union' ? (issue.errors.at(-1)?.[0]?.message ?? issue.message) : issue.message;
    errors.push({ row, column: entry ? plan.columns[entry.index]! : 'custom field', message });
  }
  return undefined;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
