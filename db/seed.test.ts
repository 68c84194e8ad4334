import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { setupTestDatabase } from '@/tests/db';
import { orgMembers, orgs, users } from './schema';
import { DEMO_OWNER, DEMO_STAFF, isDatabaseEmpty, seedDemo } from './seed';

const testDb = setupTestDatabase();

describe('seedDemo', () => {
  it('creates the demo workspace with its owner and a staff user, once', async () => {
    const { db } = testDb;
    expect(await isDatabaseEmpty(db)).toBe(true);
    await seedDemo(db);
    await seedDemo(db);

    const allOrgs = await db.select().from(orgs);
    expect(allOrgs).toHaveLength(1);
    expect(allOrgs[0]).toMatchObject({ name: 'Acme Consulting (demo)', isDemo: true });

    const members = await db.select().from(orgMembers);
    expect(members).toHaveLength(1);
    expect(members[0]!.role).toBe('owner');

    const [owner] = await db.select().from(users).where(eq(users.email, DEMO_OWNER.email));
    expect(owner!.isStaff).toBe(false);
    expect(owner!.lastOrgId).toBe(allOrgs[0]!.id);
    expect(await verifyPassword(owner!.passwordHash!, DEMO_OWNER.password)).toBe(true);
    expect(await verifyPassword(owner!.passwordHash!, 'wrong-password-123')).toBe(false);

    const [staff] = await db.select().from(users).where(eq(users.email, DEMO_STAFF.email));
    expect(staff!.isStaff).toBe(true);
    expect(await isDatabaseEmpty(db)).toBe(false);
  });
});
