import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { leadRoutingSettings, leads, orgMembers, users } from '@/db/schema';
import { nextInRotation } from '@/lib/leads/routing/rotation';
import { setupTestDatabase } from '@/tests/db';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addMember, createTestUser } from '@/tests/helpers/factories';
import { assignLeadOwner, chooseOwner } from './assign-owner';

const testDb = setupTestDatabase();

/** A workspace whose owner joined first, then Bea, then Cal (join times set apart explicitly). */
async function setup() {
  const ws = await createCrmWorkspace(testDb.db, 'Routing Org');
  const bea = await createTestUser(testDb.db, { name: 'Bea' });
  const cal = await createTestUser(testDb.db, { name: 'Cal' });
  await addMember(testDb.db, ws.org, bea, 'member');
  await addMember(testDb.db, ws.org, cal, 'admin');
  for (const [index, user] of [ws.owner, bea, cal].entries()) {
    await testDb.db
      .update(orgMembers)
      .set({ createdAt: new Date(Date.UTC(2024, 0, 1 + index)) })
      .where(and(eq(orgMembers.orgId, ws.org.id), eq(orgMembers.userId, user.id)));
  }
  const choose = () => testDb.db.transaction((tx) => chooseOwner(tx, ws.org.id));
  const cursor = async () => (await testDb.db.select().from(leadRoutingSettings).where(eq(leadRoutingSettings.orgId, ws.org.id)))[0]?.lastAssignedUserId;
  return { ...ws, bea, cal, choose, cursor };
}

describe('nextInRotation', () => {
  const members = [
    { userId: 'a', isDisabled: false },
    { userId: 'b', isDisabled: true },
    { userId: 'c', isDisabled: false },
  ];
  it('starts with the first member, then follows the cursor, wrapping around and skipping disabled ones', () => {
    expect(nextInRotation(members, null)?.userId).toBe('a');
    expect(nextInRotation(members, 'a')?.userId).toBe('c');
    expect(nextInRotation(members, 'b')?.userId).toBe('c');
    expect(nextInRotation(members, 'c')?.userId).toBe('a');
    expect(nextInRotation(members, 'gone')?.userId).toBe('a');
  });
  it('gives nobody when nobody can own a lead', () => {
    expect(nextInRotation([], null)).toBeNull();
    expect(nextInRotation([{ userId: 'a', isDisabled: true }], 'a')).toBeNull();
  });
});

describe('chooseOwner', () => {
  it('round robin: members take turns in join order and wrap around, the cursor stored each time', async () => {
    const { owner, bea, cal, choose, cursor } = await setup();
    const picks = [];
    for (let i = 0; i < 4; i += 1) picks.push(await choose());
    expect(picks).toEqual([owner.id, bea.id, cal.id, owner.id]);
    expect(await cursor()).toBe(owner.id);
  });

  it('round robin: two leads arriving together go to two different members', async () => {
    const { owner, bea, choose } = await setup();
    const picks = await Promise.all([choose(), choose()]);
    expect(picks.sort()).toEqual([owner.id, bea.id].sort());
  });

  it('round robin skips a removed member and a disabled account', async () => {
    const { org, owner, bea, cal, choose } = await setup();
    expect(await choose()).toBe(owner.id);
    await testDb.db.delete(orgMembers).where(and(eq(orgMembers.orgId, org.id), eq(orgMembers.userId, bea.id)));
    expect(await choose()).toBe(cal.id);
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, owner.id));
    expect(await choose()).toBe(cal.id);
  });

  it('fixed: always the chosen member, without moving the round-robin cursor', async () => {
    const { org, bea, choose, cursor } = await setup();
    await testDb.db.insert(leadRoutingSettings).values({ orgId: org.id, mode: 'fixed', fixedOwnerId: bea.id });
    expect([await choose(), await choose()]).toEqual([bea.id, bea.id]);
    expect(await cursor()).toBeNull();
  });

  it('fixed: falls back to round robin once the chosen member left the workspace', async () => {
    const { org, owner, bea, cal, choose } = await setup();
    await testDb.db.insert(leadRoutingSettings).values({ orgId: org.id, mode: 'fixed', fixedOwnerId: cal.id, lastAssignedUserId: owner.id });
    await testDb.db.delete(orgMembers).where(and(eq(orgMembers.orgId, org.id), eq(orgMembers.userId, cal.id)));
    expect(await choose()).toBe(bea.id);
    expect(await choose()).toBe(owner.id);
  });

  it('none: nobody, and nothing moves', async () => {
    const { org, choose, cursor } = await setup();
    await testDb.db.insert(leadRoutingSettings).values({ orgId: org.id, mode: 'none' });
    expect(await choose()).toBeNull();
    expect(await cursor()).toBeNull();
  });
});

describe('assignLeadOwner', () => {
  it('sets an owner on an unowned lead once; a second call keeps it and does not use up a turn', async () => {
    const { org, owner, bea, cursor } = await setup();
    const [lead] = await testDb.db.insert(leads).values({ orgId: org.id, name: 'Unowned' }).returning();
    expect(await assignLeadOwner(testDb.db, { orgId: org.id, leadId: lead!.id })).toEqual({ ownerId: owner.id, assigned: true });
    expect(await assignLeadOwner(testDb.db, { orgId: org.id, leadId: lead!.id })).toEqual({ ownerId: owner.id, assigned: false });
    expect(await cursor()).toBe(owner.id);
    const [owned] = await testDb.db.insert(leads).values({ orgId: org.id, name: 'Owned', ownerId: bea.id }).returning();
    expect(await assignLeadOwner(testDb.db, { orgId: org.id, leadId: owned!.id })).toEqual({ ownerId: bea.id, assigned: false });
    expect(await cursor()).toBe(owner.id);
  });

  it("gives null for a deleted lead or another workspace's lead", async () => {
    const { org } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const [foreign] = await testDb.db.insert(leads).values({ orgId: other.org.id, name: 'Foreign' }).returning();
    expect(await assignLeadOwner(testDb.db, { orgId: org.id, leadId: foreign!.id })).toBeNull();
    const [row] = await testDb.db.select({ ownerId: leads.ownerId }).from(leads).where(eq(leads.id, foreign!.id));
    expect(row?.ownerId).toBeNull();
  });
});
