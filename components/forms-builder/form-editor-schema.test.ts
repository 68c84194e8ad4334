import { describe, expect, it } from 'vitest';
import { formInputSchema } from '@/lib/leads/forms/form-schemas';
import { formEditorSchema, splitList, toEditorValues, toFormInput } from './form-editor-schema';

const errorsOf = (values: Record<string, unknown>) => {
  const result = formEditorSchema.safeParse({ ...toEditorValues(), name: 'Contact', ...values });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('form editor schema', () => {
  it('starts a new form with the default fields and a thank-you message', () => {
    const values = toEditorValues();
    expect(values.fields.map((field) => field.key)).toEqual(['name', 'email', 'company', 'message']);
    expect(values).toMatchObject({ afterSubmit: 'message', isActive: true, notifyEmails: '' });
  });

  it('round-trips a saved form into the action input the shared schema accepts', () => {
    const saved = {
      name: 'Demo', title: 'Book a demo', description: null, fields: [{ key: 'email', label: 'Email', required: true }], submitLabel: 'Book',
      successMessage: 'Thanks!', redirectUrl: 'https://example.test/thanks', notifyEmails: ['a@example.test', 'b@example.test'], tags: ['demo'], isActive: false,
    };
    const values = toEditorValues(saved);
    expect(values).toMatchObject({ afterSubmit: 'redirect', notifyEmails: 'a@example.test, b@example.test', tags: 'demo', description: '' });
    const input = toFormInput(formEditorSchema.parse(values));
    expect(formInputSchema.parse(input)).toEqual(saved);
  });

  it('drops the redirect when the message is chosen, and needs an http(s) address when redirecting', () => {
    const values = formEditorSchema.parse({ ...toEditorValues(), name: 'x', afterSubmit: 'message', redirectUrl: 'https://example.test' });
    expect(toFormInput(values).redirectUrl).toBeNull();
    expect(errorsOf({ afterSubmit: 'redirect', redirectUrl: '' })).toEqual({ redirectUrl: 'Enter the address to send visitors to.' });
    expect(errorsOf({ afterSubmit: 'redirect', redirectUrl: 'javascript:alert(1)' })).toEqual({ redirectUrl: 'Enter a full http:// or https:// address.' });
  });

  it('needs a thank-you message only while it is the chosen outcome', () => {
    expect(errorsOf({ afterSubmit: 'message', successMessage: ' ' })).toEqual({ successMessage: 'Enter the message shown after sending.' });
    const redirecting = formEditorSchema.parse({ ...toEditorValues(), name: 'x', afterSubmit: 'redirect', redirectUrl: 'https://example.test', successMessage: '' });
    expect(toFormInput(redirecting).successMessage).toBe('Thanks! We will be in touch soon.');
  });

  it('reads lists separated by commas or lines and names the bad email', () => {
    expect(splitList(' a@x.test,\nb@x.test , ,')).toEqual(['a@x.test', 'b@x.test']);
    expect(errorsOf({ notifyEmails: 'a@example.test, nope' })).toEqual({ notifyEmails: '“nope” is not a valid email address.' });
    expect(errorsOf({ notifyEmails: Array.from({ length: 11 }, (_, i) => `p${i}@example.test`).join('\n') })).toEqual({ notifyEmails: 'Notify at most 10 addresses.' });
    expect(errorsOf({ tags: 'x'.repeat(51) })).toEqual({ tags: 'Keep each tag under 50 characters.' });
  });

  it('keeps the shared field rules', () => {
    expect(errorsOf({ fields: [{ key: 'name', label: 'Name', required: true }] })).toEqual({ fields: 'Every form needs the Email field.' });
    expect(errorsOf({ name: '' })).toEqual({ name: 'Name the form.' });
  });
});
