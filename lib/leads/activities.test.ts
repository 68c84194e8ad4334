import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addActivity, listActivities, recordActivity } from './activities';
import { listActivitiesQuerySchema } from './activity-schemas';
import { createLead } from './create-lead';
import { getLead } from './queries';

const testDb = setupTestDatabase();
const query = (input: Record<string, unknown> = {}) => listActivitiesQuerySchema.parse(input);

async function leadIn(orgId: string, name = 'Timeline Lead') {
  return (await createLead(testDb.db, { orgId, input: { name } })).lead;
}

describe('recordActivity', () => {
  it('moves lastActivityAt forward only and rescores the lead', async () => {
    const { org, ctx } = await createCrmWorkspace(testDb.db);
    const lead = await leadIn(org.id);
    expect(lead.lastActivityAt).toBeNull();
    expect(lead.score).toBe(0);

    const recent = new Date(Date.now() - 60_000);
    await recordActivity(testDb.db, ctx, { leadId: lead.id, type: 'form_submitted', occurredAt: recent });
    const afterForm = await getLead(testDb.db, { orgId: org.id, leadId: lead.id });
    expect(afterForm.lastActivityAt?.getTime()).toBe(recent.getTime());
    // 15 for having activity + 12 for a fresh form submission.
    expect(afterForm.score).toBe(27);
    expect(afterForm.scoreReasons.map((r) => r.factor)).toEqual(['activity', 'engagement.form_submitted']);

    // A backdated entry must not move the last-activity time backwards.
    await recordActivity(testDb.db, ctx, { leadId: lead.id, type: 'note', body: 'old', occurredAt: new Date(Date.now() - 30 * 86_400_000) });
    const afterNote = await getLead(testDb.db, { orgId: org.id, leadId: lead.id });
    expect(afterNote.lastActivityAt?.getTime()).toBe(recent.getTime());
  });

  it('attributes the entry to the acting user', async () => {
    const { org, ctx, owner } = await createCrmWorkspace(testDb.db);
    const lead = await leadIn(org.id);
    const activity = await recordActivity(testDb.db, ctx, { leadId: lead.id, type: 'note', body: 'hi' });
    expect(activity).toMatchObject({ actorType: 'user', actorUserId: owner.id, orgId: org.id, body: 'hi', data: {} });
    const system = await recordActivity(testDb.db, { ...ctx, actor: 'system', user: null }, { leadId: lead.id, type: 'email_sent' });
    expect(system).toMatchObject({ actorType: 'system', actorUserId: null });
  });

  it('with touchLead: false writes the entry but leaves the last-activity time and the score alone', async () => {
    const { org, ctx } = await createCrmWorkspace(testDb.db);
    const lead = await leadIn(org.id);
    const systemCtx = { ...ctx, actor: 'system' as const, user: null };
    const entry = await recordActivity(testDb.db, systemCtx, { leadId: lead.id, type: 'form_submitted', body: 'filed' }, { touchLead: false });
    expect(entry).toMatchObject({ type: 'form_submitted', body: 'filed', actorType: 'system' });
    const after = await getLead(testDb.db, { orgId: org.id, leadId: lead.id });
    expect(after.lastActivityAt).toBeNull();
    expect(after.score).toBe(0);
    expect(after.updatedAt.getTime()).toBe(lead.updatedAt.getTime());
  });
});

describe('addActivity', () => {
  it("refuses another workspace's lead with not_found and writes nothing", async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const leadA = await leadIn(a.org.id);
    await expectAppError(addActivity(b.ctx, { leadId: leadA.id, type: 'note', body: 'sneaky' }), 'not_found');
    expect(await testDb.db.select().from(activities).where(eq(activities.leadId, leadA.id))).toEqual([]);
  });

  it('records on a lead of the workspace', async () => {
    const { org, ctx } = await createCrmWorkspace(testDb.db);
    const lead = await leadIn(org.id);
    const activity = await addActivity(ctx, { leadId: lead.id, type: 'call', body: 'Rang', data: { outcome: 'connected' } });
    expect(activity).toMatchObject({ leadId: lead.id, type: 'call', data: { outcome: 'connected' } });
  });
});

describe('listActivities', () => {
  it('lists newest first, with the actor name, and filters by type', async () => {
    const { org, ctx, owner } = await createCrmWorkspace(testDb.db);
    const lead = await leadIn(org.id);
    const other = await leadIn(org.id, 'Other');
    for (const type of ['note', 'call', 'note', 'meeting'] as const) await recordActivity(testDb.db, ctx, { leadId: lead.id, type, body: type });
    await recordActivity(testDb.db, ctx, { leadId: other.id, type: 'note' });

    const page = await listActivities(testDb.db, { orgId: org.id, leadId: lead.id, ...query() });
    expect(page.items.map((a) => a.type)).toEqual(['meeting', 'note', 'call', 'note']);
    expect(page.items[0]).toMatchObject({ actorName: owner.name, actorEmail: owner.email });
    expect(page.items[0]).not.toHaveProperty('cursorAt');
    expect(page.nextCursor).toBeNull();

    const notes = await listActivities(testDb.db, { orgId: org.id, leadId: lead.id, ...query({ type: 'note' }) });
    expect(notes.items).toHaveLength(2);
    expect(notes.items.every((a) => a.type === 'note')).toBe(true);
  });

  it("never shows another workspace's timeline, even with the right lead id", async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const leadA = await leadIn(a.org.id);
    await recordActivity(testDb.db, a.ctx, { leadId: leadA.id, type: 'note' });
    const page = await listActivities(testDb.db, { orgId: b.org.id, leadId: leadA.id, ...query() });
    expect(page.items).toEqual([]);
  });

  it('pages without duplicates or gaps while new entries arrive between pages', async () => {
    const { org, ctx } = await createCrmWorkspace(testDb.db);
    const lead = await leadIn(org.id);
    // One multi-row insert: all 45 rows share one created_at, so only the id breaks ties.
    const existing = await testDb.db
      .insert(activities)
      .values(Array.from({ length: 45 }, (_, i) => ({ orgId: org.id, leadId: lead.id, type: 'note' as const, actorType: 'user' as const, body: `old ${i}` })))
      .returning({ id: activities.id });
    for (let i = 0; i < 5; i++) await recordActivity(testDb.db, ctx, { leadId: lead.id, type: 'call', body: `older call ${i}` });

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listActivities(testDb.db, { orgId: org.id, leadId: lead.id, ...query({ limit: 7, cursor }) });
      seen.push(...page.items.map((a) => a.id));
      await recordActivity(testDb.db, ctx, { leadId: lead.id, type: 'note', body: `arrived ${pages}` });
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);

    expect(pages).toBe(Math.ceil(50 / 7));
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
    for (const { id } of existing) expect(seen).toContain(id);
    // Newest first: the five calls were created after the batch.
    const bodies = await testDb.db.select({ id: activities.id, body: activities.body }).from(activities).where(eq(activities.leadId, lead.id));
    const bodyOf = new Map(bodies.map((row) => [row.id, row.body]));
    expect(seen.slice(0, 5).map((id) => bodyOf.get(id))).toEqual(['older call 4', 'older call 3', 'older call 2', 'older call 1', 'older call 0']);
  });

  it('pages a type filter the same way', async () => {
    const { org, ctx } = await createCrmWorkspace(testDb.db);
    const lead = await leadIn(org.id);
    for (let i = 0; i < 6; i++) await recordActivity(testDb.db, ctx, { leadId: lead.id, type: i % 2 ? 'call' : 'note' });
    const first = await listActivities(testDb.db, { orgId: org.id, leadId: lead.id, ...query({ type: 'call', limit: 2 }) });
    const second = await listActivities(testDb.db, { orgId: org.id, leadId: lead.id, ...query({ type: 'call', limit: 2, cursor: first.nextCursor }) });
    expect([...first.items, ...second.items].map((a) => a.type)).toEqual(['call', 'call', 'call']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a tampered cursor with bad_request', async () => {
    const { org } = await createCrmWorkspace(testDb.db);
    const lead = await leadIn(org.id);
    const id = '00000000-0000-4000-8000-000000000000';
    // The last one has the right shape but no such day: it must not reach Postgres' cast.
    for (const raw of ['yesterday|not-a-uuid', `yesterday|${id}`, `2025-02-30T00:00:00.000000Z|${id}`]) {
      const cursor = Buffer.from(raw).toString('base64url');
      await expectAppError(listActivities(testDb.db, { orgId: org.id, leadId: lead.id, ...query({ cursor }) }), 'bad_request');
    }
  });
});
