import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeEnvIssues } from './env';

// lib/env validates process.env when it is imported: each case imports a fresh copy under its own variables.
async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return (await import('./env')).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('env', () => {
  it('refuses INNGEST_DEV in production, naming the variable and what to set instead', async () => {
    const error = await loadEnv({ NODE_ENV: 'production', INNGEST_DEV: '1', INNGEST_SIGNING_KEY: 'signkey-prod-123' }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Invalid environment variables:\nINNGEST_DEV: INNGEST_DEV turns off Inngest request signing and is refused in production/);
    expect((error as Error).message).not.toContain('signkey-prod-123');
  });

  it('accepts INNGEST_DEV outside production, and production without it', async () => {
    expect((await loadEnv({ NODE_ENV: 'development', INNGEST_DEV: 'true' })).INNGEST_DEV).toBe(true);
    const production = await loadEnv({ NODE_ENV: 'production', INNGEST_DEV: 'false', INNGEST_EVENT_KEY: 'evt', INNGEST_SIGNING_KEY: 'sign' });
    expect(production).toMatchObject({ NODE_ENV: 'production', INNGEST_DEV: false, INNGEST_SIGNING_KEY: 'sign' });
  });

  it('still reports single-variable problems by name', async () => {
    const error = await loadEnv({ NODE_ENV: 'test', TRUSTED_PROXY_HOPS: '99' }).catch((err: unknown) => err);
    expect((error as Error).message).toMatch(/\nTRUSTED_PROXY_HOPS: /);
  });

  it('describes issues by path, without values', () => {
    expect(describeEnvIssues([{ message: 'bad', path: ['A'] }, { message: 'nested', path: [{ key: 'B' }, 0] }, { message: 'whole' }])).toBe(
      'Invalid environment variables:\nA: bad\nB.0: nested\nwhole',
    );
  });
});
