import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Db } from '@/db';
import { apiKeys, orgs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { generateToken, hashToken } from './tokens';
import type { CreateApiKeyInput, revokeApiKeySchema } from './api-key-schemas';

export const API_KEY_PREFIX = 'bk_live_';
const VISIBLE_CHARS = 4;
// Writing last_used_at on every request would turn each API read into a write; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

type AuthenticatedKey = { key: typeof apiKeys.$inferSelect; org: typeof orgs.$inferSelect };

// Each API request would otherwise start with the same key lookup. A resolved key is remembered for a few
// seconds per process: revoking clears it here at once, and other instances within KEY_CACHE_TTL_MS.
const KEY_CACHE_TTL_MS = 10_000;
const keyCache = new LRUCache<string, AuthenticatedKey>({ max: 1_000, ttl: KEY_CACHE_TTL_MS });

/** Creates a key; the returned `secret` is shown once and never stored (only its hash is). */
export async function createApiKey(ctx: Ctx, input: CreateApiKeyInput) {
  const secret = `${API_KEY_PREFIX}${generateToken(32)}`;
  const [key] = await ctx.db
    .insert(apiKeys)
    .values({
      orgId: ctx.org.id,
      name: input.name,
      prefix: secret.slice(0, API_KEY_PREFIX.length + VISIBLE_CHARS),
      keyHash: hashToken(secret),
      scopes: [...new Set(input.scopes)],
      createdById: ctx.user?.id,
      expiresAt: input.expiresInDays ? new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000) : null,
    })
    .returning();
  await recordAudit(ctx.db, { orgId: ctx.org.id, actorType: 'user', actorUserId: ctx.user?.id, action: 'api_key.created', targetType: 'api_key', targetId: key!.id, metadata: { name: input.name, scopes: key!.scopes } });
  return { key: key!, secret };
}

export async function listApiKeys(ctx: Pick<Ctx, 'db' | 'org'>) {
  return ctx.db
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, scopes: apiKeys.scopes, lastUsedAt: apiKeys.lastUsedAt, expiresAt: apiKeys.expiresAt, revokedAt: apiKeys.revokedAt, createdAt: apiKeys.createdAt })
    .from(apiKeys)
    .where(eq(apiKeys.orgId, ctx.org.id))
    .orderBy(desc(apiKeys.createdAt));
}

export async function revokeApiKey(ctx: Ctx, input: z.infer<typeof revokeApiKeySchema>) {
  const [key] = await ctx.db
    .update(apiKeys)
    .set({ revokedAt: ctx.now })
    .where(and(eq(apiKeys.id, input.keyId), eq(apiKeys.orgId, ctx.org.id), isNull(apiKeys.revokedAt)))
    .returning();
  if (!key) throw new AppError('not_found', 'API key not found.');
  keyCache.delete(key.keyHash);
  await recordAudit(ctx.db, { orgId: ctx.org.id, actorType: 'user', actorUserId: ctx.user?.id, action: 'api_key.revoked', targetType: 'api_key', targetId: key.id, metadata: { name: key.name } });
}

/** Resolves a presented key to its workspace, or null for unknown, revoked or expired keys. */
export async function authenticateApiKey(db: Db, secret: string, now = new Date()) {
  if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 200) return null;
  const keyHash = hashToken(secret);
  const cached = keyCache.get(keyHash);
  if (cached && (!cached.key.expiresAt || cached.key.expiresAt > now)) return cached;
  const [row] = await db
    .select({ key: apiKeys, org: orgs })
    .from(apiKeys)
    .innerJoin(orgs, eq(orgs.id, apiKeys.orgId))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now))));
  if (!row) return null;
  keyCache.set(keyHash, row);
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  // Only a stale timestamp costs a write (the WHERE repeats the check so concurrent requests write once).
  if (row.key.lastUsedAt && row.key.lastUsedAt >= staleBefore) return row;
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, row.key.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))));
  return row;
}
