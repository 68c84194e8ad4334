import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiKeys, auditLogs } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { API_KEY_PREFIX, authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from './api-keys';

const testDb = setupTestDatabase();
const DAY_MS = 86_400_000;

async function workspace() {
  const owner = await createTestUser(testDb.db);
  const org = await createTestOrg(testDb.db, owner);
  return { org, owner, ctx: ctxFor(testDb.db, org, owner, 'owner') };
}

async function audits(orgId: string, action: string) {
  return testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, orgId), eq(auditLogs.action, action)));
}

describe('API keys', () => {
  it('creates a key whose secret is returned once and stored only as a hash, audited', async () => {
    const { org, owner, ctx } = await workspace();
    const { key, secret } = await createApiKey(ctx, { name: 'ci', scopes: ['leads.read', 'org.read', 'leads.read'] });

    expect(secret.startsWith(API_KEY_PREFIX)).toBe(true);
    expect(key.prefix).toBe(secret.slice(0, API_KEY_PREFIX.length + 4));
    expect(key.scopes.sort()).toEqual(['leads.read', 'org.read']);
    const [stored] = await testDb.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(stored!.keyHash).not.toContain(secret.slice(API_KEY_PREFIX.length));
    expect(Object.values(stored!).some((value) => value === secret)).toBe(false);
    expect(await audits(org.id, 'api_key.created')).toEqual([expect.objectContaining({ actorUserId: owner.id, targetId: key.id })]);
  });

  it('authenticates → revoke → no longer authenticates', async () => {
    const { org, ctx } = await workspace();
    const { key, secret } = await createApiKey(ctx, { name: 'zapier', scopes: ['org.read'] });

    const found = await authenticateApiKey(testDb.db, secret);
    expect(found).toMatchObject({ key: { id: key.id }, org: { id: org.id } });
    const [used] = await testDb.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(used!.lastUsedAt).toBeInstanceOf(Date);

    await revokeApiKey(ctx, { keyId: key.id });
    expect(await authenticateApiKey(testDb.db, secret)).toBeNull();
    expect(await audits(org.id, 'api_key.revoked')).toEqual([expect.objectContaining({ targetId: key.id })]);
    await expectAppError(revokeApiKey(ctx, { keyId: key.id }), 'not_found');
  });

  it('refuses unknown, malformed and expired keys', async () => {
    const { ctx } = await workspace();
    const { secret } = await createApiKey(ctx, { name: 'short-lived', scopes: ['org.read'], expiresInDays: 1 });

    expect(await authenticateApiKey(testDb.db, `${API_KEY_PREFIX}not-a-real-key`)).toBeNull();
    expect(await authenticateApiKey(testDb.db, secret.slice(API_KEY_PREFIX.length))).toBeNull();
    expect(await authenticateApiKey(testDb.db, secret, new Date(Date.now() + 2 * DAY_MS))).toBeNull();
    expect(await authenticateApiKey(testDb.db, secret)).not.toBeNull();
  });

  it('keeps workspaces apart: a key resolves only its own workspace, and B cannot list or revoke A’s keys', async () => {
    const a = await workspace();
    const b = await workspace();
    const keyA = await createApiKey(a.ctx, { name: 'a', scopes: ['org.read'] });
    const keyB = await createApiKey(b.ctx, { name: 'b', scopes: ['org.read'] });

    expect((await authenticateApiKey(testDb.db, keyA.secret))!.org.id).toBe(a.org.id);
    expect((await authenticateApiKey(testDb.db, keyB.secret))!.org.id).toBe(b.org.id);
    expect((await listApiKeys(b.ctx)).map((key) => key.id)).toEqual([keyB.key.id]);

    await expectAppError(revokeApiKey(b.ctx, { keyId: keyA.key.id }), 'not_found');
    expect((await authenticateApiKey(testDb.db, keyA.secret))!.org.id).toBe(a.org.id);
    expect(await audits(b.org.id, 'api_key.revoked')).toEqual([]);
  });
});
