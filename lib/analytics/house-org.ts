import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { orgs } from '@/db/schema';

/** How long a looked-up house workspace id (or its absence) is trusted before asking the database again. */
export const HOUSE_ORG_CACHE_MS = 60_000;

type CachedHouseOrg = { slug: string; id: string | null; expiresAt: number };

// Every marketing page view needs this id; a minute-long per-process cache keeps the beacon to one
// insert. Keyed per database handle so tests on separate databases never share an answer.
const cache = new WeakMap<Db, CachedHouseOrg>();

/** The id of the operator's own workspace (the marketing site's events land there), or null when none exists. */
export async function getHouseOrgId(db: Db, slug: string): Promise<string | null> {
  const now = Date.now();
  const cached = cache.get(db);
  if (cached && cached.slug === slug && cached.expiresAt > now) return cached.id;
  const [org] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.slug, slug)).limit(1);
  const id = org?.id ?? null;
  cache.set(db, { slug, id, expiresAt: now + HOUSE_ORG_CACHE_MS });
  return id;
}
