import { describe, expect, it } from 'vitest';
import { buildSubmissionSchema } from '@/lib/leads/capture/submission-schema';
import { customFieldKeyOf, isStandardFieldKey, toCustomFieldKey } from './field-keys';

describe('form field keys', () => {
  it('round-trips a custom field key and leaves standard keys alone', () => {
    expect(toCustomFieldKey('budget')).toBe('custom:budget');
    expect(customFieldKeyOf(toCustomFieldKey('budget'))).toBe('budget');
    expect(customFieldKeyOf('email')).toBeNull();
    expect(isStandardFieldKey('phone')).toBe(true);
    expect(isStandardFieldKey('custom:phone')).toBe(false);
  });

  it('is what the submission schema keys custom values by', () => {
    const schema = buildSubmissionSchema([{ key: toCustomFieldKey('seats'), label: 'Seats', required: true }], [{ key: 'seats', label: 'Seats', type: 'number', options: [] }]);
    expect(schema.parse({ email: 'a@b.test', [toCustomFieldKey('seats')]: '12' })).toEqual({ email: 'a@b.test', 'custom:seats': 12 });
  });
});
