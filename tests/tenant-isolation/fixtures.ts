import type { Db } from '@/db';
import { insightRuleSettings } from '@/db/schema';
import { createApiKey } from '@/lib/auth/api-keys';
import { createLead } from '@/lib/leads/create-lead';
import { createCustomField } from '@/lib/leads/custom-fields';
import { saveView } from '@/lib/leads/saved-views';
import { createDefaultStages, listStages } from '@/lib/leads/stages';
import { DEFAULT_FORM_FIELDS } from '@/lib/leads/forms/form-schemas';
import { createForm } from '@/lib/leads/forms/forms';
import { createInvite } from '@/lib/orgs/invites';
import { createTask } from '@/lib/tasks/tasks';
import { getSessionUser } from '@/lib/server/session';
import { addMember, createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
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
