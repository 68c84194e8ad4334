import type { StaffViewer } from '@/lib/admin/staff-view';
import { getRequestMeta } from '@/lib/server/request-meta';

/** The staff member behind an action, with the request details their audit rows carry. */
export async function staffActorFor(userId: string): Promise<StaffViewer> {
  const meta = await getRequestMeta();
  return { userId, ip: meta.ip, userAgent: meta.userAgent, requestId: meta.requestId };
}
