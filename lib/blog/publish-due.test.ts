import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLogs, blogPosts } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { insertBlogPost, minutesFromNow } from '@/tests/helpers/blog';
import { publishDueScheduledPosts } from './publish-due';

const testDb = setupTestDatabase();
const now = new Date('2030-06-01T12:00:00Z');

beforeEach(async () => {
  await truncateAll(testDb.db);
});

describe('publishDueScheduledPosts', () => {
  it('flips scheduled posts whose time has passed, leaves the rest, and audits each as the system', async () => {
    const due = await insertBlogPost(testDb.db, { status: 'scheduled', publishedAt: minutesFromNow(-1, now), updatedAt: new Date('2030-01-01T00:00:00Z') });
    const exact = await insertBlogPost(testDb.db, { status: 'scheduled', publishedAt: now });
    const future = await insertBlogPost(testDb.db, { status: 'scheduled', publishedAt: minutesFromNow(5, now) });
    const draft = await insertBlogPost(testDb.db, { status: 'draft', publishedAt: minutesFromNow(-5, now) });

    expect(await publishDueScheduledPosts(testDb.db, now)).toBe(2);
    const statusOf = async (id: string) => (await testDb.db.select().from(blogPosts).where(eq(blogPosts.id, id)))[0];
    expect((await statusOf(due.id))).toMatchObject({ status: 'published', publishedAt: due.publishedAt, updatedAt: new Date('2030-01-01T00:00:00Z') });
    expect((await statusOf(exact.id))?.status).toBe('published');
    expect((await statusOf(future.id))?.status).toBe('scheduled');
    expect((await statusOf(draft.id))?.status).toBe('draft');

    const audits = await testDb.db.select().from(auditLogs);
    expect(audits.map((row) => [row.action, row.actorType, row.targetId]).sort()).toEqual(
      [['blog.post.publish', 'system', due.id], ['blog.post.publish', 'system', exact.id]].sort(),
    );
    // Nothing left to do the next minute.
    expect(await publishDueScheduledPosts(testDb.db, now)).toBe(0);
  });
});
