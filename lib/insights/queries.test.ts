import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { leads, tasks } from '@/db/schema';
import { createLead } from '@/lib/leads/create-lead';
import { createTask } from '@/lib/tasks/tasks';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { insertTestInsight } from '@/tests/helpers/test-insight';
import { listInsightCards } from './insight-cards';
import { countInsightsByStatus, listInsights } from './queries';

const testDb = setupTestDatabase();

const at = (minutes: number) => new Date(Date.UTC(2030, 0, 10, 12, minutes));

describe('listInsights and countInsightsByStatus', () => {
  it('counts and pages each status of one workspace only, newest first with id as tie-break', async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const oldest = await insertTestInsight(testDb.db, a.org.id, { createdAt: at(1) });
    const [tieLow, tieHigh] = (
      await Promise.all([insertTestInsight(testDb.db, a.org.id, { createdAt: at(5) }), insertTestInsight(testDb.db, a.org.id, { createdAt: at(5) })])
    ).sort((x, y) => x.id.localeCompare(y.id));
    await insertTestInsight(testDb.db, a.org.id, { status: 'acted', rule: 'task_backlog', actedAt: at(6) });
    await insertTestInsight(testDb.db, a.org.id, { status: 'acted', rule: 'pipeline_stuck', actedAt: at(7) });
    await insertTestInsight(testDb.db, a.org.id, { status: 'dismissed', dismissedAt: at(8) });
    // Expired insights (superseded by a newer scan) are neither counted nor listed.
    await insertTestInsight(testDb.db, a.org.id, { status: 'expired', createdAt: at(9) });
    await insertTestInsight(testDb.db, b.org.id);

    expect(await countInsightsByStatus(a.ctx)).toEqual({ open: 3, acted: 2, dismissed: 1 });
    expect(await countInsightsByStatus(b.ctx)).toEqual({ open: 1, acted: 0, dismissed: 0 });

    const first = await listInsights(a.ctx, { status: 'open', limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual([tieHigh!.id, tieLow!.id]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listInsights(a.ctx, { status: 'open', limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.id)).toEqual([oldest.id]);
    expect(second.nextCursor).toBeNull();

    const acted = await listInsights(a.ctx, { status: 'acted' });
    expect(acted.items.map((item) => item.rule).sort()).toEqual(['pipeline_stuck', 'task_backlog']);
    expect((await listInsights(b.ctx, { status: 'dismissed' })).items).toEqual([]);
  });

  it('refuses a malformed cursor as a bad request', async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    await expectAppError(listInsights(a.ctx, { status: 'open', cursor: 'not-a-cursor' }), 'bad_request');
  });

  it('refuses to list expired insights', async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    await expect(listInsights(a.ctx, { status: 'expired' as never })).rejects.toMatchObject({ name: 'ZodError' });
  });
});

describe('listInsightCards', () => {
  it('shows evidence under current names with links, gone or foreign records as deleted, and the tasks created', async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const { lead: renamed } = await createLead(testDb.db, { orgId: a.org.id, input: { name: 'Ana' } });
    const { lead: removed } = await createLead(testDb.db, { orgId: a.org.id, input: { name: 'Bo' } });
    const { lead: foreign } = await createLead(testDb.db, { orgId: b.org.id, input: { name: 'Secret B lead' } });
    const task = await createTask(a.ctx, { title: 'Overdue call' });
    const stage = a.stage('Qualified');
    const insight = await insertTestInsight(testDb.db, a.org.id, {
      status: 'acted',
      evidence: {
        numbers: { staleLeads: 3, threshold: 7 },
        items: [
          { kind: 'lead', id: renamed.id, label: 'Ana (old)', detail: '9 days without activity' },
          { kind: 'lead', id: removed.id, label: 'Bo' },
          { kind: 'lead', id: foreign.id, label: 'Stored label' },
          { kind: 'task', id: task.id, label: 'Overdue call' },
          { kind: 'stage', id: stage.id, label: 'Qualified' },
          { kind: 'lead', id: 'not-a-uuid', label: 'Broken' },
        ],
      },
    });
    await testDb.db.update(leads).set({ name: 'Ana Lima' }).where(eq(leads.id, renamed.id));
    await testDb.db.delete(leads).where(eq(leads.id, removed.id));
    const followUp = await createTask(a.ctx, { title: 'Follow up with Ana Lima', leadId: renamed.id, assigneeId: a.owner.id });
    await testDb.db.update(tasks).set({ insightId: insight.id }).where(eq(tasks.id, followUp.id));

    const { items: [card], nextCursor } = await listInsightCards(a.ctx, { status: 'acted' });
    expect(nextCursor).toBeNull();
    const base = `/app/${a.org.slug}`;
    expect(card!.numbers).toEqual({ staleLeads: 3, threshold: 7 });
    expect(card!.items).toEqual([
      { kind: 'lead', id: renamed.id, label: 'Ana Lima', detail: '9 days without activity', href: `${base}/leads/${renamed.id}`, isDeleted: false },
      { kind: 'lead', id: removed.id, label: 'Bo', detail: null, href: null, isDeleted: true },
      { kind: 'lead', id: foreign.id, label: 'Stored label', detail: null, href: null, isDeleted: true },
      { kind: 'task', id: task.id, label: 'Overdue call', detail: null, href: `${base}/tasks?view=all`, isDeleted: false },
      { kind: 'stage', id: stage.id, label: 'Qualified', detail: null, href: `${base}/pipeline`, isDeleted: false },
      { kind: 'lead', id: 'not-a-uuid', label: 'Broken', detail: null, href: null, isDeleted: true },
    ]);
    expect(card!.createdTasks).toEqual([{ id: followUp.id, title: 'Follow up with Ana Lima', status: 'pending', assigneeName: a.owner.name, dueAt: null }]);
    expect(card!.createdAt).toBe(insight.createdAt.toISOString());
  });
});
