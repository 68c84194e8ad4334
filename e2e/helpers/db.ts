import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { createDb } from '@/db';
import { ensureEmbeddedPostgres, withDatabase } from '@/db/embedded';
import { contentPosts, emailMessages, leads, orgMembers, orgs, pipelineStages, tasks, users, type OrgRole } from '@/db/schema';
import { createApiKey } from '@/lib/auth/api-keys';
import { hashPassword } from '@/lib/auth/password';
import { createLead } from '@/lib/leads/create-lead';
import { createForm } from '@/lib/leads/forms/forms';
import { DEFAULT_FORM_FIELDS } from '@/lib/leads/forms/form-schemas';
import { createDefaultStages } from '@/lib/leads/stages';

let handle: Promise<ReturnType<typeof createDb>> | undefined;

/** The database the server under test uses: DATABASE_URL, or the embedded server the start script runs. */
function getHandle() {
  handle ??= (async () => {
    if (process.env.DATABASE_URL) return createDb(process.env.DATABASE_URL, { max: 2 });
    const server = await ensureEmbeddedPostgres();
    return createDb(withDatabase(server.url, 'beacon'), { max: 2 });
  })();
  return handle;
}

export const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@e2e.example`;
export const E2E_PASSWORD = 'correct horse battery e2e';

/** A verified account with a password, seeded directly (tests sign in through the API, not the form). */
export async function seedUser(options: { email?: string; name?: string; isStaff?: boolean } = {}) {
  const { db } = await getHandle();
  const [user] = await db
    .insert(users)
    .values({
      email: options.email ?? uniqueEmail('user'),
      name: options.name ?? 'E2E User',
      isStaff: options.isStaff ?? false,
      emailVerified: new Date(),
      passwordHash: await hashPassword(E2E_PASSWORD),
    })
    .returning();
  return user!;
}

export async function seedOrg(owner: { id: string }, name = 'E2E Workspace') {
  const { db } = await getHandle();
  const [org] = await db.insert(orgs).values({ name, slug: `e2e-${randomBytes(4).toString('hex')}` }).returning();
  await db.insert(orgMembers).values({ orgId: org!.id, userId: owner.id, role: 'owner' });
  await createDefaultStages(db, org!.id);
  return org!;
}

export async function seedMember(org: { id: string }, user: { id: string }, role: OrgRole) {
  const { db } = await getHandle();
  await db.insert(orgMembers).values({ orgId: org.id, userId: user.id, role });
}

/** The newest email to an address whose subject matches, from the outbox table. */
export async function latestEmail(to: string, subject: RegExp) {
  const { db } = await getHandle();
  const rows = await db.select().from(emailMessages).where(eq(emailMessages.toAddress, to)).orderBy(desc(emailMessages.createdAt)).limit(20);
  const message = rows.find((row) => subject.test(row.subject));
  if (!message) throw new Error(`No email to ${to} matching ${subject}`);
  return message;
}

/** The first link in an email's text that points at `path` on the app, as a path + query. */
export function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://[^\\s)\\]]+${path.replace('/', '\\/')}[^\\s)\\]]*`));
  if (!match) throw new Error(`No ${path} link in email:\n${text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}

export async function roleOf(orgId: string, userId: string) {
  const { db } = await getHandle();
  const [row] = await db.select({ role: orgMembers.role }).from(orgMembers).where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.userId, userId)));
  return row?.role ?? null;
}

/** Makes sure the demo workspace and accounts exist (the seed is idempotent), whichever database runs. */
export async function ensureDemoData() {
  const { db } = await getHandle();
  const { seedDemo } = await import('@/db/seed');
  await seedDemo(db);
}

/** An API key of the workspace with the given scopes; returns the secret (shown once, as in the UI). */
export async function seedApiKey(org: typeof orgs.$inferSelect, owner: typeof users.$inferSelect, scopes: string[]) {
  const { db } = await getHandle();
  const ctx = { db, user: { id: owner.id, email: owner.email, name: owner.name, isStaff: owner.isStaff }, org, role: 'owner' as const, actor: 'user' as const, now: new Date() };
  const { secret } = await createApiKey(ctx, { name: 'e2e', scopes: scopes as never });
  return secret;
}

/** Leads created through the same domain function the app uses (deduped by email, scored). */
export async function seedLeads(org: { id: string }, inputs: { name: string; email?: string; tags?: string[] }[]) {
  const { db } = await getHandle();
  const created = [];
  for (const input of inputs) created.push((await createLead(db, { orgId: org.id, input })).lead);
  return created;
}

export async function seedTask(org: { id: string }, values: { title: string; assigneeId: string; leadId?: string; dueAt?: Date }) {
  const { db } = await getHandle();
  const [task] = await db.insert(tasks).values({ orgId: org.id, ...values }).returning();
  return task!;
}

/** An active lead form with the default fields, created the way the forms builder does. */
export async function seedForm(org: typeof orgs.$inferSelect, owner: typeof users.$inferSelect, name = 'Website enquiries') {
  const { db } = await getHandle();
  const ctx = { db, user: { id: owner.id, email: owner.email, name: owner.name, isStaff: owner.isStaff }, org, role: 'owner' as const, actor: 'user' as const, now: new Date() };
  return createForm(ctx, {
    name, title: 'Talk to our team', description: null, fields: DEFAULT_FORM_FIELDS, submitLabel: 'Send',
    successMessage: 'Thanks! We will be in touch soon.', redirectUrl: null, notifyEmails: [], tags: [], isActive: true,
  });
}

/** Makes leads look untouched for `days` days (created then, no activity since). */
export async function ageLeads(leadIds: string[], days: number) {
  const { db } = await getHandle();
  const then = new Date(Date.now() - days * 86_400_000);
  await db.update(leads).set({ createdAt: then, lastActivityAt: then, stageChangedAt: then }).where(inArray(leads.id, leadIds));
}

/** Open leads of a workspace with no activity for `days` days, quietest first (what "going stale" means). */
export async function staleLeadNames(orgId: string, days = 7) {
  const { db } = await getHandle();
  const rows = await db
    .select({ name: leads.name })
    .from(leads)
    .leftJoin(pipelineStages, eq(pipelineStages.id, leads.stageId))
    .where(and(eq(leads.orgId, orgId), isNotNull(leads.lastActivityAt), lt(leads.lastActivityAt, new Date(Date.now() - days * 86_400_000)), sql`coalesce(${pipelineStages.isWon} or ${pipelineStages.isLost}, false) = false`))
    .orderBy(asc(leads.lastActivityAt));
  return rows.map((row) => row.name);
}

export async function tasksTitled(orgId: string, title: string) {
  const { db } = await getHandle();
  return db.select().from(tasks).where(and(eq(tasks.orgId, orgId), eq(tasks.title, title)));
}

export async function contentPostsOf(orgId: string) {
  const { db } = await getHandle();
  return db.select().from(contentPosts).where(eq(contentPosts.orgId, orgId));
}

export async function orgBySlug(slug: string) {
  const { db } = await getHandle();
  const [org] = await db.select().from(orgs).where(eq(orgs.slug, slug));
  return org!;
}

export async function setOrgPlan(orgId: string, plan: (typeof orgs.$inferSelect)['plan']) {
  const { db } = await getHandle();
  await db.update(orgs).set({ plan }).where(eq(orgs.id, orgId));
}
