import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { getHouseOrgId } from './house-org';

const testDb = setupTestDatabase();

// A fresh slug per test: the cache lives for the whole file on this database handle.
const newSlug = () => `house-${randomBytes(4).toString('hex')}`;
const createHouse = async (slug: string) => createTestOrg(testDb.db, await createTestUser(testDb.db), { slug });

describe('getHouseOrgId', () => {
  it('finds the workspace by slug and answers null when there is none', async () => {
    const slug = newSlug();
    const house = await createHouse(slug);
    expect(await getHouseOrgId(testDb.db, slug)).toBe(house.id);
    expect(await getHouseOrgId(testDb.db, newSlug())).toBeNull();
  });

  it('trusts a cached answer for a minute, unless the caller allows no age at all', async () => {
    const slug = newSlug();
    expect(await getHouseOrgId(testDb.db, slug)).toBeNull();
    const house = await createHouse(slug);
    // The page-view beacon may be a minute behind…
    expect(await getHouseOrgId(testDb.db, slug)).toBeNull();
    // …the contact form never is, and its fresh answer refreshes the cache for everyone.
    expect(await getHouseOrgId(testDb.db, slug, { maxAgeMs: 0 })).toBe(house.id);
    expect(await getHouseOrgId(testDb.db, slug)).toBe(house.id);
  });
});
