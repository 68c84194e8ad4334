import { and, count, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { contentPosts } from '@/db/schema';
import { daysAgo } from '../period';
import type { LowContentOutputSnapshot } from './types';
import type { SnapshotParams } from './params';

/** Posts created in the last 7 days, and whether the workspace has any post at all (both on content_posts_org_created_idx). */
export function buildLowContentOutputQuery(db: Executor, { orgId, now }: SnapshotParams) {
  return db
    .select({
      hasAnyPost: sql<boolean>`exists (select 1 from ${contentPosts} where ${contentPosts.orgId} = ${orgId})`,
      postsLast7Days: count(),
    })
    .from(contentPosts)
    // A deleted draft was never going to be posted: it does not count as output.
    .where(and(eq(contentPosts.orgId, orgId), gte(contentPosts.createdAt, daysAgo(now, 7)), isNull(contentPosts.deletedAt)));
}

export async function loadLowContentOutput(db: Executor, params: SnapshotParams): Promise<LowContentOutputSnapshot> {
  const [row] = await buildLowContentOutputQuery(db, params);
  return { hasAnyPost: row?.hasAnyPost ?? false, postsLast7Days: row?.postsLast7Days ?? 0 };
}
