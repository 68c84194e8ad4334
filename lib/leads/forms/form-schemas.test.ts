import { describe, expect, it } from 'vitest';
import { customFieldKeyOf, DEFAULT_FORM_FIELDS, formInputSchema, isHttpUrl, MAX_FORM_FIELDS } from './form-schemas';

const valid = {
  name: 'Website contact',
  title: 'Talk to us',
  description: '',
  fields: DEFAULT_FORM_FIELDS,
  submitLabel: 'Send',
  successMessage: 'Thanks!',
  redirectUrl: '',
  notifyEmails: [],
  tags: [],
  isActive: true,
};

function issuesOf(input: Record<string, unknown>) {
  const result = formInputSchema.safeParse({ ...valid, ...input });
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('formInputSchema', () => {
  it('accepts the defaults and normalises empty text, emails and tags', () => {
    const parsed = formInputSchema.parse({ ...valid, notifyEmails: [' Sales@Example.test', 'sales@example.test'], tags: ['web', 'web', 'uk'] });
    expect(parsed).toMatchObject({ description: null, redirectUrl: null, notifyEmails: ['sales@example.test'], tags: ['web', 'uk'] });
    expect(parsed.fields.map((field) => field.key)).toEqual(['name', 'email', 'company', 'message']);
  });

  it('bounds the name, title, description and success message', () => {
    expect(issuesOf({ name: ' ' })).toEqual([{ path: 'name', message: 'Name the form.' }]);
    expect(issuesOf({ name: 'x'.repeat(101) })[0]?.path).toBe('name');
    expect(issuesOf({ title: '' })[0]?.path).toBe('title');
    expect(issuesOf({ title: 'x'.repeat(201) })[0]?.path).toBe('title');
    expect(issuesOf({ description: 'x'.repeat(1001) })[0]?.path).toBe('description');
    expect(issuesOf({ description: 'x'.repeat(1000) })).toEqual([]);
    expect(issuesOf({ successMessage: 'x'.repeat(501) })[0]?.path).toBe('successMessage');
  });

  it('needs the email field, required, once', () => {
    expect(issuesOf({ fields: [{ key: 'name', label: 'Name', required: true }] })).toEqual([{ path: 'fields', message: 'Every form needs the Email field.' }]);
    expect(issuesOf({ fields: [{ key: 'email', label: 'Email', required: false }] })).toEqual([{ path: 'fields.0.required', message: 'The Email field must be required.' }]);
    expect(issuesOf({ fields: [...DEFAULT_FORM_FIELDS, { key: 'company', label: 'Firm', required: false }] })).toEqual([
      { path: 'fields.4.key', message: 'This field is on the form already.' },
    ]);
    expect(issuesOf({ fields: [] })[0]).toEqual({ path: 'fields', message: 'Add at least one field.' });
  });

  it('takes standard keys and well-formed custom keys only, with labels of 1 to 100 characters', () => {
    const email = { key: 'email', label: 'Email', required: true };
    expect(issuesOf({ fields: [email, { key: 'custom:budget', label: 'Budget', required: false }] })).toEqual([]);
    expect(issuesOf({ fields: [email, { key: 'password', label: 'Password', required: false }] })[0]?.path).toBe('fields.1.key');
    expect(issuesOf({ fields: [email, { key: 'custom:Bad Key', label: 'Bad', required: false }] })[0]?.path).toBe('fields.1.key');
    expect(issuesOf({ fields: [email, { key: 'phone', label: ' ', required: false }] })).toEqual([{ path: 'fields.1.label', message: 'Enter a label.' }]);
    expect(issuesOf({ fields: [email, { key: 'phone', label: 'x'.repeat(101), required: false }] })[0]?.path).toBe('fields.1.label');
  });

  it(`allows at most ${MAX_FORM_FIELDS} fields`, () => {
    const custom = Array.from({ length: MAX_FORM_FIELDS }, (_, i) => ({ key: `custom:f${i}`, label: `F${i}`, required: false }));
    expect(issuesOf({ fields: [{ key: 'email', label: 'Email', required: true }, ...custom] })[0]?.path).toBe('fields');
    expect(issuesOf({ fields: [{ key: 'email', label: 'Email', required: true }, ...custom.slice(1)] })).toEqual([]);
  });

  it('redirects only to http(s) addresses', () => {
    expect(issuesOf({ redirectUrl: 'https://example.test/thanks' })).toEqual([]);
    expect(issuesOf({ redirectUrl: 'javascript:alert(1)' })[0]?.path).toBe('redirectUrl');
    expect(issuesOf({ redirectUrl: '/thanks' })[0]?.path).toBe('redirectUrl');
    expect(issuesOf({ redirectUrl: null })).toEqual([]);
    expect(isHttpUrl('ftp://example.test')).toBe(false);
  });

  it('checks notification emails: valid, at most ten', () => {
    expect(issuesOf({ notifyEmails: ['not-an-email'] })[0]?.path).toBe('notifyEmails.0');
    expect(issuesOf({ notifyEmails: Array.from({ length: 11 }, (_, i) => `p${i}@example.test`) })[0]?.path).toBe('notifyEmails');
  });
});

describe('customFieldKeyOf', () => {
  it('strips the prefix of custom keys and ignores standard ones', () => {
    expect(customFieldKeyOf('custom:budget')).toBe('budget');
    expect(customFieldKeyOf('email')).toBeNull();
  });
});
