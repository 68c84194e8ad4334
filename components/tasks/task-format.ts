import type { TaskSource, TaskStatus } from '@/db/schema/values';

/** The cookie holding the browser's Date#getTimezoneOffset() (minutes, positive west of UTC). */
export const TZ_OFFSET_COOKIE = 'beacon-tz-offset';

/** A cookie value as an offset, or null when missing or not a real one (UTC−12…UTC+14). */
export function parseTimezoneOffset(value: string | undefined): number | null {
  if (!value || !/^-?\d{1,3}$/.test(value)) return null;
  const minutes = Number(value);
  return minutes >= -840 && minutes <= 720 ? minutes : null;
}

const DUE = new Intl.DateTimeFormat('en', { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const DUE_WITH_YEAR = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: 'UTC' });

/**
 * A due date as wall-clock time at the viewer's offset. Server and browser format the same shifted instant
 * in UTC, so the text is identical on both (no hydration mismatch); without a known offset it says UTC.
 */
export function formatDue(date: Date, offsetMinutes: number | null, now: Date): string {
  const shifted = new Date(date.getTime() - (offsetMinutes ?? 0) * 60_000);
  const format = shifted.getUTCFullYear() === now.getUTCFullYear() ? DUE : DUE_WITH_YEAR;
  return `${format.format(shifted)}${offsetMinutes === null ? ' UTC' : ''}`;
}

export const STATUS_LABELS: Record<TaskStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const STATUS_VARIANT = { pending: 'outline', in_progress: 'secondary', completed: 'default', failed: 'destructive', cancelled: 'outline' } as const;

export const SOURCE_LABELS = { user: 'Manual', insight: 'Insight', ai: 'AI', automation: 'Automation' } as const satisfies Record<TaskSource, string>;

export const isOpenStatus = (status: TaskStatus) => status === 'pending' || status === 'in_progress';

/** A task row as the list shows it (what listTasks and listMyTasks return, minus what the list never reads). */
export type TaskRowData = {
  id: string;
  title: string;
  notes: string | null;
  dueAt: Date | null;
  status: TaskStatus;
  source: keyof typeof SOURCE_LABELS;
  leadId: string | null;
  leadName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  assigneeEmail: string | null;
};

export function toTaskRow(task: TaskRowData): TaskRowData {
  const { id, title, notes, dueAt, status, source, leadId, leadName, assigneeId, assigneeName, assigneeEmail } = task;
  return { id, title, notes, dueAt, status, source, leadId, leadName, assigneeId, assigneeName, assigneeEmail };
}
