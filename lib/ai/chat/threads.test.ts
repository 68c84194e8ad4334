import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aiThreads } from '@/db/schema';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { createThread, listThreadsPage } from './threads';

const { testDb, w } = setupTwoWorkspacesTest();

describe('listThreadsPage', () => {
  it('pages through every chat of mine once, newest first, even when several were active at the same instant', async () => {
    const member = ctxFor(testDb.db, w.a.org, w.a.member, 'member');
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) ids.push((await createThread(member)).id);
    await createThread(ctxFor(testDb.db, w.a.org, w.a.owner, 'owner'));
    // Three share one timestamp down to the microsecond; the id breaks the tie.
    await testDb.db.update(aiThreads).set({ updatedAt: sql`'2026-03-01T10:00:00.123456Z'::timestamptz` }).where(eq(aiThreads.userId, w.a.member.id));
    await testDb.db.update(aiThreads).set({ updatedAt: sql`'2026-03-02T10:00:00.000001Z'::timestamptz` }).where(eq(aiThreads.id, ids[4]!));

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listThreadsPage(member, { cursor, limit: 2 });
      seen.push(...page.items.map((thread) => thread.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([ids[4], ...ids.slice(0, 4).sort().reverse()]);
  });

  it('refuses a tampered cursor as a bad request', async () => {
    const member = ctxFor(testDb.db, w.a.org, w.a.member, 'member');
    await expect(listThreadsPage(member, { cursor: Buffer.from('yesterday|x').toString('base64url') })).rejects.toMatchObject({ code: 'bad_request' });
  });
});
