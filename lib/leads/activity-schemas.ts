import { z } from 'zod';
import { ACTIVITY_TYPES } from '@/db/schema/values';

const markdown = z.string().trim().min(1, 'Write something.').max(20_000);

export const addNoteSchema = z.object({ leadId: z.uuid(), body: markdown });
export type AddNoteInput = z.infer<typeof addNoteSchema>;

export const CALL_OUTCOMES = ['connected', 'left_voicemail', 'no_answer', 'wrong_number'] as const;
export const logCallSchema = z.object({
  leadId: z.uuid(),
  outcome: z.enum(CALL_OUTCOMES),
  durationMinutes: z.coerce.number().int().min(0).max(600).optional(),
  body: z.string().trim().max(20_000).optional(),
});
export type LogCallInput = z.infer<typeof logCallSchema>;

export const scheduleMeetingSchema = z
  .object({
    leadId: z.uuid(),
    title: z.string().trim().min(1, 'Give the meeting a title.').max(200),
    startsAt: z.coerce.date({ error: 'Choose a start time.' }),
    endsAt: z.coerce.date({ error: 'Choose an end time.' }),
    location: z.string().trim().max(300).optional(),
    notes: z.string().trim().max(20_000).optional(),
  })
  .refine((v) => v.endsAt > v.startsAt, { message: 'The meeting must end after it starts.', path: ['endsAt'] });
export type ScheduleMeetingInput = z.infer<typeof scheduleMeetingSchema>;

// What API clients may record on a timeline; stage changes, merges and task entries are written by Beacon itself.
export const API_ACTIVITY_TYPES = ['note', 'call', 'email_sent', 'email_opened', 'form_submitted', 'meeting'] as const;
export const createActivitySchema = z.object({
  type: z.enum(API_ACTIVITY_TYPES),
  body: z.string().trim().max(20_000).optional(),
  data: z.record(z.string().max(64), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])).optional(),
  occurredAt: z.coerce.date().optional(),
});
export type CreateActivityInput = z.infer<typeof createActivitySchema>;

export const listActivitiesQuerySchema = z.object({
  type: z.enum(ACTIVITY_TYPES).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuerySchema>;
