import { describe, expect, it } from 'vitest';
import type { LeadFormField } from '@/db/schema/forms';
import { contactSubmissionSchema, contactValuesSchema } from './contact-schema';
import { buildSubmissionSchema, CONTACT_FORM_FIELDS, type SubmissionCustomField } from './submission-schema';

const fields: LeadFormField[] = [
  { key: 'name', label: 'Your name', required: false },
  { key: 'email', label: 'Email', required: true },
  { key: 'phone', label: 'Phone', required: false },
  { key: 'message', label: 'Message', required: false },
  { key: 'custom:budget', label: 'Budget', required: true },
  { key: 'custom:start', label: 'Start date', required: false },
  { key: 'custom:plan', label: 'Plan', required: false },
  { key: 'custom:team', label: 'Team', required: false },
  { key: 'custom:deleted', label: 'Gone', required: true },
];
const customFields: SubmissionCustomField[] = [
  { key: 'budget', label: 'Budget', type: 'number', options: [] },
  { key: 'start', label: 'Start', type: 'date', options: [] },
  { key: 'plan', label: 'Plan', type: 'select', options: ['Pro', 'Enterprise'] },
  { key: 'team', label: 'Team', type: 'text', options: [] },
];
const schema = buildSubmissionSchema(fields, customFields);

function fieldErrors(values: Record<string, unknown>) {
  const result = schema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('buildSubmissionSchema', () => {
  it('normalises the email, converts custom values and drops unknown keys and blanks', () => {
    const parsed = schema.parse({ email: '  Ada@Example.TEST ', name: ' Ada ', phone: '', 'custom:budget': '1200.50', 'custom:start': '2025-06-01', 'custom:plan': 'Pro', 'custom:team': ' ', isAdmin: true });
    expect(parsed).toEqual({ email: 'ada@example.test', name: 'Ada', 'custom:budget': 1200.5, 'custom:start': '2025-06-01', 'custom:plan': 'Pro' });
  });

  it('always requires an email, even when the field list forgets it', () => {
    const noEmailField = buildSubmissionSchema([{ key: 'name', label: 'Name', required: true }], []);
    const result = noEmailField.safeParse({ name: 'Ada' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['email'], message: 'Enter your email address.' });
  });

  it('names each bad field with a message a visitor understands', () => {
    expect(fieldErrors({ email: 'not-an-email', 'custom:budget': 'lots', 'custom:start': '01/06/2025', 'custom:plan': 'Free' })).toEqual({
      email: 'Enter a valid email address.',
      'custom:budget': 'Budget must be a number.',
      'custom:start': 'Start date must be a date (YYYY-MM-DD).',
      'custom:plan': 'Choose one of: Pro, Enterprise.',
    });
  });

  it('honours required on custom fields and skips fields whose definition was deleted', () => {
    expect(fieldErrors({ email: 'a@b.test', 'custom:budget': '' })).toEqual({ 'custom:budget': 'Budget is required.' });
    expect(fieldErrors({ email: 'a@b.test', 'custom:budget': 10 })).toEqual({});
  });

  it('caps the message at 5,000 characters and other text at 200', () => {
    expect(fieldErrors({ email: 'a@b.test', 'custom:budget': 1, message: 'x'.repeat(5_000) })).toEqual({});
    expect(fieldErrors({ email: 'a@b.test', 'custom:budget': 1, message: 'x'.repeat(5_001) })).toEqual({ message: 'Message can be at most 5,000 characters.' });
    expect(fieldErrors({ email: 'a@b.test', 'custom:budget': 1, name: 'x'.repeat(201), 'custom:team': 'y'.repeat(201) })).toEqual({
      name: 'Your name can be at most 200 characters.',
      'custom:team': 'Team can be at most 200 characters.',
    });
  });

  it('keeps name optional unless the form requires it', () => {
    const required = buildSubmissionSchema([{ key: 'name', label: 'Name', required: true }, { key: 'email', label: 'Email', required: true }], []);
    expect(required.safeParse({ email: 'a@b.test', name: '  ' }).error?.issues[0]?.message).toBe('Name is required.');
    expect(schema.safeParse({ email: 'a@b.test', 'custom:budget': 1 }).success).toBe(true);
  });
});

describe('the contact form schema', () => {
  it('follows the same rules as buildSubmissionSchema(CONTACT_FORM_FIELDS)', () => {
    const general = buildSubmissionSchema(CONTACT_FORM_FIELDS, []);
    const samples = [
      { name: 'Ada', email: ' ADA@example.test', company: '', message: 'Hello' },
      { name: '', email: 'nope', message: '' },
      { name: 'Ada', email: 'a@b.test', company: 'x'.repeat(201), message: 'y'.repeat(5_001) },
    ];
    for (const sample of samples) {
      const a = contactValuesSchema.safeParse(sample);
      const b = general.safeParse(sample);
      expect(a.success).toBe(b.success);
      expect(a.data).toEqual(b.data);
      expect(a.error?.issues.map((issue) => [issue.path.join('.'), issue.message]).sort()).toEqual(b.error?.issues.map((issue) => [issue.path.join('.'), issue.message]).sort());
    }
  });

  it('accepts the hidden spam and attribution fields next to the values', () => {
    const parsed = contactSubmissionSchema.parse({ name: 'Ada', email: 'a@b.test', message: 'Hi', website: '', _started: 1_700_000_000_000, landingPage: '/?utm_source=x' });
    expect(parsed).toMatchObject({ website: '', _started: 1_700_000_000_000, landingPage: '/?utm_source=x' });
  });
});
