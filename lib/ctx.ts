import type { Db } from '@/db';
import type { OrgRole, Plan } from '@/db/schema';

export type CtxUser = { id: string; email: string; name: string | null; isStaff: boolean };

/** What every tenant-scoped domain function receives: who acts, in which workspace, with which role. */
export type Ctx = {
  db: Db;
  user: CtxUser | null;
  org: { id: string; slug: string; name: string; plan: Plan };
  role: OrgRole;
  actor: 'user' | 'api_key' | 'system';
  apiKey?: { id: string; scopes: string[] };
  requestId?: string;
  now: Date;
};
