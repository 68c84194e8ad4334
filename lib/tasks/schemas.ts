import { z } from 'zod';
import { TASK_SOURCES, TASK_STATUSES } from '@/db/schema/values';

const notes = z.string().trim().max(20_000);

export const taskStatusSchema = z.enum(TASK_STATUSES);

export const createTaskSchema = z.object({
  title: z.string().trim().min(1, 'Give the task a title.').max(300),
  notes: notes.transform((v) => v || undefined).optional(),
  dueAt: z.coerce.date({ error: 'Enter a valid due date.' }).optional(),
  assigneeId: z.uuid().optional(),
  leadId: z.uuid().optional(),
  status: taskStatusSchema.default('pending'),
});
export type CreateTaskInput = z.input<typeof createTaskSchema>;

export const updateTaskSchema = z.object({
  title: z.string().trim().min(1, 'Give the task a title.').max(300).optional(),
  notes: notes.transform((v) => v || null).nullable().optional(),
  dueAt: z.coerce.date({ error: 'Enter a valid due date.' }).nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  leadId: z.uuid().nullable().optional(),
  status: taskStatusSchema.optional(),
});
export type UpdateTaskInput = z.infer<typeof updateTaskSchema>;

const csv = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined))
  .pipe(z.array(taskStatusSchema).optional());

export const listTasksQuerySchema = z.object({
  status: csv,
  assigneeId: z.uuid().optional(),
  leadId: z.uuid().optional(),
  source: z.enum(TASK_SOURCES).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListTasksQuery = z.infer<typeof listTasksQuerySchema>;
