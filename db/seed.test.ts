import { and, count, eq, lt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { listMyTasks } from '@/lib/tasks/queries';
import { setupTestDatabase } from '@/tests/db';
import { activities, leads, meetings, orgMembers, orgs, pipelineStages, tasks, users } from './schema';
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

  it('adds demo CRM data once: running the seed again keeps every count', async () => {
    const { db } = testDb;
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          ([['leads', leads], ['activities', activities], ['meetings', meetings], ['tasks', tasks], ['stages', pipelineStages]] as const).map(
            async ([name, table]) => [name, ((await db.select({ n: count() }).from(table)) as [{ n: number }])[0].n] as const,
          ),
        ),
      );
    const { org, owner } = await seedDemo(db);
    const first = await counts();
    await seedDemo(db);
    expect(await counts()).toEqual(first);
    expect(first).toMatchObject({ leads: 40, meetings: 2, tasks: 11, stages: 6 });
    expect(first.activities).toBeGreaterThan(120);

    const all = await db.select().from(leads).where(eq(leads.orgId, org.id));
    expect(all.every((lead) => lead.tags.includes('demo') && lead.email!.endsWith('.example'))).toBe(true);
    expect(new Set(all.map((lead) => lead.stageId)).size).toBe(6);
    expect(all.every((lead) => lead.score > 0 && lead.scoreReasons.length > 0 && lead.lastActivityAt)).toBe(true);
    // Stale: open (not won or lost) and quiet for more than 14 days.
    const staleOpen = await db
      .select({ id: leads.id })
      .from(leads)
      .innerJoin(pipelineStages, eq(pipelineStages.id, leads.stageId))
      .where(and(lt(leads.lastActivityAt, new Date(Date.now() - 14 * 86_400_000)), eq(pipelineStages.isWon, false), eq(pipelineStages.isLost, false)));
    expect(staleOpen.length).toBeGreaterThanOrEqual(4);
    const notes = await db.select().from(activities).where(eq(activities.type, 'note'));
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.every((note) => note.body && note.occurredAt > new Date(Date.now() - 62 * 86_400_000))).toBe(true);

    const mine = await listMyTasks(db, { orgId: org.id, userId: owner.id });
    expect(mine.overdue.length).toBeGreaterThanOrEqual(2);
    expect(mine.today.length).toBeGreaterThanOrEqual(1);
    expect(mine.upcoming.length).toBeGreaterThanOrEqual(2);
    expect(mine.undated).toHaveLength(1);
  });
});
