import { describe, expect, it } from 'vitest';
import { absoluteUrl, getSiteUrl } from './site';

describe('getSiteUrl', () => {
  it.each([
    [undefined, 'http://localhost:3000'],
    ['', 'http://localhost:3000'],
    ['   ', 'http://localhost:3000'],
    ['https://crm.example.com', 'https://crm.example.com'],
    ['https://crm.example.com/', 'https://crm.example.com'],
    ['https://crm.example.com/beacon//', 'https://crm.example.com/beacon'],
    ['not a url', 'http://localhost:3000'],
    ['ftp://crm.example.com', 'http://localhost:3000'],
  ])('maps APP_URL %j to %j', (appUrl, expected) => {
    expect(getSiteUrl(appUrl)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it('joins a path onto the site URL with exactly one slash', () => {
    expect(absoluteUrl('/pricing', 'https://crm.example.com')).toBe('https://crm.example.com/pricing');
    expect(absoluteUrl('pricing', 'https://crm.example.com')).toBe('https://crm.example.com/pricing');
  });
});
