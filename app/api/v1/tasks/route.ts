import { idempotentPost } from '@/lib/api/idempotent-post';
import { toApiTask } from '@/lib/api/serialize';
import { withOrg } from '@/lib/server/with-org';
import { listTasks } from '@/lib/tasks/queries';
import { createTaskSchema, listTasksQuerySchema } from '@/lib/tasks/schemas';
import { createTask } from '@/lib/tasks/tasks';

// GET /api/v1/tasks — list tasks, newest first, filtered by status, assignee, lead or source, keyset-paginated
export const GET = withOrg(
  async ({ ctx, searchParams }) => {
    const query = listTasksQuerySchema.parse(Object.fromEntries(searchParams));
    const page = await listTasks(ctx.db, { orgId: ctx.org.id, ...query });
    return Response.json({ items: page.items.map(toApiTask), nextCursor: page.nextCursor });
  },
  { permission: 'tasks.read' },
);

// POST /api/v1/tasks — create a task, optionally linked to a lead (it then lands on the lead's timeline) (201)
export const POST = withOrg(
  async (args) =>
    idempotentPost(args, async (body) => {
      const task = await createTask(args.ctx, createTaskSchema.parse(body));
      return Response.json(toApiTask(task), { status: 201 });
    }),
  { permission: 'tasks.write' },
);
