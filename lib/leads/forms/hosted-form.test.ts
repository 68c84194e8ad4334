import { describe, expect, it } from 'vitest';
import { createCustomField } from '@/lib/leads/custom-fields';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { DEFAULT_FORM_FIELDS } from './form-schemas';
import { createForm, updateForm } from './forms';
import { getHostedForm } from './hosted-form';

const testDb = setupTestDatabase();

describe('getHostedForm', () => {
  it('returns what visitors see, with the workspace name and only the custom fields the form asks for', async () => {
    const { ctx } = await createCrmWorkspace(testDb.db, 'Acme Studio');
    await createCustomField(ctx, { label: 'Budget', type: 'number', options: [] });
    await createCustomField(ctx, { label: 'Internal notes', type: 'text', options: [] });
    const fields = [...DEFAULT_FORM_FIELDS, { key: 'custom:budget', label: 'Your budget', required: false }];
    const values = {
      name: 'Contact', title: 'Talk to us', description: 'Within a day.', fields, submitLabel: 'Go', successMessage: 'Thanks!',
      redirectUrl: null, notifyEmails: ['sales@example.test'], tags: ['vip'], isActive: true,
    };
    const form = await createForm(ctx, values);
    const hosted = await getHostedForm(testDb.db, form.id);
    expect(hosted).toEqual({
      id: form.id, orgName: 'Acme Studio', title: 'Talk to us', description: 'Within a day.', fields, submitLabel: 'Go', successMessage: 'Thanks!',
      redirectUrl: null, customFields: [{ key: 'budget', label: 'Budget', type: 'number', options: [] }],
    });
    // Internal settings never reach the public page.
    expect(JSON.stringify(hosted)).not.toContain('sales@example.test');

    await updateForm(ctx, { formId: form.id, ...values, isActive: false });
    await expectAppError(getHostedForm(testDb.db, form.id), 'not_found');
  });

  it('is not found for malformed and unknown ids', async () => {
    await expectAppError(getHostedForm(testDb.db, 'nope'), 'not_found');
    await expectAppError(getHostedForm(testDb.db, '00000000-0000-4000-8000-000000000000'), 'not_found');
  });
});
