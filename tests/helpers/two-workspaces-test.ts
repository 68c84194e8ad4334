import { beforeAll, beforeEach } from 'vitest';
import type { Db } from '@/db';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { asSession, createTwoWorkspaces, type SessionUser, type TwoWorkspaces } from '@/tests/tenant-isolation/fixtures';

type SessionUserMock = { mockResolvedValue: (user: SessionUser | null) => unknown };
type Person = Parameters<typeof asSession>[0];

type TwoWorkspacesTestOptions<W extends TwoWorkspaces> = {
  /** The test file's `vi.mocked(getSessionUser)`. */
  sessionUser?: SessionUserMock;
  /** Who is signed in at the start of each test; `null` is signed out. Needs `sessionUser`. */
  signInAs?: (w: W) => Person | null;
  /** Seeds the workspaces (createTwoWorkspaces, or a fixture building on it such as createIsolationWorkspaces). */
  create?: (db: Db) => Promise<W>;
};

/**
 * The shared frame of action, route and page tests: a database of the file's own (DATABASE_URL points at it
 * for code that opens its own connection), emptied and seeded with workspaces A and B before each test, and
 * the mocked session signed in as `signInAs`.
 *
 * The vi.mock(...) calls stay in each test file: vitest hoists them only there. `w` is one object refreshed
 * in place before each test, so a file can hold on to it from the start.
 */
export function setupTwoWorkspacesTest<W extends TwoWorkspaces = TwoWorkspaces>({ sessionUser, signInAs, create }: TwoWorkspacesTestOptions<W> = {}) {
  const testDb = setupTestDatabase();
  const w = {} as W;
  const seed = create ?? (createTwoWorkspaces as (db: Db) => Promise<W>);

  beforeAll(() => {
    process.env.DATABASE_URL = testDb.url;
  });
  beforeEach(async () => {
    await truncateAll(testDb.db);
    Object.assign(w, await seed(testDb.db));
    if (sessionUser && signInAs) {
      const person = signInAs(w);
      sessionUser.mockResolvedValue(person ? asSession(person) : null);
    }
  });

  return { testDb, w };
}
