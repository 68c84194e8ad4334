import type { TaskStatus } from '@/db/schema/values';
import type { InsightTabStatus } from '@/lib/insights/schemas';

export const STATUS_TABS: { status: InsightTabStatus; label: string }[] = [
  { status: 'open', label: 'Open' },
  { status: 'acted', label: 'Acted' },
  { status: 'dismissed', label: 'Dismissed' },
];

/** The TanStack Query keys of the insights page: every list of one workspace under one prefix. */
export const insightsKey = (orgId: string) => ['org', orgId, 'insights'] as const;
export const insightListKey = (orgId: string, status: InsightTabStatus) => [...insightsKey(orgId), 'list', status] as const;
export const insightScanKey = (orgId: string) => [...insightsKey(orgId), 'scan'] as const;

export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** An evidence number's key as a label: `overdueTasks` and `overdue_tasks` both read "Overdue tasks". */
export function numberLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
export const formatNumber = (value: number) => NUMBER.format(value);

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
