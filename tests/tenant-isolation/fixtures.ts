import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { aiMessages, aiThreads, businessProfiles, contentPosts, insightRuleSettings, leadReplyDrafts, marketingStrategies } from '@/db/schema';
import { createThread } from '@/lib/ai/chat/threads';
import { saveStrategyVersion } from '@/lib/ai/strategy/strategy-versions';
import { createApiKey } from '@/lib/auth/api-keys';
import { createLead } from '@/lib/leads/create-lead';
import { createCustomField } from '@/lib/leads/custom-fields';
import { saveView } from '@/lib/leads/saved-views';
import { createDefaultStages, listStages } from '@/lib/leads/stages';
import { DEFAULT_FORM_FIELDS } from '@/lib/leads/forms/form-schemas';
import { createForm } from '@/lib/leads/forms/forms';
import { createInvite } from '@/lib/orgs/invites';
import { composeStrategyPlan } from '@/lib/providers/ai/offline/composers/strategy';
import { createTask } from '@/lib/tasks/tasks';
import { getSessionUser } from '@/lib/server/session';
import { addMember, createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { setBusinessProfile } from '@/tests/helpers/marketing-studio';
import { insertTestInsight } from '@/tests/helpers/test-insight';

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

export function asSession(user: { id: string; email: string; name: string | null; isStaff: boolean }): SessionUser {
  return { id: user.id, email: user.email, name: user.name, isStaff: user.isStaff, lastOrgId: null };
}

/**
 * Two workspaces: A (owner, admin, member, a pending invite, an API key, stages, two leads, a task, a
 * custom field, a saved view, a lead form, an open insight about its first lead, a tuned insight rule) and
 * B (its owner). Every
 * isolation test acts as someone from one side against the other side's slug and ids.
 */
export async function createTwoWorkspaces(db: Db) {
  const ownerA = await createTestUser(db, { name: 'Owner A' });
  const adminA = await createTestUser(db, { name: 'Admin A' });
  const memberA = await createTestUser(db, { name: 'Member A' });
  const orgA = await createTestOrg(db, ownerA);
  const adminMembershipA = await addMember(db, orgA, adminA, 'admin');
  const memberMembershipA = await addMember(db, orgA, memberA, 'member');
  const ctxA = ctxFor(db, orgA, ownerA, 'owner');
  const inviteA = await createInvite(ctxA, { email: 'invited@example.test', role: 'member' }, 'http://beacon.test');
  const { key: apiKeyA } = await createApiKey(ctxA, { name: 'A key', scopes: ['org.read'] });
  await createDefaultStages(db, orgA.id);
  const [stageA, otherStageA] = await listStages(db, { orgId: orgA.id });
  const { lead: leadA } = await createLead(db, { orgId: orgA.id, input: { name: 'Lead A', email: 'lead-a@example.test', stageId: stageA!.id } });
  const { lead: secondLeadA } = await createLead(db, { orgId: orgA.id, input: { name: 'Second lead A', email: 'lead-a2@example.test' } });
  const taskA = await createTask(ctxA, { title: 'Task A', leadId: leadA.id, assigneeId: memberA.id });
  const fieldA = await createCustomField(ctxA, { label: 'Budget', type: 'number', options: [] });
  const viewA = await saveView(ctxA, { name: 'Hot', query: { scoreMin: '70' } });
  const formA = await createForm(ctxA, {
    name: 'Contact A', title: 'Contact A', description: null, fields: DEFAULT_FORM_FIELDS, submitLabel: 'Send', successMessage: 'Thanks!',
    redirectUrl: null, notifyEmails: [], tags: [], isActive: true,
  });
  const insightA = await insertTestInsight(db, orgA.id, {
    summary: '1 open lead has had no activity for 7+ days.',
    evidence: { numbers: { staleLeads: 1, thresholdDays: 7 }, items: [{ kind: 'lead', id: leadA.id, label: leadA.name, detail: '8 days without activity' }] },
  });
  const [ruleSettingA] = await db.insert(insightRuleSettings).values({ orgId: orgA.id, rule: 'pipeline_stuck', enabled: true, threshold: 21 }).returning();

  const ownerB = await createTestUser(db, { name: 'Owner B' });
  const orgB = await createTestOrg(db, ownerB);

  return {
    a: { org: orgA, owner: ownerA, admin: adminA, member: memberA, adminMembership: adminMembershipA, memberMembership: memberMembershipA, invite: inviteA, apiKey: apiKeyA,
      stage: stageA!, otherStage: otherStageA!, lead: leadA, secondLead: secondLeadA, task: taskA, field: fieldA, view: viewA, form: formA,
      insight: insightA, ruleSetting: ruleSettingA! },
    b: { org: orgB, owner: ownerB },
  };
}

export type TwoWorkspaces = Awaited<ReturnType<typeof createTwoWorkspaces>>;

/**
 * A's AI objects, each a real id B's owner can aim at: the business profile, an older strategy version and the
 * active one, a draft post of that strategy, a first-response draft to A's lead, and A's owner's assistant
 * thread with one message. Kept out of createTwoWorkspaces: the feature tests using it expect none of these.
 */
async function seedAiObjects(db: Db, a: TwoWorkspaces['a']) {
  const orgId = a.org.id;
  await setBusinessProfile(db, orgId, { description: 'Profile text of A only', updatedById: a.owner.id });
  const plan = composeStrategyPlan({ name: a.org.name, description: 'Bookkeeping software', industry: 'B2B SaaS', audience: 'agency founders', goals: 'demos', voice: 'direct' });
  const olderStrategy = await saveStrategyVersion(db, { orgId, plan, source: 'manual', provider: null, createdById: a.owner.id });
  const strategy = await saveStrategyVersion(db, { orgId, plan, source: 'ai', provider: 'offline', createdById: a.owner.id });
  const [post] = await db
    .insert(contentPosts)
    .values({ orgId, platform: 'linkedin', pillar: plan.pillars[0]?.name ?? null, strategyId: strategy.id, generatedBy: 'offline', body: 'Post text of A only', hashtags: ['booksA'], createdById: a.owner.id })
    .returning();
  const [replyDraft] = await db
    .insert(leadReplyDrafts)
    .values({ orgId, leadId: a.lead.id, subject: 'Welcome, Lead A', body: 'Reply text of A only', provider: 'offline' })
    .returning();
  const thread = await createThread(ctxFor(db, a.org, a.owner, 'owner'), { title: 'Thread A' });
  const [threadMessage] = await db
    .insert(aiMessages)
    .values({ id: `a-message-${thread.id}`, threadId: thread.id, orgId, role: 'user', parts: [{ type: 'text', text: 'Message text of A only' }], position: 0 })
    .returning();
  return { olderStrategy, strategy, post: post!, replyDraft: replyDraft!, thread, threadMessage: threadMessage! };
}

/** Every AI row of a workspace, in a stable order: compared before and after the other side acts. */
export async function readAiRows(db: Db, orgId: string) {
  return {
    businessProfiles: await db.select().from(businessProfiles).where(eq(businessProfiles.orgId, orgId)),
    strategies: await db.select().from(marketingStrategies).where(eq(marketingStrategies.orgId, orgId)).orderBy(asc(marketingStrategies.version)),
    posts: await db.select().from(contentPosts).where(eq(contentPosts.orgId, orgId)).orderBy(asc(contentPosts.id)),
    replyDrafts: await db.select().from(leadReplyDrafts).where(eq(leadReplyDrafts.orgId, orgId)).orderBy(asc(leadReplyDrafts.id)),
    threads: await db.select().from(aiThreads).where(eq(aiThreads.orgId, orgId)).orderBy(asc(aiThreads.id)),
    messages: await db.select().from(aiMessages).where(eq(aiMessages.orgId, orgId)).orderBy(asc(aiMessages.id)),
  };
}

/** The two workspaces of the cross-workspace suite: A also holds AI objects, and `aiRows` is how they were stored. */
export async function createIsolationWorkspaces(db: Db) {
  const w = await createTwoWorkspaces(db);
  const ai = await seedAiObjects(db, w.a);
  return { ...w, a: { ...w.a, ...ai, aiRows: await readAiRows(db, w.a.org.id) } };
}

/** What must never show up in anything answered to workspace B: A's AI texts and ids. */
export function aiSecretsOfA(a: IsolationWorkspaces['a']): string[] {
  return [
    'Profile text of A only', 'Post text of A only', 'Reply text of A only', 'Message text of A only',
    a.olderStrategy.id, a.strategy.id, a.post.id, a.replyDraft.id, a.thread.id, a.threadMessage.id,
  ];
}

export type IsolationWorkspaces = Awaited<ReturnType<typeof createIsolationWorkspaces>>;
