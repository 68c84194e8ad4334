import { afterEach, describe, expect, it, vi } from 'vitest';
import { appBaseUrl } from './app-url';

const env = vi.hoisted(() => ({ APP_URL: undefined as string | undefined }));
vi.mock('@/lib/env', () => ({ env }));

afterEach(() => {
  env.APP_URL = undefined;
});

describe('appBaseUrl', () => {
  it('falls back to the local development server', () => {
    expect(appBaseUrl()).toBe('http://localhost:3000');
  });

  it('uses APP_URL without its trailing slash, so paths can be appended', () => {
    env.APP_URL = 'https://crm.example.test/';
    expect(appBaseUrl()).toBe('https://crm.example.test');
  });
});
