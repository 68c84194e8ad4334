import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, meetings } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addNoteSchema, logCallSchema, scheduleMeetingSchema } from './activity-schemas';
import { createLead } from './create-lead';
import { addNote, logCall, scheduleMeeting } from './log-activity';
import { getLead } from './queries';

const testDb = setupTestDatabase();

async function setup() {
  const ws = await createCrmWorkspace(testDb.db);
  const { lead } = await createLead(testDb.db, { orgId: ws.org.id, input: { name: 'Noor Haddad' } });
  return { ...ws, lead };
}

describe('addNote', () => {
  it('records a markdown note and moves the last-activity time', async () => {
    const { ctx, org, lead, owner } = await setup();
    const note = await addNote(ctx, addNoteSchema.parse({ leadId: lead.id, body: '  **Wants** a quote by Friday  ' }));
    expect(note).toMatchObject({ type: 'note', body: '**Wants** a quote by Friday', leadId: lead.id, actorUserId: owner.id });
    expect((await getLead(testDb.db, { orgId: org.id, leadId: lead.id })).lastActivityAt).not.toBeNull();
    expect(addNoteSchema.safeParse({ leadId: lead.id, body: '   ' }).success).toBe(false);
  });
});

describe('logCall', () => {
  it('summarises the outcome and duration and keeps them as data', async () => {
    const { ctx, lead } = await setup();
    const call = await logCall(ctx, logCallSchema.parse({ leadId: lead.id, outcome: 'connected', durationMinutes: '12', body: 'Budget approved' }));
    expect(call).toMatchObject({ type: 'call', body: 'Call connected (12 min)\n\nBudget approved', data: { outcome: 'connected', durationMinutes: 12 } });
    const voicemail = await logCall(ctx, logCallSchema.parse({ leadId: lead.id, outcome: 'left_voicemail' }));
    expect(voicemail).toMatchObject({ body: 'Left a voicemail', data: { outcome: 'left_voicemail', durationMinutes: null } });
    expect(logCallSchema.safeParse({ leadId: lead.id, outcome: 'hung_up' }).success).toBe(false);
    expect(logCallSchema.safeParse({ leadId: lead.id, outcome: 'connected', durationMinutes: -1 }).success).toBe(false);
  });
});

describe('scheduleMeeting', () => {
  it('stores the meeting and a timeline entry dated at its start', async () => {
    const { ctx, org, lead, owner } = await setup();
    const startsAt = '2026-12-01T15:00:00.000Z';
    const input = scheduleMeetingSchema.parse({ leadId: lead.id, title: 'Kick-off', startsAt, endsAt: '2026-12-01T16:00:00.000Z', location: 'Video call', notes: 'Bring the plan' });
    const { meeting, activity } = await scheduleMeeting(ctx, input);
    expect(meeting).toMatchObject({ orgId: org.id, leadId: lead.id, title: 'Kick-off', location: 'Video call', notes: 'Bring the plan', createdById: owner.id });
    expect(meeting.startsAt.toISOString()).toBe(startsAt);
    expect(activity).toMatchObject({ type: 'meeting', body: 'Kick-off\n\nBring the plan', data: { meetingId: meeting.id, title: 'Kick-off', startsAt, location: 'Video call' } });
    expect(activity.occurredAt.toISOString()).toBe(startsAt);
  });

  it('rejects a meeting that ends before (or when) it starts in the schema', () => {
    const base = { leadId: '00000000-0000-4000-8000-000000000000', title: 'Sync' };
    const backwards = scheduleMeetingSchema.safeParse({ ...base, startsAt: '2026-12-01T16:00:00Z', endsAt: '2026-12-01T15:00:00Z' });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]).toMatchObject({ path: ['endsAt'], message: 'The meeting must end after it starts.' });
    expect(scheduleMeetingSchema.safeParse({ ...base, startsAt: '2026-12-01T16:00:00Z', endsAt: '2026-12-01T16:00:00Z' }).success).toBe(false);
    expect(scheduleMeetingSchema.safeParse({ ...base, startsAt: 'soon', endsAt: '2026-12-01T16:00:00Z' }).success).toBe(false);
  });
});

describe("another workspace's lead", () => {
  it('answers not_found for notes, calls and meetings and writes nothing', async () => {
    const { lead } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    await expectAppError(addNote(other.ctx, { leadId: lead.id, body: 'x' }), 'not_found');
    await expectAppError(logCall(other.ctx, { leadId: lead.id, outcome: 'no_answer' }), 'not_found');
    const start = new Date();
    await expectAppError(scheduleMeeting(other.ctx, { leadId: lead.id, title: 'x', startsAt: start, endsAt: new Date(start.getTime() + 60_000) }), 'not_found');
    expect(await testDb.db.select().from(activities).where(eq(activities.leadId, lead.id))).toEqual([]);
    expect(await testDb.db.select().from(meetings).where(eq(meetings.leadId, lead.id))).toEqual([]);
  });
});
