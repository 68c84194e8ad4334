import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLogs, leadRoutingSettings, users } from '@/db/schema';
import { DEFAULT_LEAD_ROUTING, getLeadRoutingSettings, getNextRoundRobinMember } from '@/lib/leads/routing/routing-settings';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { updateLeadRoutingAction } from './update-lead-routing';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.admin });

const VALID = { mode: 'round_robin', timeZone: 'Europe/Berlin', startHour: 8, endHour: 16, workDays: [5, 1, 2, 2] } as const;
const save = (input: Record<string, unknown>) => updateLeadRoutingAction({ orgSlug: w.a.org.slug, ...VALID, ...input } as never);

describe('update-lead-routing', () => {
  it('gives the defaults before anything is saved', async () => {
    expect(await getLeadRoutingSettings(testDb.db, w.a.org.id)).toEqual(DEFAULT_LEAD_ROUTING);
  });

  it('saves the settings with sorted work days, keeps the round-robin cursor, and audits before and after', async () => {
    await testDb.db.insert(leadRoutingSettings).values({ orgId: w.a.org.id, lastAssignedUserId: w.a.owner.id });
    const result = await save({ mode: 'fixed', fixedOwnerId: w.a.member.id, startHour: '8', endHour: '16' });
    expect(result.validationErrors).toBeUndefined();
    expect(result.data).toMatchObject({ mode: 'fixed', fixedOwnerId: w.a.member.id, timeZone: 'Europe/Berlin', businessHoursStart: 8, businessHoursEnd: 16, workDays: [1, 2, 5] });
    expect(await getLeadRoutingSettings(testDb.db, w.a.org.id)).toMatchObject({ mode: 'fixed', lastAssignedUserId: w.a.owner.id, workDays: [1, 2, 5] });

    const [audit] = await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, w.a.org.id), eq(auditLogs.action, 'org.lead_routing_updated')));
    expect(audit).toMatchObject({ actorType: 'user', actorUserId: w.a.admin.id, targetId: w.a.org.id });
    expect(audit!.metadata).toMatchObject({ from: { mode: 'round_robin', timeZone: 'UTC' }, to: { mode: 'fixed', fixedOwnerId: w.a.member.id, timeZone: 'Europe/Berlin' } });
  });

  it('forgets the fixed owner when the mode is not fixed', async () => {
    const result = await save({ mode: 'none', fixedOwnerId: w.a.member.id });
    expect(result.data).toMatchObject({ mode: 'none', fixedOwnerId: null });
  });

  it('puts each invalid value on its field', async () => {
    const noOwner = await save({ mode: 'fixed' });
    expect(noOwner.validationErrors?.fieldErrors.fixedOwnerId).toEqual(['Choose who gets every new lead.']);
    const stranger = await save({ mode: 'fixed', fixedOwnerId: w.b.owner.id });
    expect(stranger.validationErrors?.fieldErrors.fixedOwnerId).toEqual(['Choose a current member of this workspace.']);
    for (const timeZone of ['Mars/Olympus_Mons', '+01:00', '']) {
      expect((await save({ timeZone })).validationErrors?.fieldErrors.timeZone).toEqual(['Choose a time zone from the list.']);
    }
    expect((await save({ startHour: 17, endHour: 9 })).validationErrors?.fieldErrors.endHour).toEqual(['The working day must end after it starts.']);
    expect((await save({ startHour: 24 })).validationErrors?.fieldErrors.startHour).toBeDefined();
    expect((await save({ workDays: [] })).validationErrors?.fieldErrors.workDays).toEqual(['Pick at least one work day.']);
    expect((await save({ workDays: [0, 8] })).validationErrors?.fieldErrors.workDays).toEqual(['Pick days of the week.']);
    expect((await save({ workDays: ['x'] })).validationErrors?.fieldErrors.workDays).toEqual(['Pick days of the week.']);
    expect((await save({ mode: 'everyone' })).validationErrors?.fieldErrors.mode).toBeDefined();
    expect(await testDb.db.select().from(leadRoutingSettings)).toEqual([]);
  });

  it('refuses a disabled account as the fixed owner', async () => {
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, w.a.member.id));
    const result = await save({ mode: 'fixed', fixedOwnerId: w.a.member.id });
    expect(result.validationErrors?.fieldErrors.fixedOwnerId).toEqual(['Choose a current member of this workspace.']);
  });

  it('is for admins: a member is refused', async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    const result = await save({});
    expect(result.serverError).toBe('You do not have permission to do that in this workspace.');
    expect(await testDb.db.select().from(leadRoutingSettings)).toEqual([]);
  });

  it("B's owner cannot change A's routing", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    expect((await save({})).serverError).toBe('Workspace not found.');
    expect(await testDb.db.select().from(leadRoutingSettings).where(eq(leadRoutingSettings.orgId, w.a.org.id))).toEqual([]);
  });
});

describe('getNextRoundRobinMember', () => {
  it('names the member after the cursor', async () => {
    const first = await getNextRoundRobinMember(testDb.db, w.a.org.id);
    expect(first?.userId).toBe(w.a.owner.id);
    await testDb.db.insert(leadRoutingSettings).values({ orgId: w.a.org.id, lastAssignedUserId: w.a.owner.id });
    expect((await getNextRoundRobinMember(testDb.db, w.a.org.id))?.userId).toBe(w.a.admin.id);
  });
});
