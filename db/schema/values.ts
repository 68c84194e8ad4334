// The value lists behind the CRM's Postgres enums, in a module with no Drizzle import: zod schemas that
// browser code shares import these, so the table definitions stay out of client bundles.

export const ACTIVITY_TYPES = [
  'note', 'call', 'email_sent', 'email_opened', 'form_submitted', 'meeting', 'stage_changed', 'task_created', 'task_completed', 'lead_merged',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTOR_TYPES = ['user', 'api_key', 'system'] as const;

export const TASK_STATUSES = ['pending', 'in_progress', 'completed', 'failed', 'cancelled'] as const;
export const OPEN_TASK_STATUSES = ['pending', 'in_progress'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

// Who created a task: a person; insight scans and the AI assistant in later features.
export const TASK_SOURCES = ['user', 'insight', 'ai'] as const;

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
