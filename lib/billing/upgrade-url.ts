/**
 * Where a workspace goes to see bigger plans. There is no billing page yet, so every workspace is sent to
 * the public plans page; this is the one place to point at the workspace's billing page once it exists.
 * Safe to import from client components (no server dependencies).
 */
export function upgradeUrlFor(_orgSlug: string): string {
  return '/pricing';
}
