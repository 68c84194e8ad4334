import { randomBytes } from 'node:crypto';
import type { Db } from '@/db';
import { blogPosts, type BlogPost } from '@/db/schema';
import type { BlogActor } from '@/lib/blog/posts';
import { createTestUser } from './factories';

/** A staff member and the actor their blog changes are audited as. */
export async function createStaffActor(db: Db, name = 'Staff Writer') {
  const user = await createTestUser(db, { name, isStaff: true });
  const actor: BlogActor = { userId: user.id, ip: '203.0.113.9', userAgent: 'vitest', requestId: 'req-blog-test' };
  return { user, actor };
}

/** A post written straight to the table, for tests about reading (states the domain would refuse to create). */
export async function insertBlogPost(db: Db, overrides: Partial<typeof blogPosts.$inferInsert> = {}): Promise<BlogPost> {
  const [post] = await db
    .insert(blogPosts)
    .values({ slug: `post-${randomBytes(4).toString('hex')}`, title: 'A post', body: 'Hello **world**.', ...overrides })
    .returning();
  return post!;
}

export const minutesFromNow = (minutes: number, from = new Date()) => new Date(from.getTime() + minutes * 60_000);
