import { describe, expect, it } from 'vitest';
import { getProviderStatus } from './status';

describe('getProviderStatus', () => {
  it('uses every offline default when nothing is configured', () => {
    expect(getProviderStatus({})).toEqual({ ai: 'offline', email: 'outbox', billing: 'off', social: 'sandbox', jobs: 'local' });
  });

  it('prefers OpenAI over a compatible base URL', () => {
    expect(getProviderStatus({ OPENAI_API_KEY: 'sk-test', AI_BASE_URL: 'http://127.0.0.1:11434/v1' }).ai).toBe('openai');
    expect(getProviderStatus({ AI_BASE_URL: 'http://127.0.0.1:11434/v1' }).ai).toBe('openai-compatible');
  });

  it('turns billing on only with both the secret key and the webhook secret', () => {
    expect(getProviderStatus({ STRIPE_SECRET_KEY: 'sk_test_1' }).billing).toBe('off');
    expect(getProviderStatus({ STRIPE_SECRET_KEY: 'sk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1' }).billing).toBe('stripe');
  });

  it('needs both Inngest keys, or the dev flag, for the Inngest driver', () => {
    expect(getProviderStatus({ INNGEST_EVENT_KEY: 'e' }).jobs).toBe('local');
    expect(getProviderStatus({ INNGEST_EVENT_KEY: 'e', INNGEST_SIGNING_KEY: 's' }).jobs).toBe('inngest');
    expect(getProviderStatus({ INNGEST_DEV: true }).jobs).toBe('inngest');
  });

  it('switches email and social when their credentials exist', () => {
    const status = getProviderStatus({ RESEND_API_KEY: 're_1', X_CLIENT_ID: 'x', X_CLIENT_SECRET: 'y' });
    expect(status.email).toBe('resend');
    expect(status.social).toBe('live');
  });
});
