import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase } from '@/tests/db';
import { createTestUser } from '@/tests/helpers/factories';
import { createOrgAction } from './create-org';
import { deleteOrgAction } from './delete-org';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

// Domain errors about one input come back as that field's validation error, so forms show them in place.
describe('field errors from domain errors', () => {
  it('create-org: a taken slug is an error on the slug field; success redirects to the workspace', async () => {
    const user = await createTestUser(testDb.db);
    sessionUser.mockResolvedValue({ id: user.id, email: user.email, name: null, isStaff: false, lastOrgId: null });
    const slug = `field-${user.id.slice(0, 8)}`;

    await expect(createOrgAction({ name: 'First', slug })).rejects.toMatchObject({ digest: expect.stringContaining(`/app/${slug}`) });
    const result = await createOrgAction({ name: 'Second', slug });
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors?.fieldErrors.slug).toEqual(['That address is taken. Choose another.']);
  });

  it('delete-org: a wrong confirmation is an error on the confirmSlug field', async () => {
    const user = await createTestUser(testDb.db);
    sessionUser.mockResolvedValue({ id: user.id, email: user.email, name: null, isStaff: false, lastOrgId: null });
    const slug = `doomed-${user.id.slice(0, 8)}`;
    await createOrgAction({ name: 'Doomed', slug }).catch(() => {});

    const result = await deleteOrgAction({ orgSlug: slug, confirmSlug: 'something-else' });
    expect(result.validationErrors?.fieldErrors.confirmSlug).toEqual([`Type "${slug}" to confirm.`]);
  });
});
