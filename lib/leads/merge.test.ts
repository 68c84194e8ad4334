import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { activities, auditLogs, formSubmissions, leads, meetings, tasks } from '@/db/schema';
import type { Attribution } from '@/db/schema/values';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addMember, createTestUser } from '@/tests/helpers/factories';
import { createTask } from '@/lib/tasks/tasks';
import { createLead } from './create-lead';
import { createCustomField } from './custom-fields';
import { addNote, scheduleMeeting } from './log-activity';
import { mergeLeads } from './merge';
import { getLead } from './queries';

const testDb = setupTestDatabase();

async function setup() {
  const ws = await createCrmWorkspace(testDb.db);
  const member = await createTestUser(testDb.db);
  await addMember(testDb.db, ws.org, member, 'member');
  await createCustomField(ws.ctx, { label: 'Plan', type: 'select', options: ['Basic', 'Pro'] });
  await createCustomField(ws.ctx, { label: 'Seats', type: 'number', options: [] });
  await createCustomField(ws.ctx, { label: 'Region', type: 'text', options: [] });
  const { lead: primary } = await createLead(testDb.db, {
    orgId: ws.org.id,
    input: { name: 'Jon Reyes', email: 'jon@old-mail.example', company: 'Reyes & Co', stageId: ws.stage('New').id, tags: ['web', 'vip'], customFields: { plan: 'Basic', seats: 5 } },
  });
  const { lead: secondary } = await createLead(testDb.db, {
    orgId: ws.org.id,
    input: {
      name: 'Jonathan Reyes', email: 'jonathan@reyes.example', company: 'Reyes Holdings', phone: '+1 555 0177', title: 'CEO', ownerId: member.id,
      stageId: ws.stage('Qualified').id, priority: 'high', tags: ['event', 'web'], customFields: { plan: 'Pro', region: 'West' },
    },
  });
  return { ...ws, member, primary, secondary };
}

describe('mergeLeads', () => {
  it('keeps chosen fields from the secondary, unions tags, merges custom fields and moves the timeline', async () => {
    const { ctx, org, primary, secondary, member, stage } = await setup();
    await addNote(ctx, { leadId: secondary.id, body: 'Met at the expo' });
    await addNote(ctx, { leadId: primary.id, body: 'Signed up on the site' });
    const { meeting } = await scheduleMeeting(ctx, { leadId: secondary.id, title: 'Demo', startsAt: new Date(Date.now() - 86_400_000), endsAt: new Date(Date.now() - 82_800_000) });
    const task = await createTask(ctx, { title: 'Follow up', leadId: secondary.id });

    const merged = await mergeLeads(ctx, {
      primaryId: primary.id,
      secondaryId: secondary.id,
      pick: { email: 'secondary', phone: 'secondary', title: 'secondary', ownerId: 'secondary', stageId: 'secondary', priority: 'secondary', name: 'primary' },
    });

    expect(merged).toMatchObject({
      id: primary.id, name: 'Jon Reyes', email: 'jonathan@reyes.example', company: 'Reyes & Co', phone: '+1 555 0177', title: 'CEO',
      ownerId: member.id, stageId: stage('Qualified').id, priority: 'high',
    });
    expect([...merged.tags].sort()).toEqual(['event', 'vip', 'web']);
    // The primary's values win where both have one.
    expect(merged.customFields).toEqual({ plan: 'Basic', seats: 5, region: 'West' });
    expect(merged.scoreReasons.map((r) => r.factor)).toEqual(expect.arrayContaining(['priority', 'title', 'engagement.meeting']));

    expect(await testDb.db.select().from(leads).where(eq(leads.id, secondary.id))).toEqual([]);
    const timeline = await testDb.db.select().from(activities).where(eq(activities.leadId, primary.id));
    expect(timeline.map((a) => a.type).sort()).toEqual(['lead_merged', 'meeting', 'note', 'note', 'task_created']);
    const [movedMeeting] = await testDb.db.select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(movedMeeting!.leadId).toBe(primary.id);
    const [movedTask] = await testDb.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(movedTask!.leadId).toBe(primary.id);

    const entry = timeline.find((a) => a.type === 'lead_merged')!;
    expect(entry.body).toBe('Merged Jonathan Reyes <jonathan@reyes.example> into this lead');
    expect(entry.data).toMatchObject({ mergedLeadId: secondary.id, mergedName: 'Jonathan Reyes', mergedEmail: 'jonathan@reyes.example' });
    const [audit] = await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, org.id), eq(auditLogs.action, 'lead.merged')));
    expect(audit).toMatchObject({ targetId: primary.id, actorUserId: ctx.user!.id });
  });

  it("keeps the primary's fields when nothing is picked, and a last-activity time no older than either lead's", async () => {
    const { ctx, primary, secondary } = await setup();
    const recent = new Date(Date.now() - 3_600_000);
    await addNote(ctx, { leadId: secondary.id, body: 'Newest' });
    await testDb.db.update(leads).set({ lastActivityAt: new Date(Date.now() - 30 * 86_400_000) }).where(eq(leads.id, primary.id));
    const [{ lastActivityAt: secondaryLast }] = (await testDb.db.select({ lastActivityAt: leads.lastActivityAt }).from(leads).where(eq(leads.id, secondary.id))) as [{ lastActivityAt: Date }];
    expect(secondaryLast.getTime()).toBeGreaterThan(recent.getTime());

    const merged = await mergeLeads(ctx, { primaryId: primary.id, secondaryId: secondary.id });
    expect(merged).toMatchObject({ name: 'Jon Reyes', email: 'jon@old-mail.example', company: 'Reyes & Co', phone: null, title: null, ownerId: null, priority: 'normal' });
    // lead_merged itself is recorded now, so the time is at least the secondary's.
    expect(merged.lastActivityAt!.getTime()).toBeGreaterThanOrEqual(secondaryLast.getTime());
  });

  it('merges a secondary with no tags, no email and no activity', async () => {
    const { ctx, org, primary } = await setup();
    const { lead: bare } = await createLead(testDb.db, { orgId: org.id, input: { name: 'Bare' } });
    const merged = await mergeLeads(ctx, { primaryId: primary.id, secondaryId: bare.id, pick: { email: 'secondary' } });
    expect(merged.email).toBeNull();
    expect([...merged.tags].sort()).toEqual(['vip', 'web']);
  });

  it("answers not_found when either lead is another workspace's, and changes nothing", async () => {
    const { ctx, org, primary } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const { lead: foreign } = await createLead(testDb.db, { orgId: other.org.id, input: { name: 'Foreign', email: 'f@other.example', tags: ['secret'] } });
    await expectAppError(mergeLeads(ctx, { primaryId: primary.id, secondaryId: foreign.id, pick: { email: 'secondary' } }), 'not_found');
    await expectAppError(mergeLeads(ctx, { primaryId: foreign.id, secondaryId: primary.id }), 'not_found');
    await expectAppError(mergeLeads(other.ctx, { primaryId: foreign.id, secondaryId: primary.id }), 'not_found');
    expect(await getLead(testDb.db, { orgId: other.org.id, leadId: foreign.id })).toMatchObject({ tags: ['secret'] });
    expect((await getLead(testDb.db, { orgId: org.id, leadId: primary.id })).email).toBe('jon@old-mail.example');
  });

  it("moves the secondary's form submissions to the primary instead of deleting them with it", async () => {
    const { ctx, org, primary, secondary } = await setup();
    const submit = (leadId: string, email: string) =>
      testDb.db
        .insert(formSubmissions)
        .values({ orgId: org.id, leadId, channel: 'contact_form', formName: 'Contact form', createdLead: true, data: { email } })
        .returning()
        .then(([row]) => row!);
    const kept = await submit(primary.id, 'jon@old-mail.example');
    const moved = await submit(secondary.id, 'jonathan@reyes.example');

    await mergeLeads(ctx, { primaryId: primary.id, secondaryId: secondary.id });

    const rows = await testDb.db.select().from(formSubmissions).where(eq(formSubmissions.orgId, org.id));
    expect(rows.map((row) => [row.id, row.leadId]).sort()).toEqual([[kept.id, primary.id], [moved.id, primary.id]].sort());
  });

  it("keeps the first-touch attribution: the primary's, else the secondary's", async () => {
    const { ctx, org, primary, secondary } = await setup();
    const setAttribution = (leadId: string, attribution: Attribution) => testDb.db.update(leads).set({ attribution }).where(eq(leads.id, leadId));
    await setAttribution(secondary.id, { utm: { source: 'expo' }, landingPage: '/events' });
    const adopted = await mergeLeads(ctx, { primaryId: primary.id, secondaryId: secondary.id });
    expect(adopted.attribution).toEqual({ utm: { source: 'expo' }, landingPage: '/events' });

    const { lead: third } = await createLead(testDb.db, { orgId: org.id, input: { name: 'Third', email: 'third@reyes.example' } });
    await setAttribution(third.id, { utm: { source: 'ads' } });
    const kept = await mergeLeads(ctx, { primaryId: primary.id, secondaryId: third.id });
    expect(kept.attribution).toEqual({ utm: { source: 'expo' }, landingPage: '/events' });
  });

  it('refuses the same lead twice with a validation error', async () => {
    const { ctx, primary } = await setup();
    const error = await mergeLeads(ctx, { primaryId: primary.id, secondaryId: primary.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]!.path).toEqual(['secondaryId']);
    expect((await getLead(testDb.db, { orgId: ctx.org.id, leadId: primary.id })).id).toBe(primary.id);
  });
});
