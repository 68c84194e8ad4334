import { createDefaultStages, listStages } from '@/lib/leads/stages';
import { and, eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from './index';
import { seedDemoCrm } from './seed-crm';
import { orgMembers, orgs, users } from './schema';

// Demo data only: printed at seed time and listed in the README. Change or remove it on a real install.
export const DEMO_ORG = { name: 'Acme Consulting (demo)', slug: 'acme-demo' } as const;
export const DEMO_OWNER = { email: 'owner@acme.example', password: 'beacon-demo-owner', name: 'Ada Owner (demo)' } as const;
export const DEMO_STAFF = { email: 'staff@beacon.example', password: 'beacon-demo-staff', name: 'Sam Staff (demo)' } as const;

async function upsertUser(db: Db, input: { email: string; password: string; name: string; isStaff: boolean }) {
  const [existing] = await db.select().from(users).where(eq(users.email, input.email));
  if (existing) return existing;
  const [created] = await db
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      isStaff: input.isStaff,
      emailVerified: new Date(),
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  return created!;
}

/** Creates the demo workspace, its owner, a staff user and demo CRM data. Safe to run any number of times. */
export async function seedDemo(db: Db) {
  const owner = await upsertUser(db, { ...DEMO_OWNER, isStaff: false });
  await upsertUser(db, { ...DEMO_STAFF, isStaff: true });

  await db
    .insert(orgs)
    .values({ name: DEMO_ORG.name, slug: DEMO_ORG.slug, plan: 'pro', isDemo: true })
    .onConflictDoNothing({ target: orgs.slug });
  const [org] = await db.select().from(orgs).where(eq(orgs.slug, DEMO_ORG.slug));

  const [membership] = await db
    .select()
    .from(orgMembers)
    .where(and(eq(orgMembers.orgId, org!.id), eq(orgMembers.userId, owner.id)));
  if (!membership) await db.insert(orgMembers).values({ orgId: org!.id, userId: owner.id, role: 'owner' });
  if (!owner.lastOrgId) await db.update(users).set({ lastOrgId: org!.id }).where(eq(users.id, owner.id));
  if ((await listStages(db, { orgId: org!.id })).length === 0) await createDefaultStages(db, org!.id);
  await seedDemoCrm(db, { orgId: org!.id, ownerId: owner.id });

  return { org: org!, owner };
}

/** True when no user exists yet: a brand-new database that `npm run dev` seeds automatically. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}

export function printDemoCredentials(print: (line: string) => void = console.log) {
  print(`Demo workspace "${DEMO_ORG.name}" (demo data)`);
  print(`  owner: ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`);
  print(`  staff: ${DEMO_STAFF.email} / ${DEMO_STAFF.password}`);
}
