import { toApiTask } from '@/lib/api/serialize';
import { readJsonBody } from '@/lib/http/json-body';
import { parsePathId } from '@/lib/http/path-id';
import { withOrg } from '@/lib/server/with-org';
import { updateTaskSchema } from '@/lib/tasks/schemas';
import { getTask, updateTask } from '@/lib/tasks/tasks';

type Params = { taskId: string };

// GET /api/v1/tasks/{taskId} — one task
export const GET = withOrg<Params>(
  async ({ ctx, params }) => {
    const taskId = parsePathId(params.taskId, 'Task');
    return Response.json(toApiTask(await getTask(ctx.db, { orgId: ctx.org.id, taskId })));
  },
  { permission: 'tasks.read' },
);

// PATCH /api/v1/tasks/{taskId} — update the fields sent; status "completed" stamps completedAt
export const PATCH = withOrg<Params>(
  async ({ request, ctx, params }) => {
    const taskId = parsePathId(params.taskId, 'Task');
    const patch = updateTaskSchema.parse(await readJsonBody(request));
    return Response.json(toApiTask(await updateTask(ctx, { taskId, patch })));
  },
  { permission: 'tasks.write' },
);
