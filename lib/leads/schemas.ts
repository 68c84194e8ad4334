import { z } from 'zod';

// Pure zod, shared by forms, actions, the REST API and the domain functions.
const optionalText = (max: number) => z.string().trim().max(max).transform((v) => v || undefined).optional();

export const leadPrioritySchema = z.enum(['low', 'normal', 'high']);

export const createLeadSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200),
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(254)).optional(),
  company: optionalText(200),
  phone: optionalText(50),
  title: optionalText(200),
  source: optionalText(100),
  stageId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
  priority: leadPrioritySchema.optional(),
  valueCents: z.number().int().min(0).max(1e13).optional(),
  currency: z.string().length(3).toUpperCase().optional(),
  customFields: z.record(z.string().max(64), z.unknown()).optional(),
});
export type CreateLeadInput = z.infer<typeof createLeadSchema>;

const csv = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined));

export const listLeadsQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  stageId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  tags: csv,
  scoreMin: z.coerce.number().int().min(0).max(100).optional(),
  scoreMax: z.coerce.number().int().min(0).max(100).optional(),
  createdFrom: z.coerce.date().optional(),
  createdTo: z.coerce.date().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListLeadsQuery = z.infer<typeof listLeadsQuerySchema>;
