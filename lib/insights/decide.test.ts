import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogs, insights, tasks } from '@/db/schema';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addMember, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { insertTestInsight } from '@/tests/helpers/test-insight';
import { actOnInsight } from './act';
import { acceptInsight, dismissInsight, reopenInsight } from './decide';

const testDb = setupTestDatabase();

/** A workspace with a member, two open leads owned by that member, and an open stale-leads insight about them. */
async function workspaceWithInsight() {
  const ws = await createCrmWorkspace(testDb.db, 'A');
  const member = await createTestUser(testDb.db, { name: 'Mia Member' });
  await addMember(testDb.db, ws.org, member, 'member');
  const memberCtx = ctxFor(testDb.db, ws.org, member, 'member');
  const { lead: ana } = await createLead(testDb.db, { orgId: ws.org.id, input: { name: 'Ana', ownerId: member.id, stageId: ws.stage('New').id } });
  const { lead: bo } = await createLead(testDb.db, { orgId: ws.org.id, input: { name: 'Bo', ownerId: member.id } });
  const insight = await insertTestInsight(testDb.db, ws.org.id, {
    evidence: {
      numbers: { total: 2, threshold: 7 },
      items: [
        { kind: 'lead', id: ana.id, label: 'Ana', detail: '8 days without activity' },
        { kind: 'lead', id: bo.id, label: 'Bo', detail: '9 days without activity' },
      ],
    },
  });
  return { ...ws, member, memberCtx, insight, leads: [ana, bo] };
}

const insightRow = async (id: string) => (await testDb.db.select().from(insights).where(eq(insights.id, id)))[0]!;
const insightTasks = (id: string) => testDb.db.select().from(tasks).where(eq(tasks.insightId, id));
const audits = (orgId: string, action: string) =>
  testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, orgId), eq(auditLogs.action, action)));

describe('acceptInsight', () => {
  it('creates the follow-up tasks through actOnInsight, marks the insight acted by the member, and audits it', async () => {
    const ws = await workspaceWithInsight();
    const result = await acceptInsight(ws.memberCtx, { insightId: ws.insight.id });
    expect(result).toEqual({ id: ws.insight.id, status: 'acted', tasksCreated: 2 });

    expect(await insightRow(ws.insight.id)).toMatchObject({ status: 'acted', decidedById: ws.member.id, actedAt: ws.memberCtx.now, dismissedAt: null });
    const created = await insightTasks(ws.insight.id);
    expect(created.map((task) => task.title).sort()).toEqual(['Follow up with Ana', 'Follow up with Bo']);
    expect(created.every((task) => task.source === 'insight' && task.assigneeId === ws.member.id && task.orgId === ws.org.id)).toBe(true);
    const [entry] = await audits(ws.org.id, 'insight.accepted');
    expect(entry).toMatchObject({ actorUserId: ws.member.id, targetType: 'insight', targetId: ws.insight.id, metadata: { rule: 'stale_leads', tasksCreated: 2 } });
  });

  it('refuses an insight that is no longer open, creating nothing more', async () => {
    const ws = await workspaceWithInsight();
    await acceptInsight(ws.memberCtx, { insightId: ws.insight.id });
    const again = await expectAppError(acceptInsight(ws.ctx, { insightId: ws.insight.id }), 'conflict');
    expect(again.message).toBe('This insight was already accepted.');
    expect(await insightTasks(ws.insight.id)).toHaveLength(2);

    const dismissed = await insertTestInsight(testDb.db, ws.org.id, { status: 'dismissed', dismissedAt: new Date() });
    await expectAppError(acceptInsight(ws.ctx, { insightId: dismissed.id }), 'conflict');
  });

  it("answers 'not found' to another workspace and leaves the insight open", async () => {
    const ws = await workspaceWithInsight();
    const other = await createCrmWorkspace(testDb.db, 'B');
    await expectAppError(acceptInsight(other.ctx, { insightId: ws.insight.id }), 'not_found');
    await expectAppError(dismissInsight(other.ctx, { insightId: ws.insight.id }), 'not_found');
    expect((await insightRow(ws.insight.id)).status).toBe('open');
    expect(await insightTasks(ws.insight.id)).toEqual([]);
  });
});

describe('dismissInsight and reopenInsight', () => {
  it('dismisses an open insight and reopens it as open again', async () => {
    const ws = await workspaceWithInsight();
    expect(await dismissInsight(ws.memberCtx, { insightId: ws.insight.id })).toEqual({ id: ws.insight.id, status: 'dismissed', from: 'open' });
    // Nobody accepted it, and the dismissal is not recorded as a decision of its own (the audit log has it).
    expect(await insightRow(ws.insight.id)).toMatchObject({ status: 'dismissed', dismissedAt: ws.memberCtx.now, decidedById: null });
    await expectAppError(dismissInsight(ws.memberCtx, { insightId: ws.insight.id }), 'conflict');

    expect(await reopenInsight(ws.memberCtx, { insightId: ws.insight.id })).toEqual({ id: ws.insight.id, status: 'open' });
    expect(await insightRow(ws.insight.id)).toMatchObject({ status: 'open', dismissedAt: null, decidedById: null });
    await expectAppError(reopenInsight(ws.memberCtx, { insightId: ws.insight.id }), 'conflict');
    expect((await audits(ws.org.id, 'insight.dismissed'))[0]?.metadata).toEqual({ rule: 'stale_leads', from: 'open' });
    expect((await audits(ws.org.id, 'insight.reopened'))[0]?.metadata).toEqual({ rule: 'stale_leads', to: 'open' });
  });

  it('dismisses an acted insight keeping its tasks, and reopening returns it to acted by whoever accepted it', async () => {
    const ws = await workspaceWithInsight();
    await acceptInsight(ws.memberCtx, { insightId: ws.insight.id });
    const acceptedAt = (await insightRow(ws.insight.id)).actedAt;
    await dismissInsight(ws.ctx, { insightId: ws.insight.id });
    expect(await insightRow(ws.insight.id)).toMatchObject({ status: 'dismissed', decidedById: ws.member.id, actedAt: acceptedAt });
    expect(await insightTasks(ws.insight.id)).toHaveLength(2);
    expect((await audits(ws.org.id, 'insight.dismissed'))[0]).toMatchObject({ actorUserId: ws.owner.id, metadata: { rule: 'stale_leads', from: 'acted' } });

    // The owner undoes the dismissal: the card must still read "Accepted by Mia Member", not by the owner.
    expect((await reopenInsight(ws.ctx, { insightId: ws.insight.id })).status).toBe('acted');
    expect(await insightRow(ws.insight.id)).toMatchObject({ status: 'acted', dismissedAt: null, decidedById: ws.member.id, actedAt: acceptedAt });
  });

  it('keeps "accepted automatically by the scan" through a dismissal and its undo', async () => {
    const ws = await workspaceWithInsight();
    await actOnInsight(testDb.db, ws.insight, { now: new Date() });
    await dismissInsight(ws.memberCtx, { insightId: ws.insight.id });
    await reopenInsight(ws.memberCtx, { insightId: ws.insight.id });
    expect(await insightRow(ws.insight.id)).toMatchObject({ status: 'acted', decidedById: null });
  });

  it('refuses to dismiss or reopen an expired insight', async () => {
    const ws = await workspaceWithInsight();
    const expired = await insertTestInsight(testDb.db, ws.org.id, { status: 'expired' });
    expect((await expectAppError(dismissInsight(ws.memberCtx, { insightId: expired.id }), 'conflict')).message).toBe('This insight has expired: a newer scan replaced it.');
    await expectAppError(reopenInsight(ws.memberCtx, { insightId: expired.id }), 'conflict');
    await expectAppError(acceptInsight(ws.memberCtx, { insightId: expired.id }), 'conflict');
    expect((await insightRow(expired.id)).status).toBe('expired');
  });
});
