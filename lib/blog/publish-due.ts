import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '@/db';
import { blogPosts } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';

/**
 * Flips scheduled posts whose time has passed to published and returns how many. Visitors already see them
 * (visibility is by time); this keeps the status in the staff list honest. One UPDATE is atomic, so two
 * instances running the same minute cannot both flip (and audit) the same post. updated_at is left alone:
 * the content did not change.
 */
export async function publishDueScheduledPosts(db: Db, now: Date = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const published = await tx
      .update(blogPosts)
      .set({ status: 'published' })
      .where(and(eq(blogPosts.status, 'scheduled'), lte(blogPosts.publishedAt, now)))
      .returning({ id: blogPosts.id, slug: blogPosts.slug });
    for (const post of published) {
      await recordAudit(tx, {
        orgId: null,
        actorType: 'system',
        action: 'blog.post.publish',
        targetType: 'blog_post',
        targetId: post.id,
        metadata: { slug: post.slug, scheduled: true },
      });
    }
    return published.length;
  });
}
