import { z } from 'zod';
import { LEAD_SORTS } from './sorts';

// Pure zod, shared by forms, actions, the REST API, the OpenAPI document and the domain functions.
const optionalText = (max: number) => z.string().trim().max(max).transform((v) => v || undefined).optional();
// On update an empty string clears the field.
const clearableText = (max: number) => z.string().trim().max(max).transform((v) => v || null).nullable().optional();
const email = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(254));
const tag = z.string().trim().min(1).max(50);

export const leadPrioritySchema = z.enum(['low', 'normal', 'high']);

export const createLeadSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200),
  email: email.optional(),
  company: optionalText(200),
  phone: optionalText(50),
  title: optionalText(200),
  source: optionalText(100),
  stageId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  tags: z.array(tag).max(50).optional(),
  priority: leadPrioritySchema.optional(),
  valueCents: z.number().int().min(0).max(1e13).optional(),
  currency: z.string().length(3).toUpperCase().optional(),
  customFields: z.record(z.string().max(64), z.unknown()).optional(),
});
export type CreateLeadInput = z.infer<typeof createLeadSchema>;

export const updateLeadSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200).optional(),
  email: z.union([email, z.literal('').transform(() => null), z.null()]).optional(),
  company: clearableText(200),
  phone: clearableText(50),
  title: clearableText(200),
  source: clearableText(100),
  stageId: z.uuid().nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
  tags: z.array(tag).max(50).optional(),
  priority: leadPrioritySchema.optional(),
  valueCents: z.number().int().min(0).max(1e13).nullable().optional(),
  currency: z.string().length(3).toUpperCase().optional(),
  customFields: z.record(z.string().max(64), z.unknown()).optional(),
});
export type UpdateLeadInput = z.infer<typeof updateLeadSchema>;

const csv = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined));
const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true').optional();

/** The lead list's filters: one schema for the page's URL, saved views, exports, bulk actions and the API. */
export const leadFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  stageId: z.uuid().optional(),
  source: z.string().trim().max(100).optional(),
  ownerId: z.uuid().optional(),
  tags: csv,
  scoreMin: z.coerce.number().int().min(0).max(100).optional(),
  scoreMax: z.coerce.number().int().min(0).max(100).optional(),
  createdFrom: z.coerce.date().optional(),
  createdTo: z.coerce.date().optional(),
  hasOpenTasks: booleanParam,
});
export type LeadFilter = z.infer<typeof leadFilterSchema>;

export const listLeadsQuerySchema = leadFilterSchema.extend({
  sort: z.enum(LEAD_SORTS).default('created_desc'),
  // A name-sorted cursor carries the name (up to 200 UTF-16 units, ~6 JSON bytes each at worst) in base64.
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListLeadsQuery = z.infer<typeof listLeadsQuerySchema>;
