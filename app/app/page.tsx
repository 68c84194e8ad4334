import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { listUserOrgs } from '@/lib/orgs/orgs';
import { signInUrl } from '@/lib/server/require-org-ctx';
import { getSessionUser } from '@/lib/server/session';

/** /app has no page of its own: it sends people to the workspace they used last, or to onboarding. */
export default async function AppIndexPage() {
  const user = await getSessionUser();
  if (!user) redirect(signInUrl('/app'));
  const orgs = await listUserOrgs(getDb(), user.id);
  // lastOrgId may point at a workspace they have since left or that was deleted: membership decides.
  const target = orgs.find((org) => org.id === user.lastOrgId) ?? orgs[0];
  redirect(target ? `/app/${target.slug}` : '/app/new');
}
