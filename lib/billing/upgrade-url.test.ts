import { describe, expect, it } from 'vitest';
import { upgradeUrlFor } from './upgrade-url';

describe('upgradeUrlFor', () => {
  it('points every workspace at the public plans page until billing exists', () => {
    expect(upgradeUrlFor('acme')).toBe('/pricing');
    expect(upgradeUrlFor('other-co')).toBe('/pricing');
  });
});
