import { meetings } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { recordActivity } from './activities';
import type { AddNoteInput, LogCallInput, ScheduleMeetingInput } from './activity-schemas';
import { getLead } from './queries';

const CALL_LABELS: Record<LogCallInput['outcome'], string> = {
  connected: 'Call connected',
  left_voicemail: 'Left a voicemail',
  no_answer: 'No answer',
  wrong_number: 'Wrong number',
};

/** A markdown note on the lead's timeline. */
export async function addNote(ctx: Ctx, input: AddNoteInput) {
  await getLead(ctx.db, { orgId: ctx.org.id, leadId: input.leadId });
  return recordActivity(ctx.db, ctx, { leadId: input.leadId, type: 'note', body: input.body });
}

export async function logCall(ctx: Ctx, input: LogCallInput) {
  await getLead(ctx.db, { orgId: ctx.org.id, leadId: input.leadId });
  const summary = input.durationMinutes ? `${CALL_LABELS[input.outcome]} (${input.durationMinutes} min)` : CALL_LABELS[input.outcome];
  return recordActivity(ctx.db, ctx, {
    leadId: input.leadId,
    type: 'call',
    body: input.body ? `${summary}\n\n${input.body}` : summary,
    data: { outcome: input.outcome, durationMinutes: input.durationMinutes ?? null },
  });
}

/** Schedules a meeting with the lead; the timeline entry is dated when the meeting starts. */
export async function scheduleMeeting(ctx: Ctx, input: ScheduleMeetingInput) {
  await getLead(ctx.db, { orgId: ctx.org.id, leadId: input.leadId });
  return ctx.db.transaction(async (tx) => {
    const [meeting] = await tx
      .insert(meetings)
      .values({ ...input, orgId: ctx.org.id, createdById: ctx.user?.id ?? null })
      .returning();
    const activity = await recordActivity(tx, ctx, {
      leadId: input.leadId,
      type: 'meeting',
      body: input.notes ? `${input.title}\n\n${input.notes}` : input.title,
      data: { meetingId: meeting!.id, title: input.title, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), location: input.location ?? null },
      occurredAt: input.startsAt,
    });
    return { meeting: meeting!, activity };
  });
}
