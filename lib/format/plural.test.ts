import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'lead')).toBe('1 lead');
    expect(plural(0, 'lead')).toBe('0 leads');
    expect(plural(2, 'unread notification')).toBe('2 unread notifications');
  });

  it('takes an irregular plural and groups thousands', () => {
    expect(plural(3, 'person', 'people')).toBe('3 people');
    expect(plural(1200, 'day')).toBe('1,200 days');
  });
});
