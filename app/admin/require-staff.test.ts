import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getSessionUser } from '@/lib/server/session';
import { requireStaff } from './require-staff';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const user = { id: '00000000-0000-4000-8000-000000000001', email: 'x@example.test', name: null, lastOrgId: null };

async function digestOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return 'resolved';
}

describe('requireStaff', () => {
  beforeEach(() => sessionUser.mockReset());

  it('sends signed-out visitors to sign-in with the callback', async () => {
    sessionUser.mockResolvedValue(null);
    expect(await digestOf(requireStaff('/admin'))).toMatch(/^NEXT_REDIRECT;replace;\/sign-in\?callbackUrl=\/admin;307;/);
  });

  it('answers 404 to signed-in users who are not staff', async () => {
    sessionUser.mockResolvedValue({ ...user, isStaff: false });
    expect(await digestOf(requireStaff())).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('returns the staff user', async () => {
    sessionUser.mockResolvedValue({ ...user, isStaff: true });
    await expect(requireStaff()).resolves.toMatchObject({ id: user.id, isStaff: true });
  });
});
