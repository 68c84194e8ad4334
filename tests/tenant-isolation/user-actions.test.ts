import { beforeAll, describe, expect, it, vi } from 'vitest';
import { changePasswordAction } from '@/lib/actions/auth/change-password';
import { requestEmailChangeAction } from '@/lib/actions/auth/request-email-change';
import { signOutEverywhereAction } from '@/lib/actions/auth/sign-out-everywhere';
import { acceptInviteAction } from '@/lib/actions/orgs/accept-invite';
import { createOrgAction } from '@/lib/actions/orgs/create-org';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase } from '@/tests/db';
import { createTestUser } from '@/tests/helpers/factories';
import { asSession } from './fixtures';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('@/app/(auth)/auth', () => ({ signOut: vi.fn(), signIn: vi.fn(), auth: vi.fn() }));
// Next's request-scoped helpers, replaced so actions can run outside a request.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'beacon.test', 'x-forwarded-for': '203.0.113.9' }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
const sessionUser = vi.mocked(getSessionUser);
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

type AnyAction = (input: never) => Promise<{ serverError?: string; validationErrors?: unknown }>;

/** Every action that needs a signed-in user but no workspace; later features add theirs here. */
const USER_ACTIONS: { name: string; action: AnyAction; input: Record<string, unknown>; badInput?: Record<string, unknown> }[] = [
  { name: 'change-password', action: changePasswordAction as AnyAction, input: { currentPassword: 'x', newPassword: 'a perfectly fine passphrase' }, badInput: { currentPassword: '', newPassword: 'short' } },
  { name: 'request-email-change', action: requestEmailChangeAction as AnyAction, input: { newEmail: 'new@example.test' }, badInput: { newEmail: 'nope' } },
  { name: 'sign-out-everywhere', action: signOutEverywhereAction as AnyAction, input: {} },
  { name: 'create-org', action: createOrgAction as AnyAction, input: { name: 'New Co', slug: 'new-co' }, badInput: { name: 'N', slug: 'Not A Slug!' } },
  { name: 'accept-invite', action: acceptInviteAction as AnyAction, input: { token: 'x'.repeat(43) }, badInput: { token: '' } },
];

describe.each(USER_ACTIONS)('user action $name', ({ action, input, badInput }) => {
  it('refuses a signed-out caller and changes nothing', async () => {
    sessionUser.mockResolvedValue(null);
    const result = await action(input as never);
    expect(result.serverError).toBe('Your session has ended. Sign in again.');
  });

  it('rejects invalid input with field errors', async () => {
    if (!badInput) return;
    const user = await createTestUser(testDb.db);
    sessionUser.mockResolvedValue(asSession(user));
    const result = await action(badInput as never);
    expect(result.validationErrors).toBeDefined();
  });
});
