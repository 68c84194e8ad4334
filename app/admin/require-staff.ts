import { notFound, redirect } from 'next/navigation';
import type { StaffViewer } from '@/lib/admin/staff-view';
import { signInPath } from '@/lib/security/sign-in-gate';
import { getRequestMeta } from '@/lib/server/request-meta';
import { getSessionUser } from '@/lib/server/session';

/**
 * The staff gate for every /admin layout and page. Pages call it too (not only the layout) because a
 * layout and its page render in parallel: the page must never read or audit anything for a non-staff user.
 * Non-staff get a 404 so the portal's existence is not advertised.
 */
export async function requireStaff(callbackPath = '/admin') {
  const user = await getSessionUser();
  if (!user) redirect(signInPath(callbackPath));
  if (!user.isStaff) notFound();
  return user;
}

/** requireStaff plus the request details the staff member's audit rows carry. */
export async function requireStaffViewer(callbackPath: string): Promise<StaffViewer> {
  const user = await requireStaff(callbackPath);
  const meta = await getRequestMeta();
  return { userId: user.id, ip: meta.ip, userAgent: meta.userAgent, requestId: meta.requestId };
}
