import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { Executor } from '@/db';
import { tasks } from '@/db/schema';
import { OPEN_TASK_STATUSES } from '@/db/schema/values';
import { MAX_EVIDENCE_ITEMS } from '../rules/types';
import type { TaskBacklogSnapshot } from './types';
import { totalMatches, type SnapshotParams } from './params';

/** Overdue open tasks, longest overdue first: one range of tasks_org_status_due_idx per open status. */
export function buildTaskBacklogQuery(db: Executor, { orgId, now }: SnapshotParams) {
  return db
    .select({ id: tasks.id, title: tasks.title, status: tasks.status, dueAt: tasks.dueAt, total: totalMatches })
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), inArray(tasks.status, [...OPEN_TASK_STATUSES]), lt(tasks.dueAt, now)))
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(MAX_EVIDENCE_ITEMS);
}

export async function loadTaskBacklog(db: Executor, params: SnapshotParams): Promise<TaskBacklogSnapshot> {
  const rows = await buildTaskBacklogQuery(db, params);
  return { total: rows[0]?.total ?? 0, tasks: rows.map(({ total: _total, ...task }) => task) };
}
