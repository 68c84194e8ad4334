import { and, eq, sql, TransactionRollbackError } from 'drizzle-orm';
import type { Executor } from '@/db';
import { notificationDigests } from '@/db/schema';
import { log } from '@/lib/log';
import { claimForDigest, releaseClaim, type ClaimedNotification } from './digest-claim';

export type DigestKey = { userId: string; day: string };

export type DigestStart =
  | { kind: 'claimed'; claimed: ClaimedNotification[] }
  /** Nothing unread that no digest carried yet: no attempt is recorded. */
  | { kind: 'nothing' }
  | { kind: 'already_sent' }
  /** An earlier attempt may have sent it (it died mid-send or timed out): a person resolves it, nobody resends. */
  | { kind: 'unknown' };

const attemptOf = ({ userId, day }: DigestKey) => and(eq(notificationDigests.userId, userId), eq(notificationDigests.day, day));

/**
 * Opens the day's digest attempt and claims the notifications it will carry, in one transaction: both are
 * committed before the email goes to the provider, or neither is. A day has one attempt row: a new one
 * opens, a `failed` one (the provider refused: nothing went out) is taken up again, and any other means
 * this digest was sent or may have been. `sending` found here is an attempt that never finished, so it
 * becomes `unknown` and waits for a person instead of a blind resend.
 */
export async function startDigestAttempt(db: Executor, key: DigestKey): Promise<DigestStart> {
  try {
    return await db.transaction(async (tx) => {
      const [opened] = await tx
        .insert(notificationDigests)
        .values({ ...key, status: 'sending' })
        .onConflictDoUpdate({
          target: [notificationDigests.userId, notificationDigests.day],
          set: { status: 'sending', error: null, updatedAt: sql`now()` },
          setWhere: eq(notificationDigests.status, 'failed'),
        })
        .returning({ status: notificationDigests.status });
      if (!opened) {
        const [existing] = await tx.select({ status: notificationDigests.status }).from(notificationDigests).where(attemptOf(key)).for('update');
        if (existing?.status === 'sent') return { kind: 'already_sent' };
        await tx.update(notificationDigests).set({ status: 'unknown', updatedAt: sql`now()` }).where(attemptOf(key));
        log.warn({ ...key, previousStatus: existing?.status }, 'notification digest: an earlier attempt may have sent it; not resending, a person must resolve it');
        return { kind: 'unknown' };
      }
      const claimed = await claimForDigest(tx, key.userId);
      // Rolls the attempt row back with the empty claim: a new row disappears, a failed one stays failed.
      if (claimed.length === 0) tx.rollback();
      await tx.update(notificationDigests).set({ notificationCount: claimed.length }).where(attemptOf(key));
      return { kind: 'claimed', claimed };
    });
  } catch (error) {
    if (error instanceof TransactionRollbackError) return { kind: 'nothing' };
    throw error;
  }
}

const describeError = (error: unknown) => String(error).slice(0, 500);

export async function markDigestSent(db: Executor, key: DigestKey, emailMessageId: string) {
  await db.update(notificationDigests).set({ status: 'sent', emailMessageId, error: null, updatedAt: sql`now()` }).where(attemptOf(key));
}

/** The provider refused the email, so nothing went out: the notifications go back for the retry to carry. */
export async function markDigestFailed(db: Executor, key: DigestKey, claimedIds: string[], error: unknown) {
  await db.transaction(async (tx) => {
    await releaseClaim(tx, key.userId, claimedIds);
    await tx.update(notificationDigests).set({ status: 'failed', error: describeError(error), updatedAt: sql`now()` }).where(attemptOf(key));
  });
}

/** Whether the email went out is not known: the claim stays (no later digest repeats it) and a person decides. */
export async function markDigestUnknown(db: Executor, key: DigestKey, error: unknown) {
  await db.update(notificationDigests).set({ status: 'unknown', error: describeError(error), updatedAt: sql`now()` }).where(attemptOf(key));
  log.warn({ ...key, err: error }, 'notification digest: the email may or may not have gone out; not resending, a person must resolve it');
}
