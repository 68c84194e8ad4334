import { describe, expect, it } from 'vitest';
import type { TaskBacklogSnapshot } from '../snapshot/types';
import { evaluateTaskBacklog } from './task-backlog';

const now = new Date('2026-03-10T12:00:00Z');
const task = (id: string, overrides: Partial<TaskBacklogSnapshot['tasks'][number]> = {}) => ({
  id, title: `Task ${id}`, status: 'pending', dueAt: new Date(now.getTime() - 3 * 86_400_000), ...overrides,
});
const tasks = (count: number) => Array.from({ length: count }, (_, i) => task(`t${i}`));

describe('evaluateTaskBacklog', () => {
  it('fires only when overdue tasks are strictly more than the threshold', () => {
    expect(evaluateTaskBacklog({ total: 5, tasks: tasks(5) }, { threshold: 5, now })).toBeNull();
    const finding = evaluateTaskBacklog({ total: 6, tasks: tasks(6) }, { threshold: 5, now });
    expect(finding).toMatchObject({ type: 'task_backlog', confidence: 0.85, summary: '6 open tasks are overdue, more than the 5 this workspace allows.' });
    expect(finding!.evidence.numbers).toEqual({ overdueTasks: 6, threshold: 5 });
    expect(finding!.evidence.items[0]).toEqual({ kind: 'task', id: 't0', label: 'Task t0', detail: '3 days overdue' });
  });

  it('leaves out tasks that are done, undated or not yet due', () => {
    const snapshot = {
      total: 2,
      tasks: [task('done', { status: 'completed' }), task('undated', { dueAt: null }), task('future', { dueAt: new Date(now.getTime() + 60_000) }), task('late', { dueAt: new Date(now.getTime() - 60_000) }), task('busy', { status: 'in_progress' })],
    };
    const finding = evaluateTaskBacklog(snapshot, { threshold: 1, now });
    expect(finding!.evidence.items.map((item) => item.id)).toEqual(['late', 'busy']);
    expect(finding!.evidence.items[0]!.detail).toBe('Overdue since today');
  });

  it('reports the full count with 50 items of evidence', () => {
    const finding = evaluateTaskBacklog({ total: 400, tasks: tasks(50) }, { threshold: 5, now });
    expect(finding!.evidence.items).toHaveLength(50);
    expect(finding!.evidence.numbers.overdueTasks).toBe(400);
  });
});
