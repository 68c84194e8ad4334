import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { orgs } from '@/db/schema';

/** How long a looked-up house workspace id (or its absence) is trusted before asking the database again. */
export const HOUSE_ORG_CACHE_MS = 60_000;

type CachedHouseOrg = { slug: string; id: string | null; fetchedAt: number };

// Every marketing page view needs this id; a minute-long per-process cache keeps the beacon to one
// insert. Keyed per database handle so tests on separate databases never share an answer.
const cache = new WeakMap<Db, CachedHouseOrg>();

/**
 * The id of the operator's own workspace (HOUSE_ORG_SLUG), or null when none exists: the one lookup for the
 * marketing site's page views and its contact form. `maxAgeMs` bounds how old a cached answer may be; the
 * contact form passes 0 (a rare, important write must not land on a minute-old answer), which also
 * refreshes the cache for the beacon.
 */
export async function getHouseOrgId(db: Db, slug: string, { maxAgeMs = HOUSE_ORG_CACHE_MS }: { maxAgeMs?: number } = {}): Promise<string | null> {
  const now = Date.now();
  const cached = cache.get(db);
  if (cached && cached.slug === slug && now - cached.fetchedAt < maxAgeMs) return cached.id;
  const [org] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.slug, slug)).limit(1);
  const id = org?.id ?? null;
  cache.set(db, { slug, id, fetchedAt: now });
  return id;
}
