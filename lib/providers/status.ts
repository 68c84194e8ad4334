import { env } from '@/lib/env';

export type ProviderStatus = {
  ai: 'openai' | 'openai-compatible' | 'offline';
  email: 'resend' | 'outbox';
  billing: 'stripe' | 'off';
  social: 'live' | 'sandbox';
  jobs: 'inngest' | 'local';
};

type ProviderEnv = Partial<
  Pick<
    typeof env,
    | 'OPENAI_API_KEY' | 'AI_BASE_URL' | 'RESEND_API_KEY' | 'STRIPE_SECRET_KEY' | 'STRIPE_WEBHOOK_SECRET'
    | 'LINKEDIN_CLIENT_ID' | 'LINKEDIN_CLIENT_SECRET' | 'X_CLIENT_ID' | 'X_CLIENT_SECRET'
    | 'INNGEST_EVENT_KEY' | 'INNGEST_SIGNING_KEY' | 'INNGEST_DEV'
  >
>;

/**
 * Which implementation of each external service runs, decided by configuration alone. Every service has an
 * offline default so a fresh install works with no keys; health and the UI say which one is active.
 */
export function getProviderStatus(source: ProviderEnv = env): ProviderStatus {
  const hasLinkedIn = !!(source.LINKEDIN_CLIENT_ID && source.LINKEDIN_CLIENT_SECRET);
  const hasX = !!(source.X_CLIENT_ID && source.X_CLIENT_SECRET);
  const hasInngestKeys = !!(source.INNGEST_EVENT_KEY && source.INNGEST_SIGNING_KEY);
  return {
    ai: source.OPENAI_API_KEY ? 'openai' : source.AI_BASE_URL ? 'openai-compatible' : 'offline',
    email: source.RESEND_API_KEY ? 'resend' : 'outbox',
    billing: source.STRIPE_SECRET_KEY && source.STRIPE_WEBHOOK_SECRET ? 'stripe' : 'off',
    social: hasLinkedIn || hasX ? 'live' : 'sandbox',
    jobs: hasInngestKeys || source.INNGEST_DEV ? 'inngest' : 'local',
  };
}
