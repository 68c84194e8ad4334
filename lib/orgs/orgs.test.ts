import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiKeys, auditLogs, invitations, orgMembers, orgs, users } from '@/db/schema';
import { createApiKey } from '@/lib/auth/api-keys';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { addMember, createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { createOrg, deleteOrg, getMembershipBySlug, listUserOrgs, renameOrg } from './orgs';

const testDb = setupTestDatabase();

async function auditRows(action: string, targetId: string) {
  return testDb.db.select().from(auditLogs).where(and(eq(auditLogs.action, action), eq(auditLogs.targetId, targetId)));
}

describe('createOrg', () => {
  it('creates the workspace with the user as owner, makes it current and audits it', async () => {
    const user = await createTestUser(testDb.db);
    const org = await createOrg(testDb.db, user.id, { name: 'Northwind', slug: `northwind-${user.id.slice(0, 6)}` });

    expect(org).toMatchObject({ name: 'Northwind', plan: 'free', isDemo: false });
    const members = await testDb.db.select().from(orgMembers).where(eq(orgMembers.orgId, org.id));
    expect(members).toEqual([expect.objectContaining({ userId: user.id, role: 'owner' })]);
    const [reloaded] = await testDb.db.select().from(users).where(eq(users.id, user.id));
    expect(reloaded!.lastOrgId).toBe(org.id);
    const [audit] = await auditRows('org.created', org.id);
    expect(audit).toMatchObject({ orgId: org.id, actorUserId: user.id, metadata: { name: 'Northwind', slug: org.slug } });
  });

  it('refuses a taken slug with a conflict on the slug field and creates nothing', async () => {
    const first = await createTestUser(testDb.db);
    const second = await createTestUser(testDb.db);
    const slug = `taken-${first.id.slice(0, 6)}`;
    await createOrg(testDb.db, first.id, { name: 'First', slug });

    const error = await expectAppError(createOrg(testDb.db, second.id, { name: 'Second', slug }), 'conflict');
    expect(error.details).toEqual({ field: 'slug' });
    expect(await listUserOrgs(testDb.db, second.id)).toEqual([]);
    expect(await testDb.db.select().from(orgs).where(eq(orgs.slug, slug))).toHaveLength(1);
  });
});

describe('listUserOrgs and getMembershipBySlug', () => {
  it('lists only the user’s workspaces, by name, with their role in each', async () => {
    const owner = await createTestUser(testDb.db);
    const user = await createTestUser(testDb.db);
    const beta = await createTestOrg(testDb.db, owner, { name: 'Beta' });
    const alpha = await createTestOrg(testDb.db, user, { name: 'Alpha' });
    await createTestOrg(testDb.db, owner, { name: 'Not theirs' });
    await addMember(testDb.db, beta, user, 'admin');

    const list = await listUserOrgs(testDb.db, user.id);
    expect(list.map((org) => [org.name, org.role])).toEqual([
      ['Alpha', 'owner'],
      ['Beta', 'admin'],
    ]);
    expect(list[0]!.id).toBe(alpha.id);
  });

  it('resolves a slug only through membership: null for non-members and unknown slugs', async () => {
    const owner = await createTestUser(testDb.db);
    const stranger = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, owner);

    const mine = await getMembershipBySlug(testDb.db, { userId: owner.id, slug: org.slug.toUpperCase() });
    expect(mine).toMatchObject({ role: 'owner', org: { id: org.id } });
    expect(await getMembershipBySlug(testDb.db, { userId: stranger.id, slug: org.slug })).toBeNull();
    expect(await getMembershipBySlug(testDb.db, { userId: owner.id, slug: 'no-such-workspace' })).toBeNull();
  });
});

describe('renameOrg', () => {
  it('renames only the ctx workspace and audits the old and new names', async () => {
    const owner = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, owner, { name: 'Old name' });
    const other = await createTestOrg(testDb.db, owner, { name: 'Untouched' });

    const renamed = await renameOrg(ctxFor(testDb.db, org, owner, 'owner'), { name: 'New name' });
    expect(renamed.name).toBe('New name');
    const [untouched] = await testDb.db.select().from(orgs).where(eq(orgs.id, other.id));
    expect(untouched!.name).toBe('Untouched');
    const [audit] = await auditRows('org.renamed', org.id);
    expect(audit!.metadata).toEqual({ from: 'Old name', to: 'New name' });
  });
});

describe('deleteOrg', () => {
  it('refuses a wrong confirmation and keeps the workspace', async () => {
    const owner = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, owner);

    const error = await expectAppError(deleteOrg(ctxFor(testDb.db, org, owner, 'owner'), { confirmSlug: `${org.slug}-nope` }), 'bad_request');
    expect(error.details).toEqual({ field: 'confirmSlug' });
    expect(await testDb.db.select().from(orgs).where(eq(orgs.id, org.id))).toHaveLength(1);
    expect(await auditRows('org.deleted', org.id)).toHaveLength(0);
  });

  it('deletes the workspace with its members, invitations and keys, clears lastOrgId and keeps an audit row', async () => {
    const owner = await createTestUser(testDb.db);
    const member = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, owner);
    const survivor = await createTestOrg(testDb.db, owner);
    await addMember(testDb.db, org, member, 'member');
    await testDb.db.update(users).set({ lastOrgId: org.id }).where(eq(users.id, member.id));
    const ctx = ctxFor(testDb.db, org, owner, 'owner');
    await createApiKey(ctx, { name: 'ci', scopes: ['org.read'] });
    await testDb.db.insert(invitations).values({ orgId: org.id, email: 'x@example.test', tokenHash: `hash-${org.id}`, expiresAt: new Date(Date.now() + 60_000) });

    await deleteOrg(ctx, { confirmSlug: org.slug });

    expect(await testDb.db.select().from(orgs).where(eq(orgs.id, org.id))).toHaveLength(0);
    expect(await testDb.db.select().from(orgMembers).where(eq(orgMembers.orgId, org.id))).toHaveLength(0);
    expect(await testDb.db.select().from(invitations).where(eq(invitations.orgId, org.id))).toHaveLength(0);
    expect(await testDb.db.select().from(apiKeys).where(eq(apiKeys.orgId, org.id))).toHaveLength(0);
    expect(await testDb.db.select().from(orgMembers).where(eq(orgMembers.orgId, survivor.id))).toHaveLength(1);
    const [reloaded] = await testDb.db.select().from(users).where(eq(users.id, member.id));
    expect(reloaded!.lastOrgId).toBeNull();
    const [audit] = await auditRows('org.deleted', org.id);
    expect(audit).toMatchObject({ orgId: null, actorUserId: owner.id, metadata: { slug: org.slug } });
  });
});
