import { desc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { activities, meetings } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { addNoteAction } from './add-note';
import { logCallAction } from './log-call';
import { scheduleMeetingAction } from './schedule-meeting';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const latestActivity = async (leadId: string) =>
  (await testDb.db.select().from(activities).where(eq(activities.leadId, leadId)).orderBy(desc(activities.createdAt)).limit(1))[0];

/** Signed in as B's owner, in B's own workspace, pointing at A's lead: must not find it. */
async function asOtherWorkspace() {
  sessionUser.mockResolvedValue(asSession(w.b.owner));
  return w.b.org.slug;
}

describe('add-note', () => {
  it('adds a markdown note by the signed-in member', async () => {
    const result = await addNoteAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, body: '  **Met** at the fair  ' });
    expect(result.serverError).toBeUndefined();
    expect(await latestActivity(w.a.lead.id)).toMatchObject({ id: result.data?.id, type: 'note', body: '**Met** at the fair', actorType: 'user', actorUserId: w.a.member.id });
  });

  it('rejects an empty note with a field error', async () => {
    const result = await addNoteAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, body: '   ' });
    expect(result.validationErrors?.fieldErrors.body).toEqual(['Write something.']);
  });

  it("answers 'not found' for another workspace's lead", async () => {
    const result = await addNoteAction({ orgSlug: await asOtherWorkspace(), leadId: w.a.lead.id, body: 'hello' });
    expect(result.serverError).toBe('Lead not found.');
    expect((await latestActivity(w.a.lead.id))?.type).toBe('task_created');
  });
});

describe('log-call', () => {
  it('records the outcome, duration and notes', async () => {
    const result = await logCallAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, outcome: 'connected', durationMinutes: 12, body: 'Wants a demo' });
    expect(result.serverError).toBeUndefined();
    expect(await latestActivity(w.a.lead.id)).toMatchObject({ type: 'call', body: 'Call connected (12 min)\n\nWants a demo', data: { outcome: 'connected', durationMinutes: 12 } });
  });

  it('rejects an unknown outcome and a negative duration', async () => {
    const result = await logCallAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, outcome: 'shouted' as never, durationMinutes: -1 });
    expect(result.validationErrors?.fieldErrors.outcome).toBeDefined();
    expect(result.validationErrors?.fieldErrors.durationMinutes).toBeDefined();
  });

  it("answers 'not found' for another workspace's lead", async () => {
    const result = await logCallAction({ orgSlug: await asOtherWorkspace(), leadId: w.a.lead.id, outcome: 'no_answer' });
    expect(result.serverError).toBe('Lead not found.');
  });
});

describe('schedule-meeting', () => {
  const startsAt = new Date('2030-03-04T10:00:00Z');
  const endsAt = new Date('2030-03-04T10:30:00Z');

  it('stores the meeting and puts it on the timeline at its start time', async () => {
    const result = await scheduleMeetingAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, title: 'Demo', startsAt, endsAt, location: 'Zoom', notes: 'Bring pricing' });
    expect(result.serverError).toBeUndefined();
    const [meeting] = await testDb.db.select().from(meetings).where(eq(meetings.id, result.data!.id));
    expect(meeting).toMatchObject({ orgId: w.a.org.id, leadId: w.a.lead.id, title: 'Demo', startsAt, endsAt, location: 'Zoom', createdById: w.a.member.id });
    expect(await latestActivity(w.a.lead.id)).toMatchObject({ type: 'meeting', occurredAt: startsAt, data: { meetingId: meeting!.id, location: 'Zoom' } });
  });

  it('rejects a meeting that ends before it starts, and a missing title', async () => {
    const result = await scheduleMeetingAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, title: '', startsAt: endsAt, endsAt: startsAt });
    expect(result.validationErrors?.fieldErrors.title).toEqual(['Give the meeting a title.']);
    const backwards = await scheduleMeetingAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, title: 'Demo', startsAt: endsAt, endsAt: startsAt });
    expect(backwards.validationErrors?.fieldErrors.endsAt).toEqual(['The meeting must end after it starts.']);
  });

  it("answers 'not found' for another workspace's lead and stores nothing", async () => {
    const result = await scheduleMeetingAction({ orgSlug: await asOtherWorkspace(), leadId: w.a.lead.id, title: 'Demo', startsAt, endsAt });
    expect(result.serverError).toBe('Lead not found.');
    expect(await testDb.db.select().from(meetings)).toEqual([]);
  });
});
