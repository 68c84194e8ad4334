import { and, desc, eq, gt, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '@/db';
import { authTokens, type AuthTokenPurpose } from '@/db/schema';
import { generateToken, hashToken } from './tokens';

export const TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
};

/** Issues a single-use token; returns the plain token for the emailed link (only its hash is stored). */
export async function issueAuthToken(
  db: Db,
  {
    userId,
    purpose,
    newEmail,
    passwordHash,
    now = new Date(),
  }: { userId: string; purpose: AuthTokenPurpose; newEmail?: string; passwordHash?: string | null; now?: Date },
) {
  const token = generateToken();
  await db.insert(authTokens).values({
    userId,
    purpose,
    newEmail,
    passwordHash,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
  });
  return token;
}

/**
 * Marks a token used and returns it, in one statement, so two concurrent uses cannot both succeed.
 * Returns null for unknown, expired, already used or wrong-purpose tokens alike.
 */
export async function consumeAuthToken(db: Db, { token, purpose, now = new Date() }: { token: string; purpose: AuthTokenPurpose; now?: Date }) {
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now),
      ),
    )
    .returning();
  return row ?? null;
}

/** Marks the user's unused tokens of these purposes used (all but `exceptId`), so older emailed links stop working. */
export async function revokeAuthTokens(
  db: Db,
  { userId, purposes, exceptId, now = new Date() }: { userId: string; purposes: AuthTokenPurpose[]; exceptId?: string; now?: Date },
) {
  await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(authTokens.userId, userId),
        inArray(authTokens.purpose, purposes),
        isNull(authTokens.usedAt),
        exceptId ? ne(authTokens.id, exceptId) : undefined,
      ),
    );
}

/** The user's newest unused token of a purpose; `unexpiredAt` also leaves out those expired by then. */
export async function latestUnusedAuthToken(db: Db, { userId, purpose, unexpiredAt }: { userId: string; purpose: AuthTokenPurpose; unexpiredAt?: Date }) {
  const [row] = await db
    .select()
    .from(authTokens)
    .where(
      and(
        eq(authTokens.userId, userId),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        unexpiredAt ? gt(authTokens.expiresAt, unexpiredAt) : undefined,
      ),
    )
    .orderBy(desc(authTokens.createdAt))
    .limit(1);
  return row ?? null;
}
