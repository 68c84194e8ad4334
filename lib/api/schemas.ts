import { z } from 'zod';
import { ACTIVITY_TYPES, ACTOR_TYPES } from '@/db/schema/values';
import { TASK_SOURCES, TASK_STATUSES } from '@/db/schema/values';
import { leadPrioritySchema } from '@/lib/leads/schemas';

// What the REST API answers, as JSON: the serializers in ./serialize.ts produce exactly these shapes and the
// OpenAPI document describes them. Request bodies and queries use the domain's own schemas.
const timestamp = z.iso.datetime({ offset: true });
const id = z.uuid();

export const apiLeadSchema = z.object({
  id,
  name: z.string(),
  email: z.string().nullable(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  stageId: id.nullable(),
  ownerId: id.nullable(),
  tags: z.array(z.string()),
  priority: leadPrioritySchema,
  valueCents: z.number().int().nullable(),
  currency: z.string(),
  customFields: z.record(z.string(), z.unknown()),
  score: z.number().int().min(0).max(100),
  scoreReasons: z.array(z.object({ factor: z.string(), label: z.string(), points: z.number() })),
  lastActivityAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ApiLead = z.infer<typeof apiLeadSchema>;

export const apiLeadDetailSchema = apiLeadSchema.extend({
  stageName: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerEmail: z.string().nullable(),
});
export type ApiLeadDetail = z.infer<typeof apiLeadDetailSchema>;

export const apiCreateLeadResultSchema = z.object({
  // false when the email matched a lead already in the workspace, which was updated instead.
  created: z.boolean(),
  lead: apiLeadSchema,
});

export const apiActivitySchema = z.object({
  id,
  leadId: id,
  type: z.enum(ACTIVITY_TYPES),
  actorType: z.enum(ACTOR_TYPES),
  actorUserId: id.nullable(),
  actorName: z.string().nullable(),
  body: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  occurredAt: timestamp,
  createdAt: timestamp,
});
export type ApiActivity = z.infer<typeof apiActivitySchema>;

export const apiTaskSchema = z.object({
  id,
  title: z.string(),
  notes: z.string().nullable(),
  dueAt: timestamp.nullable(),
  assigneeId: id.nullable(),
  leadId: id.nullable(),
  status: z.enum(TASK_STATUSES),
  source: z.enum(TASK_SOURCES),
  createdById: id.nullable(),
  completedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ApiTask = z.infer<typeof apiTaskSchema>;

/** A keyset page: pass `nextCursor` back as `cursor` for the next one; null on the last page. */
const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export const apiLeadPageSchema = pageOf(apiLeadSchema);
export const apiActivityPageSchema = pageOf(apiActivitySchema);
export const apiTaskPageSchema = pageOf(apiTaskSchema);

export const apiOrgSchema = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  plan: z.string(),
  key: z.object({ id, scopes: z.array(z.string()) }).nullable(),
});

/** RFC 9457 problem details, as lib/http/problem.ts writes them. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
