import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

const optionalUrl = z.url().optional();
const flag = z.enum(['0', '1', 'true', 'false']).optional().transform((v) => v === '1' || v === 'true');

type EnvIssue = { message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> };

/** `INNGEST_DEV: message`, one line per issue (messages only: a value may be a secret). */
export function describeEnvIssues(issues: readonly EnvIssue[]): string {
  const lines = issues.map((issue) => {
    const path = (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return `Invalid environment variables:\n${lines.join('\n')}`;
}

/** Rules across variables, checked once each variable passed its own schema. */
export function checkEnvCombinations(values: { NODE_ENV: string; INNGEST_DEV: boolean }, ctx: z.RefinementCtx): void {
  // Dev mode turns off the signature check on /api/inngest: anyone who can reach it could run any job.
  if (values.NODE_ENV === 'production' && values.INNGEST_DEV) {
    ctx.addIssue({
      code: 'custom',
      path: ['INNGEST_DEV'],
      message: 'INNGEST_DEV turns off Inngest request signing and is refused in production: unset it and set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY (or neither, for the in-process runner).',
    });
  }
}

/**
 * Every environment variable Beacon reads, validated once. All are optional: each service falls back to
 * its offline default when unset (see .env.example). Validation is skipped for builds with SKIP_ENV_VALIDATION.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    // Database: set → external Postgres; unset → the scripts start the embedded server and set it.
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
    BEACON_DB_MODE: z.enum(['embedded', 'external']).optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    // App
    APP_URL: optionalUrl,
    // Uploaded files (blog covers) on local disk.
    UPLOADS_DIR: z.string().min(1).default('.data/uploads'),
    // The operator's own workspace: the marketing site's contact form and page views land in it.
    HOUSE_ORG_SLUG: z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be a workspace slug').default('acme-demo'),
    // Proxies in front of Beacon that append to X-Forwarded-For: the client is the entry this many from the
    // right. Entries further left are whatever the client sent, so trusting them lets anyone pick an address.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // REST API: requests per minute each API key may make.
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    // Auth
    AUTH_SECRET: z.string().min(32).optional(),
    AUTH_GOOGLE_ID: z.string().optional(),
    AUTH_GOOGLE_SECRET: z.string().optional(),
    AUTH_GITHUB_ID: z.string().optional(),
    AUTH_GITHUB_SECRET: z.string().optional(),
    // AI
    OPENAI_API_KEY: z.string().optional(),
    AI_BASE_URL: optionalUrl,
    AI_API_KEY: z.string().optional(),
    AI_MODEL: z.string().optional(),
    // Per-task model overrides (replies use the chat model); unset → AI_MODEL → the provider's default.
    AI_MODEL_CHAT: z.string().optional(),
    AI_MODEL_STRATEGY: z.string().optional(),
    AI_MODEL_CONTENT: z.string().optional(),
    // Email
    RESEND_API_KEY: z.string().optional(),
    EMAIL_FROM: z.string().optional(),
    // Billing
    STRIPE_SECRET_KEY: z.string().optional(),
    STRIPE_WEBHOOK_SECRET: z.string().optional(),
    // Social networks
    LINKEDIN_CLIENT_ID: z.string().optional(),
    LINKEDIN_CLIENT_SECRET: z.string().optional(),
    X_CLIENT_ID: z.string().optional(),
    X_CLIENT_SECRET: z.string().optional(),
    // Jobs
    INNGEST_EVENT_KEY: z.string().optional(),
    INNGEST_SIGNING_KEY: z.string().optional(),
    INNGEST_DEV: flag,
    // Read by the Inngest SDK itself; validated here so a typo fails at start, not at the first event.
    INNGEST_BASE_URL: optionalUrl,
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
  createFinalSchema: (shape) => z.object(shape).superRefine(checkEnvCombinations),
  onValidationError: (issues) => {
    throw new Error(describeEnvIssues(issues));
  },
});
