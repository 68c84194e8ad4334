import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { setupTestDatabase } from '@/tests/db';
import { consumeLimit, LIMITS, resetLimit } from './limits';

const testDb = setupTestDatabase();

describe('consumeLimit', () => {
  it('allows the account limit, then refuses the 11th attempt with a 15-minute lockout', async () => {
    const key = 'someone@example.test';
    for (let i = 0; i < LIMITS['sign-in-account'].points; i++) await consumeLimit(testDb.db, 'sign-in-account', key);
    const error = await consumeLimit(testDb.db, 'sign-in-account', key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('rate_limited');
    expect((error as AppError).status).toBe(429);
    const retryAfter = Number((error as AppError).details?.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect((error as AppError).message).toMatch(/Try again in 15 minutes/);
  });

  it('keeps keys apart and forgets a key on reset', async () => {
    for (let i = 0; i < 5; i++) await consumeLimit(testDb.db, 'password-reset', 'a');
    await expect(consumeLimit(testDb.db, 'password-reset', 'a')).rejects.toThrow(AppError);
    await expect(consumeLimit(testDb.db, 'password-reset', 'b')).resolves.toMatchObject({ remaining: 4 });
    await resetLimit(testDb.db, 'password-reset', 'a');
    await expect(consumeLimit(testDb.db, 'password-reset', 'a')).resolves.toMatchObject({ remaining: 4 });
  });

  it('stores its counters in Postgres so every app instance shares them', async () => {
    await consumeLimit(testDb.db, 'magic-link', 'shared@example.test');
    const rows = await testDb.db.query.rateLimits.findMany();
    expect(rows.some((row) => row.key.includes('shared@example.test') && row.points === 1)).toBe(true);
  });
});
