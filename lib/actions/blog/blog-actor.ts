import type { BlogActor } from '@/lib/blog/posts';
import { getRequestMeta } from '@/lib/server/request-meta';

/** The staff member behind an action, with the request details their audit rows carry. */
export async function blogActorFor(userId: string): Promise<BlogActor> {
  const meta = await getRequestMeta();
  return { userId, ip: meta.ip, userAgent: meta.userAgent, requestId: meta.requestId };
}
