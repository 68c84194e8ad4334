import { OPEN_TASK_STATUSES } from '@/db/schema/values';
import { RULES } from '../rule-catalog';
import { wholeDaysBetween } from '../period';
import type { TaskBacklogSnapshot } from '../snapshot/types';
import { MAX_EVIDENCE_ITEMS, plural, type Finding, type RuleOptions } from './types';

const OPEN = new Set<string>(OPEN_TASK_STATUSES);

/** More overdue open tasks (pending or in progress, due before now) than `threshold`. */
export function evaluateTaskBacklog(snapshot: TaskBacklogSnapshot, { threshold, now }: RuleOptions): Finding | null {
  const overdue = snapshot.tasks.filter((task) => OPEN.has(task.status) && task.dueAt !== null && task.dueAt < now);
  const total = Math.max(snapshot.total, overdue.length);
  if (total <= threshold || overdue.length === 0) return null;
  return {
    type: 'task_backlog',
    confidence: RULES.task_backlog.confidence,
    summary: `${plural(total, 'open task')} ${total === 1 ? 'is' : 'are'} overdue, more than the ${threshold} this workspace allows.`,
    evidence: {
      items: overdue.slice(0, MAX_EVIDENCE_ITEMS).map((task) => {
        const days = wholeDaysBetween(task.dueAt!, now);
        return { kind: 'task', id: task.id, label: task.title, detail: days === 0 ? 'Overdue since today' : `${plural(days, 'day')} overdue` };
      }),
      numbers: { overdueTasks: total, threshold },
    },
  };
}
