import {
  ArrowRightLeft, CalendarDays, CircleCheck, FileInput, GitMerge, ListPlus, MailOpen, NotebookPen, Phone, Send, type LucideIcon,
} from 'lucide-react';
import type { ActivityType } from '@/db/schema/values';
import { formatDateTime } from '@/components/settings/format';
import { Markdown } from './markdown';
import { RelativeTime } from './relative-time';

/** One timeline row as the page and the activities route hand it over (dates are strings after JSON). */
export type TimelineActivity = {
  id: string;
  type: ActivityType;
  actorType: 'user' | 'api_key' | 'system';
  actorName: string | null;
  actorEmail: string | null;
  body: string | null;
  data: Record<string, unknown>;
  occurredAt: Date | string;
};

const TYPES: Record<ActivityType, { label: string; icon: LucideIcon }> = {
  note: { label: 'Note', icon: NotebookPen },
  call: { label: 'Call', icon: Phone },
  email_sent: { label: 'Email sent', icon: Send },
  email_opened: { label: 'Email opened', icon: MailOpen },
  form_submitted: { label: 'Form submitted', icon: FileInput },
  meeting: { label: 'Meeting', icon: CalendarDays },
  stage_changed: { label: 'Stage changed', icon: ArrowRightLeft },
  task_created: { label: 'Task created', icon: ListPlus },
  task_completed: { label: 'Task completed', icon: CircleCheck },
  lead_merged: { label: 'Leads merged', icon: GitMerge },
};

export function actorOfActivity(activity: Pick<TimelineActivity, 'actorType' | 'actorName' | 'actorEmail'>) {
  if (activity.actorType === 'api_key') return 'API';
  if (activity.actorType === 'system') return 'Beacon';
  return activity.actorName?.trim() || activity.actorEmail || 'A former member';
}

function MeetingFacts({ data }: { data: Record<string, unknown> }) {
  const startsAt = typeof data.startsAt === 'string' ? data.startsAt : null;
  const endsAt = typeof data.endsAt === 'string' ? data.endsAt : null;
  const location = typeof data.location === 'string' ? data.location : null;
  if (!startsAt && !location) return null;
  return (
    <p className="text-xs text-muted-foreground">
      {startsAt ? `${formatDateTime(startsAt)}${endsAt ? ` – ${formatDateTime(endsAt)}` : ''}` : null}
      {startsAt && location ? ' · ' : null}
      {location}
    </p>
  );
}

export function TimelineEntry({ activity, renderedAt }: { activity: TimelineActivity; renderedAt: string }) {
  const { label, icon: Icon } = TYPES[activity.type];
  // Notes and the free text of calls and meetings are written in markdown; system lines are plain text.
  const isMarkdown = activity.type === 'note' || activity.type === 'call' || activity.type === 'meeting';
  return (
    <li className="relative grid grid-cols-[2rem_minmax(0,1fr)] gap-3 pb-5 last:pb-0">
      <span className="relative z-10 grid size-8 place-items-center rounded-full border bg-background text-muted-foreground">
        <Icon aria-hidden className="size-4" />
      </span>
      <div className="grid gap-1 pt-1">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-medium">{label}</span>
          <span className="text-muted-foreground">by {actorOfActivity(activity)}</span>
          <RelativeTime value={activity.occurredAt} renderedAt={renderedAt} />
        </p>
        {activity.type === 'meeting' ? <MeetingFacts data={activity.data} /> : null}
        {activity.body ? (
          isMarkdown ? (
            <Markdown className="rounded-md bg-muted/40 px-3 py-2">{activity.body}</Markdown>
          ) : (
            <p className="text-sm whitespace-pre-wrap text-muted-foreground">{activity.body}</p>
          )
        ) : null}
      </div>
    </li>
  );
}
