import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { users } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { updateNotificationDigestAction } from './update-notification-digest';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const digestOf = async (userId: string) => (await testDb.db.select({ on: users.notificationDigest }).from(users).where(eq(users.id, userId)))[0]?.on;

describe('update-notification-digest', () => {
  it("turns the signed-in user's own digest off and on, nobody else's", async () => {
    expect((await updateNotificationDigestAction({ enabled: false })).data).toEqual({ enabled: false });
    expect(await digestOf(w.a.member.id)).toBe(false);
    expect(await digestOf(w.a.owner.id)).toBe(true);
    expect((await updateNotificationDigestAction({ enabled: true })).data).toEqual({ enabled: true });
    expect(await digestOf(w.a.member.id)).toBe(true);
  });

  it('refuses a signed-out caller and a value that is not a boolean', async () => {
    expect((await updateNotificationDigestAction({ enabled: 'yes' as never })).validationErrors?.fieldErrors.enabled).toEqual(['Choose on or off.']);
    sessionUser.mockResolvedValue(null);
    expect((await updateNotificationDigestAction({ enabled: false })).serverError).toBe('Your session has ended. Sign in again.');
    expect(await digestOf(w.a.member.id)).toBe(true);
  });
});
