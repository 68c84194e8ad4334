import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '@/db';
import { rateLimits } from '@/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

type LimitRule = { points: number; durationSeconds: number; blockSeconds?: number; message: string };

/** Every limit in one place. Keys are per IP, per account or per API key, as the caller chooses. */
export const LIMITS = {
  'sign-in-ip': { points: 30, durationSeconds: 60, message: 'Too many sign-in attempts from your network.' },
  // The 11th wrong password within a minute locks the account's sign-in for 15 minutes.
  'sign-in-account': { points: 10, durationSeconds: 60, blockSeconds: 15 * 60, message: 'Too many sign-in attempts for this account.' },
  'sign-up-ip': { points: 10, durationSeconds: 60 * 60, message: 'Too many accounts created from your network.' },
  'password-reset': { points: 5, durationSeconds: 60 * 60, message: 'Too many password reset requests.' },
  'magic-link': { points: 5, durationSeconds: 60 * 60, message: 'Too many sign-in links requested.' },
  'verify-email': { points: 5, durationSeconds: 60 * 60, message: 'Too many verification emails requested.' },
  invites: { points: 30, durationSeconds: 60 * 60, message: 'Too many invitations sent. Try again later.' },
  'api-key': { points: env.API_RATE_LIMIT_PER_MINUTE, durationSeconds: 60, message: 'API rate limit reached for this key.' },
  // Cookieless analytics beacons (POST /api/collect): generous for real browsing, a wall for scripted floods.
  'analytics-ip': { points: 120, durationSeconds: 60, message: 'Too many analytics events from your network.' },
  // Lead-capture posts (public form endpoint, contact form): per visitor IP and form, and per form overall.
  'form-submit-ip': { points: 10, durationSeconds: 60, message: 'Too many submissions from your network.' },
  'form-submit-form': { points: 300, durationSeconds: 60, message: 'This form is receiving too many submissions right now.' },
  // "Scan now" on the insights page, per workspace: a scan reads the whole workspace, once a minute is plenty.
  'insight-scan': { points: 1, durationSeconds: 60, message: 'A scan was requested moments ago.' },
  // Assistant chat turns, per person and workspace: each turn can run several model calls and tool steps.
  'assistant-chat': { points: 30, durationSeconds: 60, message: 'Too many assistant messages in a short time.' },
} as const satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof LIMITS;

const limiters = new WeakMap<Db, Map<LimitName, RateLimiterDrizzle>>();

function getLimiter(db: Db, name: LimitName): RateLimiterDrizzle {
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  let limiter = byName.get(name);
  if (!limiter) {
    const rule: LimitRule = LIMITS[name];
    limiter = new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      keyPrefix: name,
      points: rule.points,
      duration: rule.durationSeconds,
      blockDuration: rule.blockSeconds ?? 0,
      // A flood far past the limit is refused from memory without touching the database.
      inMemoryBlockOnConsumed: rule.points * 3,
      inMemoryBlockDuration: rule.durationSeconds,
    });
    byName.set(name, limiter);
  }
  return limiter;
}

export type LimitResult = { remaining: number; resetSeconds: number };

/** Counts one attempt; throws `rate_limited` (429) with the seconds until it may be retried. */
export async function consumeLimit(db: Db, name: LimitName, key: string, points = 1): Promise<LimitResult> {
  try {
    const res = await getLimiter(db, name).consume(key, points);
    return { remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError('rate_limited', `${LIMITS[name].message} Try again in ${formatWait(retryAfterSeconds)}.`, {
        details: { retryAfterSeconds },
      });
    }
    throw error;
  }
}

/** Forgets a key's attempts, e.g. after a successful sign-in. */
export async function resetLimit(db: Db, name: LimitName, key: string) {
  await getLimiter(db, name).delete(key);
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
