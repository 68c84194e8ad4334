import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { tasks } from '@/db/schema';
import { OPEN_TASK_STATUSES } from '@/db/schema/values';
import { countLeadsByStage, listStaleLeads, STALE_AFTER_DAYS } from './pipeline-counts';

/** A compact, live picture of the workspace for the system prompt (and the offline writer's context). */
export type WorkspaceSummary = {
  /** Today in UTC, `YYYY-MM-DD`, and its weekday. */
  today: string;
  weekday: string;
  stages: { name: string; status: 'open' | 'won' | 'lost'; leads: number }[];
  totalLeads: number;
  openLeads: number;
  staleLeads: number;
  staleAfterDays: number;
  openTasks: number;
  overdueTasks: number;
  myOpenTasks: number;
  myOverdueTasks: number;
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export async function getWorkspaceSummary(db: Executor, { orgId, userId, now }: { orgId: string; userId: string | null; now: Date }): Promise<WorkspaceSummary> {
  const open = and(eq(tasks.orgId, orgId), inArray(tasks.status, [...OPEN_TASK_STATUSES]));
  const overdue = lt(tasks.dueAt, now);
  const mine = userId ? sql`${tasks.assigneeId} = ${userId}` : sql`false`;
  const [stages, stale, [taskCounts]] = await Promise.all([
    countLeadsByStage(db, { orgId }),
    listStaleLeads(db, { orgId, now, limit: 1 }),
    db
      .select({
        open: sql<number>`count(*)::int`,
        overdue: sql<number>`(count(*) filter (where ${overdue}))::int`,
        mine: sql<number>`(count(*) filter (where ${mine}))::int`,
        mineOverdue: sql<number>`(count(*) filter (where ${mine} and ${overdue}))::int`,
      })
      .from(tasks)
      .where(open),
  ]);
  const openStages = stages.filter((stage) => !stage.isWon && !stage.isLost);
  return {
    today: now.toISOString().slice(0, 10),
    weekday: WEEKDAYS[now.getUTCDay()]!,
    stages: stages.map((stage) => ({ name: stage.name, status: stage.isWon ? 'won' : stage.isLost ? 'lost' : 'open', leads: stage.count })),
    totalLeads: stages.reduce((total, stage) => total + stage.count, 0),
    openLeads: openStages.reduce((total, stage) => total + stage.count, 0),
    staleLeads: stale.total,
    staleAfterDays: STALE_AFTER_DAYS,
    openTasks: taskCounts?.open ?? 0,
    overdueTasks: taskCounts?.overdue ?? 0,
    myOpenTasks: taskCounts?.mine ?? 0,
    myOverdueTasks: taskCounts?.mineOverdue ?? 0,
  };
}
