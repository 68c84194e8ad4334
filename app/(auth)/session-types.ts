import type { SessionUser } from '@/lib/auth/session-validity';

// The account as the JWT callback read it on this request, carried to the session so the request needs
// no second lookup.
declare module 'next-auth' {
  interface Session {
    account?: SessionUser;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    signedInAtMs?: number;
    account?: SessionUser;
  }
}
