import { afterEach, describe, expect, it, vi } from 'vitest';
import robots from './robots';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('robots.txt', () => {
  it('allows the site, keeps private areas out and points at the sitemap on APP_URL', () => {
    vi.stubEnv('APP_URL', 'https://crm.example.com/');
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: ['/app', '/admin', '/api/', '/f/'] },
      sitemap: 'https://crm.example.com/sitemap.xml',
    });
  });

  it('falls back to localhost when APP_URL is unset', () => {
    vi.stubEnv('APP_URL', '');
    expect(robots().sitemap).toBe('http://localhost:3000/sitemap.xml');
  });
});
