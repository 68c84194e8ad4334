import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createTestUser } from '@/tests/helpers/factories';
import { revokeAllSessions } from './accounts';
import { findSessionUser } from './session-validity';

const testDb = setupTestDatabase();
const nowMs = () => Date.now();
const isSessionStillValid = async (...args: Parameters<typeof findSessionUser>) => (await findSessionUser(...args)) !== null;

describe('findSessionUser', () => {
  it('honours a token issued after the last revocation and returns the user for the request', async () => {
    const user = await createTestUser(testDb.db, { sessionsValidAfter: new Date(Date.now() - 60_000), isStaff: true });
    expect(await isSessionStillValid(testDb.db, user.id, nowMs())).toBe(true);
    expect(await findSessionUser(testDb.db, user.id, nowMs())).toEqual({ id: user.id, email: user.email, name: user.name, isStaff: true, lastOrgId: null });
  });

  it('ends tokens issued before "sign out everywhere"', async () => {
    const user = await createTestUser(testDb.db, { sessionsValidAfter: new Date(Date.now() - 60_000) });
    const issuedAt = nowMs() - 30_000;
    expect(await isSessionStillValid(testDb.db, user.id, issuedAt)).toBe(true);
    await revokeAllSessions(testDb.db, user.id);
    expect(await isSessionStillValid(testDb.db, user.id, issuedAt)).toBe(false);
  });

  it('ends a session issued a few milliseconds before a revocation', async () => {
    const user = await createTestUser(testDb.db, { sessionsValidAfter: new Date(Date.now() - 60_000) });
    const issuedAt = nowMs();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await revokeAllSessions(testDb.db, user.id);
    expect(await isSessionStillValid(testDb.db, user.id, issuedAt)).toBe(false);
  });

  it('ends every session of a disabled or deleted account, and tokens without an issue time', async () => {
    const user = await createTestUser(testDb.db, { sessionsValidAfter: new Date(Date.now() - 60_000) });
    expect(await isSessionStillValid(testDb.db, user.id, undefined)).toBe(false);
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await isSessionStillValid(testDb.db, user.id, nowMs())).toBe(false);
    await testDb.db.delete(users).where(eq(users.id, user.id));
    expect(await isSessionStillValid(testDb.db, user.id, nowMs())).toBe(false);
  });
});
