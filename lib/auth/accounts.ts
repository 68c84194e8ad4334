import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { changeEmailMessage, resetPasswordMessage, verifyEmailMessage } from '@/lib/email/account-emails';
import { sendEmail } from '@/lib/email/send-email';
import { AppError } from '@/lib/errors';
import { consumeAuthToken, issueAuthToken } from './auth-tokens';
import { hashPassword, verifyPassword } from './password';
import type { changePasswordSchema, resetPasswordSchema, SignUpInput } from './account-schemas';

type RequestMeta = { baseUrl: string; ip?: string | null; userAgent?: string | null; requestId?: string | null };

async function sendVerification(db: Db, user: { id: string; email: string }, baseUrl: string) {
  const token = await issueAuthToken(db, { userId: user.id, purpose: 'verify_email' });
  await sendEmail(db, { to: user.email, ...verifyEmailMessage(`${baseUrl}/verify?token=${token}`) });
}

/**
 * Creates an account and emails a verification link. An address that already has an account gets the same
 * answer (and a fresh link if it is still unverified), so sign-up never reveals who has an account.
 */
export async function signUp(db: Db, input: SignUpInput, meta: RequestMeta) {
  const [existing] = await db.select().from(users).where(eq(users.email, input.email));
  if (existing) {
    if (!existing.emailVerified) await sendVerification(db, existing, meta.baseUrl);
    return { email: input.email };
  }
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ email: input.email, name: input.name, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) return { email: input.email };
  await recordAudit(db, { actorType: 'user', actorUserId: user.id, action: 'user.sign_up', targetType: 'user', targetId: user.id, ip: meta.ip, userAgent: meta.userAgent, requestId: meta.requestId });
  await sendVerification(db, user, meta.baseUrl);
  return { email: input.email };
}

export async function resendVerification(db: Db, email: string, baseUrl: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (user && !user.emailVerified && !user.disabledAt) await sendVerification(db, user, baseUrl);
}

export async function verifyEmail(db: Db, token: string) {
  const row = await consumeAuthToken(db, { token, purpose: 'verify_email' });
  if (!row) throw new AppError('bad_request', 'This confirmation link is invalid or has expired.');
  const [user] = await db.update(users).set({ emailVerified: new Date(), updatedAt: new Date() }).where(eq(users.id, row.userId)).returning();
  await recordAudit(db, { actorType: 'user', actorUserId: row.userId, action: 'user.email_verified', targetType: 'user', targetId: row.userId });
  return user!;
}

// A real argon2id hash of a random string: verifying against it costs the same time as a real account,
// so "no such user" and "wrong password" cannot be told apart by timing.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$wEV10UH4/41BXgrxx1e4ng$AIXj5PEnBDwbaw5uFGsy7eP4WK960grEtdSnWJCPQi4';

export type AuthenticateResult =
  | { ok: true; user: typeof users.$inferSelect }
  | { ok: false; reason: 'invalid' | 'unverified' | 'disabled' };

/** Checks an email and password. Every failure looks the same to the caller except an unverified email. */
export async function authenticate(db: Db, email: string, password: string): Promise<AuthenticateResult> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user?.passwordHash) {
    await verifyPassword(DUMMY_HASH, password);
    return { ok: false, reason: 'invalid' };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: 'invalid' };
  if (user.disabledAt) return { ok: false, reason: 'disabled' };
  if (!user.emailVerified) return { ok: false, reason: 'unverified' };
  return { ok: true, user };
}

/** Always succeeds from the caller's view; only an existing, enabled account gets an email. */
export async function requestPasswordReset(db: Db, email: string, meta: RequestMeta) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user || user.disabledAt) return;
  const token = await issueAuthToken(db, { userId: user.id, purpose: 'reset_password' });
  await sendEmail(db, { to: user.email, ...resetPasswordMessage(`${meta.baseUrl}/reset?token=${token}`) });
  await recordAudit(db, { actorType: 'anonymous', actorUserId: user.id, action: 'user.password_reset_requested', targetType: 'user', targetId: user.id, ip: meta.ip, requestId: meta.requestId });
}

/** Sets a new password from a reset link and ends every existing session of the account. */
export async function resetPassword(db: Db, input: z.infer<typeof resetPasswordSchema>, meta: Omit<RequestMeta, 'baseUrl'> = {}) {
  const row = await consumeAuthToken(db, { token: input.token, purpose: 'reset_password' });
  if (!row) throw new AppError('bad_request', 'This reset link is invalid or has expired. Ask for a new one.');
  const now = new Date();
  // Following a reset link proves the mailbox, so it also verifies the email.
  await db.update(users).set({ passwordHash: await hashPassword(input.password), sessionsValidAfter: now, emailVerified: now, updatedAt: now }).where(eq(users.id, row.userId));
  await recordAudit(db, { actorType: 'user', actorUserId: row.userId, action: 'user.password_reset', targetType: 'user', targetId: row.userId, ip: meta.ip, requestId: meta.requestId });
}

export async function changePassword(db: Db, userId: string, input: z.infer<typeof changePasswordSchema>) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('bad_request', 'Your current password is not correct.', { details: { field: 'currentPassword' } });
  }
  const now = new Date();
  await db.update(users).set({ passwordHash: await hashPassword(input.newPassword), sessionsValidAfter: now, updatedAt: now }).where(eq(users.id, userId));
  await recordAudit(db, { actorType: 'user', actorUserId: userId, action: 'user.password_changed', targetType: 'user', targetId: userId });
}

export async function requestEmailChange(db: Db, userId: string, newEmail: string, baseUrl: string) {
  const [taken] = await db.select({ id: users.id }).from(users).where(and(eq(users.email, newEmail), ne(users.id, userId)));
  if (taken) throw new AppError('conflict', 'That email cannot be used. Choose another.');
  const token = await issueAuthToken(db, { userId, purpose: 'change_email', newEmail });
  await sendEmail(db, { to: newEmail, ...changeEmailMessage(`${baseUrl}/verify?token=${token}&kind=email-change`, newEmail) });
  await recordAudit(db, { actorType: 'user', actorUserId: userId, action: 'user.email_change_requested', targetType: 'user', targetId: userId, metadata: { newEmail } });
}

export async function confirmEmailChange(db: Db, token: string) {
  const row = await consumeAuthToken(db, { token, purpose: 'change_email' });
  if (!row?.newEmail) throw new AppError('bad_request', 'This confirmation link is invalid or has expired.');
  const [previous] = await db.select({ email: users.email }).from(users).where(eq(users.id, row.userId));
  const now = new Date();
  try {
    await db.update(users).set({ email: row.newEmail, emailVerified: now, sessionsValidAfter: now, updatedAt: now }).where(eq(users.id, row.userId));
  } catch (error) {
    throw new AppError('conflict', 'That email is already in use by another account.', { cause: error });
  }
  await recordAudit(db, { actorType: 'user', actorUserId: row.userId, action: 'user.email_changed', targetType: 'user', targetId: row.userId, metadata: { from: previous?.email, to: row.newEmail } });
}

/** "Sign out everywhere": every session token issued before now stops working. */
export async function revokeAllSessions(db: Db, userId: string) {
  await db.update(users).set({ sessionsValidAfter: new Date() }).where(eq(users.id, userId));
  await recordAudit(db, { actorType: 'user', actorUserId: userId, action: 'user.sessions_revoked', targetType: 'user', targetId: userId });
}
