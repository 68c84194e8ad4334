import type { Db } from '@/db';
import { activities, contentPosts, leads, tasks } from '@/db/schema';
import { addMember, createTestUser } from './factories';
import { createCrmWorkspace } from './crm-workspace';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A CRM workspace (owner, default pipeline) with one extra member, for insight scan tests. */
export async function createScanWorkspace(db: Db, name = 'Scan Org') {
  const workspace = await createCrmWorkspace(db, name);
  const member = await createTestUser(db, { name: `${name} rep` });
  await addMember(db, workspace.org, member, 'member');
  return { ...workspace, member };
}

/** A lead written straight to the table with exact timestamps (the domain functions stamp "now"). */
export async function insertLead(db: Db, orgId: string, values: Partial<typeof leads.$inferInsert> & { name: string }) {
  const [lead] = await db.insert(leads).values({ orgId, ...values }).returning();
  return lead!;
}

export async function insertTask(db: Db, orgId: string, values: Partial<typeof tasks.$inferInsert> & { title: string }) {
  const [task] = await db.insert(tasks).values({ orgId, ...values }).returning();
  return task!;
}

export async function insertActivity(db: Db, orgId: string, values: Omit<typeof activities.$inferInsert, 'orgId'>) {
  const [activity] = await db.insert(activities).values({ orgId, ...values }).returning();
  return activity!;
}

export async function insertPost(db: Db, orgId: string, createdAt: Date) {
  const [post] = await db.insert(contentPosts).values({ orgId, platform: 'linkedin', body: 'A post', createdAt }).returning();
  return post!;
}
