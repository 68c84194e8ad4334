import { tool } from 'ai';
import { z } from 'zod';
import { OPEN_TASK_STATUSES } from '@/db/schema/values';
import { listMyTasks, listTasks } from '@/lib/tasks/queries';
import { createTask } from '@/lib/tasks/tasks';
import { executeOnce } from './record-tool-action';
import { leadUrl, type ToolRuntime } from './runtime';

const MAX_TASKS = 20;

type TaskRow = { id: string; title: string; dueAt: Date | null; status: string; leadId: string | null; leadName: string | null; assigneeName: string | null; assigneeEmail: string | null };

export function listTasksTool({ ctx, can }: ToolRuntime) {
  return tool({
    description: `Open tasks, up to ${MAX_TASKS}: the caller's own (scope "mine", overdue first) or the whole workspace's (scope "all", newest first).`,
    inputSchema: z.object({
      scope: z.enum(['mine', 'all']).optional().describe('Default "mine"'),
      overdueOnly: z.boolean().optional(),
    }),
    execute: async ({ scope = 'mine', overdueOnly = false }) => {
      let rows: TaskRow[];
      if (scope === 'mine' && ctx.user) {
        const buckets = await listMyTasks(ctx.db, { orgId: ctx.org.id, userId: ctx.user.id, now: ctx.now, limit: MAX_TASKS });
        rows = [...buckets.overdue, ...buckets.today, ...buckets.upcoming, ...buckets.undated];
      } else {
        rows = (await listTasks(ctx.db, { orgId: ctx.org.id, status: [...OPEN_TASK_STATUSES], limit: 100 })).items;
      }
      const isOverdue = (task: TaskRow) => task.dueAt !== null && task.dueAt < ctx.now;
      const picked = rows.filter((task) => !overdueOnly || isOverdue(task)).slice(0, MAX_TASKS);
      return {
        scope,
        tasks: picked.map((task) => ({
          id: task.id,
          title: task.title,
          status: task.status,
          dueAt: task.dueAt?.toISOString() ?? null,
          overdue: isOverdue(task),
          assignee: task.assigneeName ?? task.assigneeEmail,
          lead: task.leadId && can('leads.read') ? { id: task.leadId, name: task.leadName, url: leadUrl(ctx.org.slug, task.leadId) } : null,
        })),
        url: `/app/${ctx.org.slug}/tasks`,
      };
    },
  });
}

export const createTaskInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  leadId: z.uuid().optional().describe('Link the task to this lead'),
  dueAt: z.iso.datetime({ offset: true }).optional().describe('ISO 8601 date-time'),
  notes: z.string().trim().max(2000).optional(),
});

/** Creates a task assigned to the caller (after approval). */
export function createTaskTool(runtime: ToolRuntime) {
  const { ctx } = runtime;
  return tool({
    description: 'Create a task assigned to the current user, optionally linked to a lead and due at a time. Needs approval.',
    inputSchema: createTaskInputSchema,
    execute: async (input, { toolCallId }) =>
      executeOnce(runtime, { toolCallId, tool: 'createTask', input }, async () => {
        const task = await createTask(
          ctx,
          { title: input.title, notes: input.notes, leadId: input.leadId, dueAt: input.dueAt ? new Date(input.dueAt) : undefined, assigneeId: ctx.user?.id },
          'ai',
        );
        return {
          taskId: task.id,
          title: task.title,
          dueAt: task.dueAt?.toISOString() ?? null,
          leadId: task.leadId,
          url: task.leadId ? leadUrl(ctx.org.slug, task.leadId) : `/app/${ctx.org.slug}/tasks`,
        };
      }),
  });
}
