import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { eq } from 'drizzle-orm';
import NextAuth from 'next-auth';
import { getDb } from '@/db';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { revokeAuthTokens } from '@/lib/auth/auth-tokens';
import { findSessionUser } from '@/lib/auth/session-validity';
import { authConfig } from './auth.config';
import { buildProviders } from './providers';

// Auth.js builds callback and magic-link URLs from AUTH_URL, else from request headers that a client can
// forge. With APP_URL configured (npm start always has one), pin Auth.js to it.
if (process.env.APP_URL && !process.env.AUTH_URL) process.env.AUTH_URL = process.env.APP_URL;

// Lazy configuration: the database is opened on the first request, never at import (builds need none).
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  adapter: DrizzleAdapter(getDb(), { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
  providers: buildProviders(),
  callbacks: {
    ...authConfig.callbacks,
    // Disabled accounts cannot start a session by any provider (password sign-in already refuses them).
    async signIn({ user }) {
      if (!user.id) return true;
      const [row] = await getDb().select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, user.id));
      return !row?.disabledAt;
    },
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        // Milliseconds, so a revocation in the same second as a sign-in elsewhere still ends that session.
        token.signedInAtMs = Date.now();
      }
      // Every request re-checks the account: "sign out everywhere", a password change or a disabled account
      // end sessions at once, although the token itself is stateless. Returning null drops the session.
      if (!token.sub) return null;
      const account = await findSessionUser(getDb(), token.sub, token.signedInAtMs);
      if (!account) return null;
      token.account = account;
      return token;
    },
  },
  events: {
    async signIn({ user, account, profile }) {
      if (!user.id) return;
      const db = getDb();
      // A magic link proves the mailbox; of the OAuth providers only Google says whether it verified the email.
      const isProven = account?.provider === 'magic-link' || (account?.provider === 'google' && profile?.email_verified === true);
      if (isProven) {
        await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
        // Pending sign-up links may carry a password someone else chose for this address: void them.
        await revokeAuthTokens(db, { userId: user.id, purposes: ['verify_email'] });
      }
      await recordAudit(db, { actorType: 'user', actorUserId: user.id, action: 'user.signed_in', metadata: { provider: account?.provider } });
    },
    async signOut(message) {
      const userId = 'token' in message ? message.token?.sub : undefined;
      if (userId) await recordAudit(getDb(), { actorType: 'user', actorUserId: userId, action: 'user.signed_out' });
    },
  },
}));
